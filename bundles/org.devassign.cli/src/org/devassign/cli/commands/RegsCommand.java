package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RegisterValue;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentLink;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.Region;
import org.devassign.model.Register;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.naming.Labels;

/**
 * {@code devassign regs read|write DEVICE [REGION] REGISTER|OFFSET [VALUE]}: register access on a
 * device the agent holds. With {@code --config} or {@code --board}, devices, regions and registers
 * go by their model names (edu0 BAR0 ID); without, by sysfs name, region index and offset.
 */
public final class RegsCommand implements Command {

    @Override
    public String name() {
        return "regs";
    }

    @Override
    public String summary() {
        return "read or write a register of a deployed device through the agent";
    }

    @Override
    public String usage() {
        return """
                usage: devassign regs read  DEVICE [REGION] REGISTER|OFFSET  --target HOST:PORT [--width 1|2|4|8]
                       devassign regs write DEVICE [REGION] REGISTER|OFFSET VALUE --target HOST:PORT [--width ...]
                  DEVICE    sysfs name (0000:00:05.0), or the model's name with --config/--board
                  REGION    region name or index (default: index 0, BAR0)
                  --config FILE.assign | --board FILE.board   to use the model's names (edu0 BAR0 ID)
                """ + Remote.OPTIONS_HELP + "\n  the default role is debugger";
    }

    @Override
    public Set<String> valuedOptions() {
        return Remote.valued("--width", "--config", "--board");
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json");
    }

    private record Resolved(DeviceId device, String label, int region, String regionName, long offset, String register, int width) {
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        List<String> words = args.positional();
        if (words.isEmpty() || !words.get(0).equals("read") && !words.get(0).equals("write")) {
            throw CommandFailure.usage("say read or write");
        }
        boolean write = words.get(0).equals("write");
        List<String> rest = words.subList(1, words.size());
        int needed = write ? 3 : 2;
        if (rest.size() != needed && rest.size() != needed + 1) {
            throw CommandFailure.usage("expected DEVICE [REGION] REGISTER|OFFSET" + (write ? " VALUE" : ""));
        }
        String valueText = write ? rest.get(rest.size() - 1) : null;
        List<String> address = write ? rest.subList(0, rest.size() - 1) : rest;
        Resolved r = resolve(args, address.get(0), address.size() == 3 ? address.get(1) : null, address.get(address.size() - 1));
        int width = args.option("--width") != null ? (int) Remote.number(args.option("--width"), "--width") : r.width();
        long value = write ? Remote.number(valueText, "VALUE") : 0;
        try (AgentLink link = Remote.connect(args, terminal, "debugger", p -> {
        }, c -> {
        })) {
            RegisterAccess access = new RegisterAccess(r.device(), r.region(), r.offset(), width, value);
            RegisterValue result = link.call(write ? link.agent().write(access) : link.agent().read(access));
            if (args.flag("--json")) {
                terminal.out().println(Remote.JSON.toJson(result));
            } else {
                terminal.out().printf("%s %s+0x%x%s %s 0x%0" + (2 * width) + "x%n", r.label(), r.regionName(), r.offset(),
                        r.register() == null ? "" : " (" + r.register() + ")", write ? "<-" : "=", result.value());
            }
            return 0;
        } catch (IOException e) {
            throw Remote.failure(e, null);
        }
    }

    private static Resolved resolve(Args args, String deviceText, String regionText, String registerText) throws CommandFailure {
        Board board = board(args);
        if (board == null) {
            int region = regionText == null ? 0 : (int) Remote.number(regionText, "REGION (without --config, an index)");
            DeviceId device = Remote.device(deviceText);
            return new Resolved(device, device.toString(), region, "region " + region, Remote.number(registerText, "OFFSET (without --config)"),
                    null, 4);
        }
        Device device = board.getDevices().stream()
                .filter(d -> deviceText.equals(d.getName()) || deviceText.equals(d.getSysfsName())).findFirst()
                .orElseThrow(() -> new CommandFailure(CommandFailure.PROBLEMS, "board " + board.getName() + " has no device " + deviceText));
        Region region = null;
        for (Region candidate : device.getRegions()) {
            if (regionText == null ? candidate.getIndex() == 0
                    : regionText.equals(candidate.getName()) || regionText.equals(String.valueOf(candidate.getIndex()))) {
                region = candidate;
            }
        }
        if (region == null) {
            throw new CommandFailure(CommandFailure.PROBLEMS, Labels.of(device) + " has no region " + (regionText == null ? "0" : regionText));
        }
        for (Register register : region.getRegisters()) {
            if (registerText.equals(register.getName())) {
                return new Resolved(id(device), Labels.of(device), region.getIndex(), region.getName(), register.getOffset(),
                        register.getName(), Math.max(1, register.getWidth() / 8));
            }
        }
        long offset;
        try {
            offset = Long.decode(registerText);
        } catch (NumberFormatException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, Labels.of(region) + " has no register " + registerText);
        }
        return new Resolved(id(device), Labels.of(device), region.getIndex(), region.getName(), offset, null, 4);
    }

    private static DeviceId id(Device device) throws CommandFailure {
        return DeviceFacts.id(device).orElseThrow(() -> new CommandFailure(CommandFailure.PROBLEMS, Labels.of(device)
                + " has no valid kernel name in its board (sysfsName): devassign validate the board"));
    }

    private static Board board(Args args) throws CommandFailure {
        if (args.option("--board") != null) {
            return ModelInputs.loadBoard(args.option("--board"));
        }
        String config = args.option("--config");
        if (config == null) {
            return null;
        }
        Path path = Path.of(config);
        var workspace = org.devassign.cli.commands.Configs.workspace(List.of(path));
        AssignmentConfig loaded = org.devassign.cli.commands.Configs.config(workspace, path);
        Board board = Configs.boardOf(loaded);
        if (board == null) {
            throw new CommandFailure(CommandFailure.PROBLEMS, config + ": its board cannot be read (devassign validate " + config + ")");
        }
        return board;
    }
}
