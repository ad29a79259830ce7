package org.devassign.discovery.devicetree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.core.rules.Mmap;
import org.devassign.discovery.ImportWarning;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.DtDependency;
import org.devassign.model.DtDependencyKind;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.Trigger;

/**
 * Turns device-tree nodes into platform devices: regions from {@code reg} (translated, mmappable
 * when page aligned), interrupts resolved to their controllers, phandle dependencies, and
 * provisional IOMMU groups from {@code iommus}. Used for whole trees ({@link DeviceTreeBoards}) and
 * for the {@code of_node} of platform devices found in sysfs.
 */
public final class DeviceTreeMapper {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private final DeviceTree tree;
    private final Path source;
    private final List<ImportWarning> warnings;
    private final long pageSize;
    private final InterruptResolver interrupts;
    private final Map<DtNode, PlatformDevice> devices = new LinkedHashMap<>();

    public DeviceTreeMapper(DeviceTree tree, Path source, List<ImportWarning> warnings, long pageSize) {
        this.tree = tree;
        this.source = source;
        this.warnings = warnings;
        this.pageSize = pageSize;
        this.interrupts = new InterruptResolver(tree);
    }

    public DeviceTree tree() {
        return tree;
    }

    /**
     * Why {@code node} does not become a platform device, or null when it does: it needs
     * {@code reg} and {@code compatible}, must be enabled (and its ancestors too), must not be a PCI
     * function, and its first {@code reg} address must translate to a CPU address.
     */
    public String whyNotDevice(DtNode node) {
        if (!node.isEnabled()) {
            return "disabled (status \"" + node.string("status") + "\")";
        }
        for (DtNode up = node.parent(); up != null; up = up.parent()) {
            if (!up.isEnabled()) {
                return "its parent " + up.path() + " is disabled";
            }
        }
        if (AddressTranslation.onPciBus(node)) {
            return "a PCI function: the PCI core enumerates it, it is not a platform device";
        }
        DtNode bus = node.parent();
        if (!bus.isRoot() && !bus.has("ranges")) {
            return "not memory-mapped: its bus " + bus.path() + " has no 'ranges' (an I2C, SPI or similar bus)";
        }
        DtProperty reg = node.property("reg");
        int na = AddressTranslation.addressCells(node);
        int ns = AddressTranslation.sizeCells(node);
        if (ns == 0) {
            return "its bus " + node.parent().path() + " has #size-cells 0: reg holds no MMIO range";
        }
        if (reg.cellCount() < na + ns) {
            return "'reg' has " + reg.length() + " bytes, less than one entry of " + (na + ns) + " cells";
        }
        AddressTranslation.Result first = AddressTranslation.translate(node, reg, 0, na);
        if (!first.ok()) {
            return "not memory-mapped: " + first.failure();
        }
        return null;
    }

    /** Whether the node has the two properties that make it a device candidate. */
    public static boolean isCandidate(DtNode node) {
        return node.has("reg") && node.has("compatible") && !node.isRoot();
    }

    /**
     * The name Linux gives the platform device of {@code node} (of_device_make_bus_id):
     * {@code <translated address in hex>.<node name>}, or with a {@code mask} property
     * {@code <address>.<first mask bit>.<node name>}. Null when the address does not translate.
     */
    public String linuxName(DtNode node) {
        DtProperty reg = node.property("reg");
        if (reg == null) {
            return null;
        }
        int na = AddressTranslation.addressCells(node);
        if (reg.cellCount() < na) {
            return null;
        }
        AddressTranslation.Result address = AddressTranslation.translate(node, reg, 0, na);
        if (!address.ok()) {
            return null;
        }
        DtProperty mask = node.property("mask");
        String hex = Long.toHexString(address.address());
        if (mask != null && mask.length() >= 4) {
            return hex + "." + Integer.toHexString(Integer.numberOfTrailingZeros((int) mask.cell(0))) + "." + node.baseName();
        }
        return hex + "." + node.baseName();
    }

    /** Makes the platform device of {@code node}, named {@code name}, known by the kernel as {@code sysfsName}. */
    public PlatformDevice map(DtNode node, String name, String sysfsName) {
        PlatformDevice device = F.createPlatformDevice();
        device.setName(name);
        device.setSysfsName(sysfsName);
        device.setDtPath(node.path());
        device.getCompatible().addAll(node.strings("compatible"));
        addRegions(node, device);
        addInterrupts(node, device);
        addDependencies(node, device);
        devices.put(node, device);
        return device;
    }

    private void addRegions(DtNode node, PlatformDevice device) {
        DtProperty reg = node.property("reg");
        if (reg == null) {
            return;
        }
        int na = AddressTranslation.addressCells(node);
        int ns = AddressTranslation.sizeCells(node);
        int entry = na + ns;
        if (ns == 0 || entry == 0) {
            return;
        }
        List<String> names = node.strings("reg-names");
        if (reg.length() % (4 * entry) != 0) {
            warn(node, "'reg' has " + reg.length() + " bytes, not a whole number of " + entry + "-cell entries: the rest is ignored");
        }
        int count = reg.cellCount() / entry;
        for (int i = 0; i < count; i++) {
            AddressTranslation.Result base = AddressTranslation.translate(node, reg, i * entry, na);
            long size = reg.number(i * entry + na, ns);
            String name = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "reg[" + i + "]";
            if (!base.ok()) {
                warn(node, "reg entry " + i + " (" + name + ") is left out: " + base.failure());
                continue;
            }
            if (size == 0) {
                warn(node, "reg entry " + i + " (" + name + ") has size 0 and is left out");
                continue;
            }
            Region region = F.createRegion();
            region.setIndex(i);
            region.setName(name);
            region.setKind(RegionKind.MMIO);
            region.setBase(base.address());
            region.setSize(size);
            region.setOffset((long) i << 40);
            region.setReadable(true);
            region.setWritable(true);
            region.setMmappable(Mmap.refusal(new Mmap.Facts(false, false, false, base.address(), size, pageSize)).isEmpty());
            device.getRegions().add(region);
        }
    }

    private void addInterrupts(DtNode node, PlatformDevice device) {
        if (!InterruptResolver.hasInterrupts(node)) {
            DtNode parent = node.has("interrupt-parent") ? interrupts.interruptParent(node) : null;
            device.setInterruptParent(parent == null ? null : parent.path());
            return;
        }
        InterruptResolver.Interrupts resolved = interrupts.resolve(node);
        if (resolved.problem() != null) {
            warn(node, resolved.problem());
        }
        DtNode parent = node.has("interrupts-extended") ? null : interrupts.interruptParent(node);
        device.setInterruptParent(parent == null ? null : parent.path());
        int index = 0;
        for (InterruptResolver.Resolved irq : resolved.interrupts()) {
            Interrupt interrupt = F.createInterrupt();
            interrupt.setIndex(index++);
            interrupt.setKind(InterruptKind.PLATFORM);
            interrupt.setCount(1);
            interrupt.setEventfd(true);
            interrupt.setMaskable(true);
            interrupt.setController(irq.controller() == null ? null : irq.controller().path());
            for (long cell : irq.specifier()) {
                interrupt.getSpecifier().add(cell);
            }
            if (irq.ok()) {
                InterruptBindings.Decoded decoded = InterruptBindings.decode(irq.controller(), irq.specifier(), interrupts);
                interrupt.setTrigger(decoded.trigger());
                interrupt.setLine((int) decoded.line());
            } else {
                warn(node, "interrupt " + (index - 1) + ": " + irq.failure());
                interrupt.setTrigger(Trigger.UNKNOWN);
            }
            // vfio-platform reports level interrupts as automasked (vfio_platform_irq_init)
            interrupt.setAutomasked(interrupt.getTrigger() == Trigger.LEVEL);
            device.getInterrupts().add(interrupt);
        }
    }

    private void addDependencies(DtNode node, PlatformDevice device) {
        for (DtProperty property : node.properties()) {
            DependencyKinds.Spec spec = DependencyKinds.of(property.name());
            if (spec != null) {
                addPhandleList(node, device, property, spec);
            }
        }
        DtProperty extended = node.property("interrupts-extended");
        if (extended != null) {
            int i = 0;
            while (i < extended.cellCount()) {
                DtNode target = tree.byPhandle(extended.cell(i));
                if (target == null) {
                    break;
                }
                int cells = (int) target.u32("#interrupt-cells", 0);
                dependency(device, DtDependencyKind.INTERRUPT_PARENT, "interrupts-extended", target, new long[0]);
                i += 1 + cells;
            }
        }
        DtProperty iommuMap = node.property("iommu-map");
        if (iommuMap != null) {
            // iommu-map = <rid-base iommu-phandle iommu-base length>...: the devices below this bus controller
            for (int i = 0; i + 4 <= iommuMap.cellCount(); i += 4) {
                DtNode iommu = tree.byPhandle(iommuMap.cell(i + 1));
                if (iommu == null) {
                    warn(node, "iommu-map names phandle 0x" + Long.toHexString(iommuMap.cell(i + 1)) + ", which no node has");
                    break;
                }
                dependency(device, DtDependencyKind.IOMMU, "iommu-map", iommu,
                        new long[] { iommuMap.cell(i), iommuMap.cell(i + 2), iommuMap.cell(i + 3) });
            }
        }
    }

    private void addPhandleList(DtNode node, PlatformDevice device, DtProperty property, DependencyKinds.Spec spec) {
        int i = 0;
        int cells = property.cellCount();
        while (i < cells) {
            long phandle = property.cell(i);
            if (phandle == 0 || phandle == 0xffffffffL) {
                i++; // an empty slot, allowed in lists such as clocks
                continue;
            }
            DtNode target = tree.byPhandle(phandle);
            if (target == null) {
                warn(node, "'" + property.name() + "' names phandle 0x" + Long.toHexString(phandle) + ", which no node has");
                return;
            }
            int args = 0;
            if (spec.cellsProperty() != null) {
                long n = target.u32(spec.cellsProperty(), spec.defaultCells());
                if (n < 0) {
                    warn(node, "'" + property.name() + "' names " + target.path() + ", which has no " + spec.cellsProperty());
                    return;
                }
                args = (int) n;
            }
            if (i + 1 + args > cells) {
                warn(node, "'" + property.name() + "' ends inside the arguments for " + target.path());
                return;
            }
            long[] argCells = new long[args];
            for (int a = 0; a < args; a++) {
                argCells[a] = property.cell(i + 1 + a);
            }
            dependency(device, spec.kind(), property.name(), target, argCells);
            i += 1 + args;
        }
    }

    private static void dependency(PlatformDevice device, DtDependencyKind kind, String property, DtNode target, long[] cells) {
        DtDependency dependency = F.createDtDependency();
        dependency.setKind(kind);
        dependency.setProperty(property);
        dependency.setTargetPath(target.path());
        for (long cell : cells) {
            dependency.getCells().add(cell);
        }
        device.getDtDependencies().add(dependency);
    }

    /**
     * Links what needs every device to exist: dependency targets, parent devices (the nearest
     * ancestor node that is a device), and provisional IOMMU groups: devices with the same
     * {@code iommus} specifiers share one, as the IOMMU would see them as one stream.
     *
     * @param firstGroupId the id of the first provisional group
     */
    public void link(Board board, int firstGroupId) {
        Map<String, Device> byPath = new HashMap<>();
        for (Map.Entry<DtNode, PlatformDevice> e : devices.entrySet()) {
            byPath.put(e.getKey().path(), e.getValue());
        }
        Map<String, IommuGroup> groups = new LinkedHashMap<>();
        int nextId = firstGroupId;
        for (Map.Entry<DtNode, PlatformDevice> e : devices.entrySet()) {
            PlatformDevice device = e.getValue();
            for (DtDependency dependency : device.getDtDependencies()) {
                dependency.setTarget(byPath.get(dependency.getTargetPath()));
            }
            for (DtNode up = e.getKey().parent(); up != null; up = up.parent()) {
                PlatformDevice parent = devices.get(up);
                if (parent != null) {
                    device.setParent(parent);
                    break;
                }
            }
            String streams = iommuStreams(device);
            if (!streams.isEmpty() && device.getIommuGroup() == null) {
                IommuGroup group = groups.get(streams);
                if (group == null) {
                    group = F.createIommuGroup();
                    group.setId(nextId++);
                    group.setProvisional(true);
                    groups.put(streams, group);
                    board.getIommuGroups().add(group);
                }
                group.getDevices().add(device);
                device.setIommuGroup(group);
            }
        }
    }

    private static String iommuStreams(PlatformDevice device) {
        List<String> streams = new ArrayList<>();
        for (DtDependency dependency : device.getDtDependencies()) {
            if (dependency.getKind() == DtDependencyKind.IOMMU && "iommus".equals(dependency.getProperty())) {
                StringBuilder b = new StringBuilder(dependency.getTargetPath());
                for (long cell : dependency.getCells()) {
                    b.append(" 0x").append(Long.toHexString(cell));
                }
                streams.add(b.toString());
            }
        }
        return String.join(", ", streams);
    }

    /** The devices made so far, by node. */
    public Map<DtNode, PlatformDevice> devices() {
        return devices;
    }

    private void warn(DtNode node, String message) {
        warnings.add(new ImportWarning(source, node.path() + ": " + message));
    }
}
