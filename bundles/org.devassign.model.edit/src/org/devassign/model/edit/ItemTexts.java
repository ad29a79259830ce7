package org.devassign.model.edit;

import static org.devassign.model.naming.Labels.hex;
import static org.devassign.model.naming.Labels.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.devassign.core.rules.Vfio;
import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.DmaWindow;
import org.devassign.model.DtDependency;
import org.devassign.model.FslMcContainer;
import org.devassign.model.FslMcObject;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.IovaRange;
import org.devassign.model.IrqBinding;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Probe;
import org.devassign.model.Protection;
import org.devassign.model.Region;
import org.devassign.model.RegionMapping;
import org.devassign.model.Register;
import org.devassign.model.RegisterField;
import org.devassign.model.SparseArea;
import org.devassign.model.Sriov;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.VmGuest;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.facts.AssignmentTerms;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.facts.SriovFacts;
import org.devassign.model.naming.Labels;

/**
 * One-line descriptions of model elements for trees: the facts an engineer scans for. Whether a
 * device is a bridge (or a host bridge) and which VFIO driver an assignment binds are the core's
 * answers ({@link DeviceFacts}, {@link AssignmentTerms}), so the tree says what the validator and
 * the agent decide.
 */
public final class ItemTexts {

    private ItemTexts() {
    }

    public static String board(Board board) {
        List<String> facts = new ArrayList<>();
        addIf(facts, board.getArchitecture());
        if (board.getKernelVersion() != null) {
            facts.add("Linux " + board.getKernelVersion());
        }
        facts.add(board.getDevices().size() + (board.getDevices().size() == 1 ? " device" : " devices"));
        return name(board.getName()) + " (" + String.join(", ", facts) + ")";
    }

    public static String device(Device device) {
        StringBuilder b = new StringBuilder(name(device.getName()));
        if (device.getSysfsName() != null && !device.getSysfsName().equals(device.getName())) {
            b.append("  ").append(device.getSysfsName());
        }
        switch (device) {
            case PciDevice pci -> {
                b.append(String.format("  [%04x:%04x]", pci.getVendorId(), pci.getDeviceId()));
                if (pci.getPhysicalFunction() != null) {
                    b.append(" VF ").append(pci.getVfIndex()).append(" of ").append(name(pci.getPhysicalFunction().getName()));
                }
                if (DeviceFacts.isBridge(pci)) {
                    b.append(" bridge");
                } else if (DeviceFacts.isHostBridge(pci)) {
                    b.append(" host bridge");
                }
            }
            case PlatformDevice platform when !platform.getCompatible().isEmpty() ->
                b.append("  ").append(platform.getCompatible().get(0));
            case PlatformDevice platform when platform.getAcpiId() != null -> b.append("  ").append(platform.getAcpiId());
            case FslMcContainer container -> b.append("  container");
            case FslMcObject object when object.getObjectType() != null -> b.append("  ").append(object.getObjectType());
            default -> { }
        }
        b.append(device.getDriver() == null || device.getDriver().isEmpty() ? "  (no driver)" : "  -> " + device.getDriver());
        if (device.getProtection() != Protection.NONE) {
            b.append("  [protected: ").append(device.getProtection().getLiteral()).append(']');
        }
        return b.toString();
    }

    public static String region(Region region) {
        StringBuilder b = new StringBuilder(region.getName() != null ? region.getName() : "region " + region.getIndex());
        b.append("  ").append(region.getKind().getLiteral());
        if (region.getBase() != 0) {
            b.append(' ').append(hex(region.getBase()));
        }
        b.append(" +").append(size(region.getSize()));
        b.append("  ").append(region.isReadable() ? 'r' : '-').append(region.isWritable() ? 'w' : '-');
        b.append(region.isMmappable() ? " mmap" : " no-mmap");
        if (!region.getSparseAreas().isEmpty()) {
            b.append(" sparse(").append(region.getSparseAreas().size()).append(')');
        }
        if (region.isPrefetchable()) {
            b.append(" prefetchable");
        }
        if (region.isSixtyFourBit()) {
            b.append(" 64-bit");
        }
        return b.toString();
    }

    public static String interrupt(Interrupt interrupt) {
        StringBuilder b = new StringBuilder(kind(interrupt.getKind()));
        b.append("  index ").append(interrupt.getIndex());
        b.append(", ").append(interrupt.getCount()).append(interrupt.getCount() == 1 ? " vector" : " vectors");
        if (interrupt.isEventfd()) {
            b.append(" eventfd");
        }
        if (interrupt.isMaskable()) {
            b.append(" maskable");
        }
        if (interrupt.isAutomasked()) {
            b.append(" automasked");
        }
        if (interrupt.isNoresize()) {
            b.append(" noresize");
        }
        switch (interrupt.getTrigger()) {
            case LEVEL -> b.append("  level");
            case EDGE -> b.append("  edge");
            default -> { }
        }
        if (interrupt.getPin() != null) {
            b.append("  pin ").append(interrupt.getPin());
        }
        if (interrupt.getLine() >= 0) {
            b.append("  line ").append(interrupt.getLine());
        }
        return b.toString();
    }

    public static String group(IommuGroup group) {
        int n = group.getDevices().size();
        return Labels.of(group) + (group.isProvisional() ? " (from device tree)" : "") + "  " + n
                + (n == 1 ? " device" : " devices");
    }

    public static String dependency(DtDependency dependency) {
        return dependency.getKind().getLiteral() + "  " + dependency.getProperty() + " -> " + dependency.getTargetPath();
    }

    public static String register(Register register) {
        return register.getName() + "  " + hex(register.getOffset()) + "  " + register.getWidth() + "-bit "
                + register.getAccess().getLiteral();
    }

    public static String field(RegisterField field) {
        int low = field.getBitOffset();
        int high = low + Math.max(1, field.getBitWidth()) - 1;
        return field.getName() + "  " + (low == high ? "bit " + low : "bits " + high + ":" + low);
    }

    public static String sparseArea(SparseArea area) {
        return "mmappable " + hex(area.getOffset()) + " +" + size(area.getSize());
    }

    /** "IOVA 0xfef00000-0x7fffffffff" (unsigned). */
    public static String iovaRange(IovaRange range) {
        return "IOVA " + hex(range.getStart()) + "-" + hex(range.getLast());
    }

    public static String consumer(org.devassign.model.Consumer consumer) {
        return switch (consumer) {
            case VmGuest vm -> "VM guest " + name(vm.getName()) + " (" + size(vm.getMemorySize()) + ", " + vm.getVcpus()
                    + (vm.getVcpus() == 1 ? " vCPU)" : " vCPUs)");
            case UserspaceDriver driver -> "user-space driver " + name(driver.getName()) + " (uid " + driver.getUid() + ")";
            case Probe probe -> "probe " + name(probe.getName());
            default -> name(consumer.getName());
        };
    }

    public static String assignment(Assignment assignment) {
        String what = assignment.getGroup() != null ? Labels.of(assignment.getGroup())
                : assignment.getDevice() != null ? name(assignment.getDevice().getName())
                : assignment.getPhysicalFunction() != null ? SriovFacts.range(assignment) + " of " + name(assignment.getPhysicalFunction().getName())
                : "(nothing)";
        String to = assignment.getConsumer() != null ? assignment.getConsumer().getName() : "(no consumer)";
        return what + " -> " + to + "  (" + driver(assignment) + ", open " + assignment.getOpenPath().getLiteral() + ")";
    }

    /** The driver a config states, or for {@code auto} the one its devices' bus gets: "auto: vfio-pci". */
    private static String driver(Assignment assignment) {
        Optional<Vfio> stated = AssignmentTerms.driver(assignment.getDriver());
        if (stated.isPresent()) {
            return stated.get().driverName();
        }
        List<String> drivers = AssignedDevices.of(assignment).stream().map(d -> DeviceFacts.vfio(d).driverName()).distinct().toList();
        return drivers.isEmpty() ? "auto" : "auto: " + String.join(", ", drivers);
    }

    /** "SR-IOV: 2 of 7 VFs, offset 128, stride 2, VF 8086:10ca". */
    public static String sriov(Sriov sriov) {
        StringBuilder b = new StringBuilder("SR-IOV: ").append(sriov.getNumVfs()).append(" of ").append(sriov.getTotalVfs())
                .append(sriov.getTotalVfs() == 1 ? " VF" : " VFs").append(", offset ").append(sriov.getVfOffset()).append(", stride ")
                .append(sriov.getVfStride());
        if (sriov.getVfDeviceId() >= 0 && sriov.eContainer() instanceof PciDevice pf) {
            b.append(String.format(", VF [%04x:%04x]", pf.getVendorId(), sriov.getVfDeviceId()));
        }
        if (!sriov.isDriversAutoprobe()) {
            b.append(", no autoprobe");
        }
        return b.toString();
    }

    /** "vfs nic0 count 4". */
    public static String virtualFunctions(VirtualFunctions vfs) {
        return "vfs " + (vfs.getPhysicalFunction() == null ? "(no PF)" : name(vfs.getPhysicalFunction().getName())) + " count "
                + vfs.getCount();
    }

    public static String regionMapping(RegionMapping mapping) {
        return "map " + (mapping.getRegion() == null ? "(no region)" : mapping.getRegion().getName())
                + (mapping.isReadOnly() ? " read-only" : "");
    }

    public static String irqBinding(IrqBinding binding) {
        return "irq " + (binding.getInterrupt() == null ? "(none)" : kind(binding.getInterrupt().getKind())) + " "
                + binding.getStart() + "+" + binding.getCount() + " " + binding.getMode().getLiteral();
    }

    public static String dmaWindow(DmaWindow window) {
        return "DMA " + (window.getName() == null ? "" : window.getName() + " ") + hex(window.getIova()) + " +"
                + size(window.getSize());
    }

    public static String kind(InterruptKind kind) {
        return switch (kind) {
            case INTX -> "INTx";
            case MSI -> "MSI";
            case MSIX -> "MSI-X";
            case ERR -> "ERR";
            case REQ -> "REQ";
            case PLATFORM -> "IRQ";
        };
    }

    private static String name(String name) {
        return name == null ? "(unnamed)" : name;
    }

    private static void addIf(List<String> facts, String fact) {
        if (fact != null && !fact.isEmpty()) {
            facts.add(fact);
        }
    }
}
