package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.dsl.generator.GeneratedFile;
import org.devassign.dsl.generator.GenerationRefused;
import org.devassign.dsl.generator.Target;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.model.AssignmentConfig;

/** {@code devassign generate --target T CONFIG}: what other tools consume, from a config without errors. */
public final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "QEMU arguments, libvirt XML, DT overlays, C headers or persistent bindings from a config";
    }

    @Override
    public String usage() {
        return """
                usage: devassign generate --target qemu|libvirt|dts|c|persist [--fd-passing] [-o DIR] CONFIG.assign
                  --target      qemu: arguments per VM guest; libvirt: a domain with <hostdev>s per VM guest;
                                dts: a device-tree overlay for platform devices; c: a header per user-space
                                driver; persist: driverctl commands, udev rules and modprobe.d options
                  --fd-passing  qemu, open cdev: pass /dev/iommu and the vfio cdevs as fd=N (the caller opens them)
                  -o DIR        write the files into DIR instead of printing them
                The config must have no errors (devassign validate). Output the VM's QEMU or libvirt version
                cannot take ('open cdev' before QEMU 9.0 or libvirt 11.10) is refused with the version needed.""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--target", "-t", "-o", "--output");
    }

    @Override
    public Set<String> switches() {
        return Set.of("--fd-passing");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().size() != 1 || !Configs.isConfig(args.positional().get(0))) {
            throw CommandFailure.usage("name one .assign config");
        }
        String targetName = args.option("--target", "-t");
        Target target = targetName == null ? null : Target.of(targetName);
        if (target == null) {
            throw CommandFailure.usage("--target is one of " + String.join(", ", Arrays.stream(Target.values()).map(Target::cliName).toList()));
        }
        Path file = Path.of(args.positional().get(0));
        ConfigWorkspace workspace = Configs.workspace(List.of(file));
        Configs.requireValid(workspace, file);
        AssignmentConfig config = Configs.config(workspace, file);
        List<GeneratedFile> files;
        try {
            files = target.generate(config, new Target.Generator.Options(args.flag("--fd-passing")));
        } catch (GenerationRefused refused) {
            // a config without errors that this target's tool versions cannot express: nothing is written
            StringBuilder message = new StringBuilder(file + ": no " + target.cliName() + " output: "
                    + (refused.reasons().size() == 1 ? "1 problem" : refused.reasons().size() + " problems") + ".");
            refused.reasons().forEach(reason -> message.append('\n').append(Configs.inFolderOf(file, reason)));
            throw new CommandFailure(CommandFailure.PROBLEMS, message.toString());
        }
        if (files.isEmpty()) {
            terminal.err().println("devassign generate: config " + config.getName() + " has nothing for target " + target.cliName() + ".");
            return 0;
        }
        String output = args.option("-o", "--output");
        if (output == null) {
            for (GeneratedFile generated : files) {
                if (files.size() > 1) {
                    terminal.out().println("==> " + generated.name() + " <==");
                }
                terminal.out().print(generated.content());
            }
            return 0;
        }
        try {
            Path dir = Files.createDirectories(Path.of(output));
            for (GeneratedFile generated : files) {
                Path written = Files.writeString(dir.resolve(generated.name()), generated.content());
                terminal.err().println("wrote " + written);
            }
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "cannot write into " + output + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
