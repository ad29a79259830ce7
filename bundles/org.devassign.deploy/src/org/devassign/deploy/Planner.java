package org.devassign.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.VfRequest;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.BindingUnits;
import org.devassign.core.rules.Vfio;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.IrqBinding;
import org.devassign.model.Probe;
import org.devassign.model.RegionMapping;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.VmGuest;
import org.devassign.model.facts.AssignmentTerms;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.naming.Labels;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.gson.Gson;

/**
 * The deployment a validated config asks for: per device, its VFIO driver (the one the config
 * states, else the rule's, {@link DeviceFacts#vfio}), whether the agent opens it (for its own probe
 * and for user-space drivers it hands descriptors to; a VM's QEMU opens its devices itself), the
 * regions and interrupts, and where in the config it comes from. What needs no request is left out,
 * by the core's rules: idle bridges of an assigned group ({@link DeviceFacts#isIdleBridge}), and the
 * objects of an assigned fsl-mc container, which follow it ({@link BindingUnits}). An assignment's
 * {@code force} goes with each of its devices: the agent then takes them even though the host uses them.
 */
public final class Planner {

    /** Where a device request comes from: the assignment, its line, the model's device. */
    public record Origin(String file, int line, Assignment assignment, Device device) {

        public String location() {
            return file + ":" + line;
        }
    }

    public record Plan(AssignmentConfig config, Deployment deployment, Map<DeviceId, Origin> origins) {

        public Origin origin(DeviceId device) {
            return device == null ? null : origins.get(device);
        }
    }

    private Planner() {
    }

    /**
     * @param file how to name the config file in messages (as the user gave it)
     * @throws IllegalArgumentException when the config's board cannot be read or names a device in no valid way
     */
    public static Plan plan(AssignmentConfig config, String file) {
        Board board = Configs.boardOf(config);
        if (board == null) {
            throw new IllegalArgumentException(file + ": the config's board cannot be read: run devassign validate " + file);
        }
        Map<DeviceId, Device> onBoard = new LinkedHashMap<>();
        board.getDevices().forEach(d -> DeviceFacts.id(d).ifPresent(id -> onBoard.putIfAbsent(id, d)));
        Function<DeviceId, Optional<DeviceId>> parentOf = d -> parent(onBoard.get(d));
        List<DeviceRequest> requests = new ArrayList<>();
        Map<DeviceId, Origin> origins = new LinkedHashMap<>();
        // the user and group of each user-space consumer that gets a device: the agent makes its
        // hand-off socket theirs and hands descriptors only to a process running as them (or root)
        Map<ConsumerName, ConsumerCredentials> credentials = new LinkedHashMap<>();
        for (Assignment assignment : config.getAssignments()) {
            Consumer consumer = assignment.getConsumer();
            if (consumer == null || consumer.eIsProxy()) {
                continue;
            }
            ICompositeNode node = NodeModelUtils.findActualNodeFor(assignment);
            int line = node == null ? 0 : node.getStartLine();
            String source = file + ":" + line;
            Map<DeviceId, Device> devices = devices(assignment, source);
            for (Map.Entry<DeviceId, Device> entry : devices.entrySet()) {
                DeviceId id = entry.getKey();
                Device device = entry.getValue();
                if (DeviceFacts.isIdleBridge(device) || origins.containsKey(id)
                        || BindingUnits.follows(id, devices.keySet(), parentOf)) {
                    continue;
                }
                ConsumerKind kind = kind(consumer, source);
                requests.add(new DeviceRequest(id, Labels.of(device), source, consumerName(consumer, source), kind, driver(assignment, device),
                        kind.agentOpens() ? AssignmentTerms.openPath(assignment.getOpenPath()) : null, regions(assignment, device),
                        irqs(assignment, device), assignment.isForce()));
                origins.put(id, new Origin(file, line, assignment, device));
                if (consumer instanceof UserspaceDriver driver) {
                    ConsumerName name = consumerName(consumer, source);
                    credentials.putIfAbsent(name, new ConsumerCredentials(name, driver.getUid(), driver.getGid()));
                }
            }
        }
        List<ConsumerCredentials> ids = List.copyOf(credentials.values());
        List<VfRequest> vfs = vfRequests(config, file);
        return new Plan(config, new Deployment(config.getName(), digest(requests, vfs, ids), requests, vfs, ids), origins);
    }

    /** The config's VF creations ({@code vfs nic0 count 4}), in its order. */
    private static List<VfRequest> vfRequests(AssignmentConfig config, String file) {
        List<VfRequest> vfs = new ArrayList<>();
        for (VirtualFunctions creation : config.getVirtualFunctions()) {
            Device pf = creation.getPhysicalFunction();
            if (pf == null || pf.eIsProxy()) {
                continue;
            }
            ICompositeNode node = NodeModelUtils.findActualNodeFor(creation);
            String source = file + ":" + (node == null ? 0 : node.getStartLine());
            DeviceId id = DeviceFacts.id(pf).orElseThrow(() -> new IllegalArgumentException(source + ": " + Labels.of(pf)
                    + " has no valid kernel name in its board (sysfsName): run devassign validate on the board"));
            vfs.add(new VfRequest(id, Labels.of(pf), source, creation.getCount()));
        }
        return vfs;
    }

    /** The assignment's devices by identity; a device the model names in no valid way stops the plan. */
    private static Map<DeviceId, Device> devices(Assignment assignment, String source) {
        Map<DeviceId, Device> devices = new LinkedHashMap<>();
        for (Device device : Configs.devicesOf(assignment)) {
            DeviceId id = DeviceFacts.id(device).orElseThrow(() -> new IllegalArgumentException(source + ": " + Labels.of(device)
                    + " has no valid kernel name in its board (sysfsName): run devassign validate on the board"));
            devices.putIfAbsent(id, device);
        }
        return devices;
    }

    private static Optional<DeviceId> parent(Device device) {
        return device == null || device.getParent() == null ? Optional.empty() : DeviceFacts.id(device.getParent());
    }

    /** The driver the config states, else the device's bus's. A stated driver of another bus goes as stated: the agent refuses it. */
    private static Vfio driver(Assignment assignment, Device device) {
        return AssignmentTerms.driver(assignment.getDriver()).orElse(DeviceFacts.vfio(device));
    }

    private static ConsumerKind kind(Consumer consumer, String source) {
        if (consumer instanceof Probe) {
            return ConsumerKind.PROBE;
        }
        if (consumer instanceof UserspaceDriver) {
            return ConsumerKind.USERSPACE;
        }
        if (consumer instanceof VmGuest) {
            return ConsumerKind.VM;
        }
        throw new IllegalArgumentException(source + ": consumer " + consumer.getName() + " is of a kind the agent does not serve");
    }

    private static ConsumerName consumerName(Consumer consumer, String source) {
        try {
            return ConsumerName.parse(consumer.getName());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
    }

    private static List<Integer> regions(Assignment assignment, Device device) {
        Set<Integer> regions = new LinkedHashSet<>();
        for (RegionMapping mapping : assignment.getRegions()) {
            if (mapping.getRegion() != null && mapping.getRegion().getDevice() == device) {
                regions.add(mapping.getRegion().getIndex());
            }
        }
        return List.copyOf(regions);
    }

    private static List<Integer> irqs(Assignment assignment, Device device) {
        Set<Integer> irqs = new LinkedHashSet<>();
        for (IrqBinding binding : assignment.getIrqs()) {
            if (binding.getInterrupt() != null && binding.getInterrupt().getDevice() == device) {
                irqs.add(binding.getInterrupt().getIndex());
            }
        }
        return List.copyOf(irqs);
    }

    /**
     * The same devices, drivers, open settings, VF counts and consumer ids give the same digest,
     * whatever the file's comments or lines. A config without VFs or user-space consumers digests as
     * it did before they existed.
     */
    static String digest(List<DeviceRequest> requests, List<VfRequest> vfs, List<ConsumerCredentials> credentials) {
        List<List<Object>> essence = new ArrayList<>();
        for (DeviceRequest r : requests) {
            essence.add(List.of(r.device().kernelName(), String.valueOf(r.consumer()), r.driver().driverName(),
                    r.open() == null ? "null" : r.open().keyword(), r.regions(), r.irqs()));
        }
        for (VfRequest v : vfs) {
            essence.add(List.of("vfs", v.physicalFunction().kernelName(), v.count()));
        }
        for (ConsumerCredentials c : credentials) {
            essence.add(List.of(c.consumer().name(), c.uid(), c.gid()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(new Gson().toJson(essence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
