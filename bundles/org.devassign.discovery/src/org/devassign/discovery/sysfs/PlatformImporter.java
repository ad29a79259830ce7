package org.devassign.discovery.sysfs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.core.rules.Mmap;
import org.devassign.core.sysfs.SysfsReader;
import org.devassign.discovery.devicetree.DeviceTreeMapper;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.Trigger;

/**
 * Platform devices from {@code sys/bus/platform/devices}. A device with an {@code of_node} is
 * described by its device-tree node (regions, interrupts, dependencies); any other (ACPI or
 * board-file devices) gets its MMIO ranges from {@code /proc/iomem} and its interrupts from
 * {@code /proc/interrupts}, where the kernel lists them under the device's (or its children's) names.
 */
final class PlatformImporter {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private final SysfsReader files;
    private final long pageSize;
    private final DeviceTreeMapper deviceTree;
    private final Path deviceTreeBase;
    private List<ProcFiles.IomemRange> iomem;
    private List<ProcFiles.IrqLine> interrupts;

    /** @param deviceTree the mapper over {@code /sys/firmware/devicetree/base}, or null when the board has none */
    PlatformImporter(SysfsReader files, long pageSize, DeviceTreeMapper deviceTree, Path deviceTreeBase) {
        this.files = files;
        this.pageSize = pageSize;
        this.deviceTree = deviceTree;
        this.deviceTreeBase = deviceTreeBase;
    }

    record Imported(PlatformDevice device, Path directory, String groupLink) {
    }

    List<Imported> importAll(Set<String> takenNames) {
        List<Imported> imported = new ArrayList<>();
        for (Path entry : files.list(files.path("sys/bus/platform/devices"))) {
            String name = entry.getFileName().toString();
            Path dir = files.resolve(entry);
            if (dir == null) {
                continue;
            }
            String modelName = name;
            for (int n = 1; !takenNames.add(modelName); n++) {
                modelName = name + "-" + n;
            }
            PlatformDevice device = fromDeviceTree(dir, name, modelName);
            if (device == null) {
                device = fromResources(dir, name, modelName);
            }
            device.setDriver(files.linkName(dir.resolve("driver")));
            String override = files.text(dir.resolve("driver_override"), false);
            device.setDriverOverride(override == null || override.isEmpty() || override.equals("(null)") ? null : override);
            imported.add(new Imported(device, dir, files.linkName(dir.resolve("iommu_group"))));
        }
        Map<Path, PlatformDevice> byDirectory = new HashMap<>();
        imported.forEach(i -> byDirectory.put(i.directory(), i.device()));
        for (Imported i : imported) {
            PlatformDevice parent = byDirectory.get(i.directory().getParent());
            if (parent != null) {
                i.device().setParent(parent);
            }
        }
        return imported;
    }

    private PlatformDevice fromDeviceTree(Path dir, String sysfsName, String modelName) {
        Path ofNode = dir.resolve("of_node");
        if (!SysfsReader.exists(ofNode)) {
            return null;
        }
        Path target = files.resolve(ofNode);
        if (deviceTree == null || target == null || !target.startsWith(deviceTreeBase)) {
            files.warn(ofNode, "points to a device-tree node, but " + deviceTreeBase
                    + " is missing: regions and interrupts of this device are unknown");
            return null;
        }
        String dtPath = "/" + deviceTreeBase.relativize(target).toString().replace('\\', '/');
        DtNode node = deviceTree.tree().node(dtPath.equals("/") ? "/" : dtPath);
        if (node == null) {
            files.warn(ofNode, "points to " + dtPath + ", which the device tree does not have");
            return null;
        }
        return deviceTree.map(node, modelName, sysfsName);
    }

    private PlatformDevice fromResources(Path dir, String sysfsName, String modelName) {
        PlatformDevice device = F.createPlatformDevice();
        device.setName(modelName);
        device.setSysfsName(sysfsName);
        Path firmware = dir.resolve("firmware_node");
        if (SysfsReader.exists(firmware)) {
            Path node = files.resolve(firmware);
            String hid = node == null ? null : files.text(node.resolve("hid"), false);
            if (hid != null && !hid.isEmpty()) {
                device.setAcpiId(hid);
            }
        }
        int index = 0;
        Set<String> seen = new HashSet<>();
        for (ProcFiles.IomemRange range : iomem()) {
            if (range.name().equals(sysfsName) && range.end() == 0) {
                files.warn(files.path("proc/iomem"), "shows zero addresses (read without root?): the MMIO regions of "
                        + sysfsName + " are missing from the model");
                break;
            }
            if (range.name().equals(sysfsName) && seen.add(range.start() + "-" + range.end())) {
                Region region = F.createRegion();
                region.setIndex(index);
                region.setName("reg[" + index + "]");
                region.setKind(RegionKind.MMIO);
                region.setBase(range.start());
                region.setSize(range.end() - range.start() + 1);
                region.setOffset((long) index << 40);
                region.setReadable(true);
                region.setWritable(true);
                region.setMmappable(Mmap.refusal(new Mmap.Facts(false, false, false, range.start(), region.getSize(), pageSize)).isEmpty());
                device.getRegions().add(region);
                index++;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(sysfsName);
        for (Path child : files.list(dir)) {
            if (java.nio.file.Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                names.add(child.getFileName().toString());
            }
        }
        int irqIndex = 0;
        for (ProcFiles.IrqLine line : interrupts()) {
            if (line.actions().stream().anyMatch(names::contains)) {
                Interrupt interrupt = F.createInterrupt();
                interrupt.setIndex(irqIndex++);
                interrupt.setKind(InterruptKind.PLATFORM);
                interrupt.setCount(1);
                interrupt.setEventfd(true);
                interrupt.setMaskable(true);
                interrupt.setTrigger(line.trigger());
                interrupt.setAutomasked(line.trigger() == Trigger.LEVEL);
                interrupt.setLine((int) line.hwirq());
                interrupt.setController(line.chip());
                device.getInterrupts().add(interrupt);
            }
        }
        return device;
    }

    private List<ProcFiles.IomemRange> iomem() {
        if (iomem == null) {
            String text = files.text(files.path("proc/iomem"), true, SysfsReader.MAX_TEXT_FILE_BYTES);
            iomem = text == null ? List.of() : ProcFiles.iomem(text);
        }
        return iomem;
    }

    private List<ProcFiles.IrqLine> interrupts() {
        if (interrupts == null) {
            String text = files.text(files.path("proc/interrupts"), true, SysfsReader.MAX_TEXT_FILE_BYTES);
            interrupts = text == null ? List.of() : ProcFiles.interrupts(text);
        }
        return interrupts;
    }
}
