package org.devassign.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.IrqBinding;
import org.devassign.model.OpenPath;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Probe;
import org.devassign.model.RegionMapping;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VfioDriver;
import org.devassign.model.VmGuest;
import org.devassign.model.naming.Labels;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.gson.Gson;

/**
 * The deployment a validated config asks for: per device, the vfio driver, whether the agent opens
 * it (for its own probe and for user-space drivers it hands descriptors to; a VM's QEMU opens its
 * devices itself), the regions and interrupts, and where in the config it comes from. Driverless
 * bridges of an assigned group are left alone: VFIO does not need them bound.
 */
public final class Planner {

    /** Where a device request comes from: the assignment, its line, the model's device. */
    public record Origin(String file, int line, Assignment assignment, Device device) {

        public String location() {
            return file + ":" + line;
        }
    }

    public record Plan(AssignmentConfig config, Deployment deployment, Map<String, Origin> origins) {

        public Origin origin(String device) {
            return device == null ? null : origins.get(device);
        }
    }

    private Planner() {
    }

    /**
     * @param file how to name the config file in messages (as the user gave it)
     */
    public static Plan plan(AssignmentConfig config, String file) {
        Board board = Configs.boardOf(config);
        if (board == null) {
            throw new IllegalArgumentException(file + ": the config's board cannot be read: run devassign validate " + file);
        }
        List<DeviceRequest> requests = new ArrayList<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        for (Assignment assignment : config.getAssignments()) {
            Consumer consumer = assignment.getConsumer();
            if (consumer == null || consumer.eIsProxy()) {
                continue;
            }
            ICompositeNode node = NodeModelUtils.findActualNodeFor(assignment);
            int line = node == null ? 0 : node.getStartLine();
            for (Device device : Configs.devicesOf(assignment)) {
                if (isIdleBridge(device) || origins.containsKey(device.getSysfsName())) {
                    continue;
                }
                String kind = consumer instanceof Probe ? "probe" : consumer instanceof UserspaceDriver ? "userspace"
                        : consumer instanceof VmGuest ? "vm" : "other";
                boolean agentOpens = kind.equals("probe") || kind.equals("userspace");
                List<Integer> regions = new ArrayList<>();
                for (RegionMapping mapping : assignment.getRegions()) {
                    if (mapping.getRegion() != null && mapping.getRegion().getDevice() == device) {
                        regions.add(mapping.getRegion().getIndex());
                    }
                }
                List<Integer> irqs = new ArrayList<>();
                for (IrqBinding binding : assignment.getIrqs()) {
                    if (binding.getInterrupt() != null && binding.getInterrupt().getDevice() == device) {
                        irqs.add(binding.getInterrupt().getIndex());
                    }
                }
                String source = file + ":" + line;
                requests.add(new DeviceRequest(device.getSysfsName(), Labels.of(device), source, consumer.getName(), kind,
                        driver(assignment, device), agentOpens ? open(assignment) : null, regions, irqs));
                origins.put(device.getSysfsName(), new Origin(file, line, assignment, device));
            }
        }
        return new Plan(config, new Deployment(config.getName(), digest(requests), requests), origins);
    }

    static boolean isIdleBridge(Device device) {
        return device instanceof PciDevice pci && (pci.isBridge() || (pci.getClassCode() >> 8) == 0x0604) && device.getDriver() == null;
    }

    private static String driver(Assignment assignment, Device device) {
        VfioDriver driver = assignment.getDriver();
        if (driver == VfioDriver.VFIO_PLATFORM || driver == VfioDriver.AUTO && device instanceof PlatformDevice) {
            return "vfio-platform";
        }
        if (driver == VfioDriver.VFIO_FSL_MC) {
            return "vfio-fsl-mc";
        }
        return "vfio-pci";
    }

    private static String open(Assignment assignment) {
        OpenPath path = assignment.getOpenPath();
        return path == null || path == OpenPath.AUTO ? "auto" : path == OpenPath.CDEV ? "cdev" : "group";
    }

    /** The same devices, drivers and open settings give the same digest, whatever the file's comments or lines. */
    static String digest(List<DeviceRequest> requests) {
        List<List<Object>> essence = new ArrayList<>();
        for (DeviceRequest r : requests) {
            essence.add(List.of(r.device(), String.valueOf(r.consumer()), r.driver(), String.valueOf(r.open()), r.regions(), r.irqs()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(new Gson().toJson(essence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
