package org.devassign.dsl.ui.editor;

import java.util.Map;

import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.FslMcObject;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Probe;
import org.devassign.model.Region;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VmGuest;
import org.devassign.model.naming.Labels;
import org.eclipse.emf.ecore.EObject;

/**
 * How content assist describes what it proposes, in the words of the language (vm, userspace,
 * probe, group, region, irq) and of its documentation, never in the model's class names.
 */
final class ProposalWords {

    /** What each keyword of a config does, in a line (shown beside the proposal). */
    static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("config", "a config: its name, then 'for' and its board"),
            Map.entry("for", "the board this config is for: a .board file relative to this one, or a board's name"),
            Map.entry("board", "a board written in the config, for planning before the hardware exists"),
            Map.entry("import", "brings another config's consumers in"),
            Map.entry("vm", "a VM guest that gets devices (memory, vcpus, machine, memlock)"),
            Map.entry("userspace", "a user-space driver process that gets devices (uid, gid, memlock, socket)"),
            Map.entry("probe", "the agent itself holds the device (to read registers, watch interrupts)"),
            Map.entry("assign", "gives a device, or a whole IOMMU group, to a consumer"),
            Map.entry("group", "a whole IOMMU group: every device of it goes to the same consumer"),
            Map.entry("to", "the consumer that gets the device or group"),
            Map.entry("driver", "the VFIO driver to bind: vfio-pci, vfio-platform, vfio-fsl-mc, or auto"),
            Map.entry("open", "how the consumer opens the device: group (container), cdev (iommufd), or auto"),
            Map.entry("reset", "the reset policy: if-available, required, or never"),
            Map.entry("persistent", "the binding survives reboots (devassign generate --target persist)"),
            Map.entry("map", "a region to mmap, by name or index (members of a group as device.region)"),
            Map.entry("irq", "an interrupt to hand over, by kind (intx, msi, msix) or index; eventfd or masked"),
            Map.entry("dma", "a DMA window: at IOVA, size, optionally read-only or write-only"),
            Map.entry("memory", "the guest's RAM, pinned for DMA (counts against memlock)"),
            Map.entry("vcpus", "the guest's virtual CPUs"),
            Map.entry("machine", "the QEMU machine type (q35, virt, microvm...)"),
            Map.entry("memlock", "the RLIMIT_MEMLOCK the consumer runs with: what it may pin for DMA"),
            Map.entry("uid", "the user the driver process runs as"),
            Map.entry("gid", "the group the driver process runs as"),
            Map.entry("socket", "where the driver receives its device fds (SCM_RIGHTS)"),
            Map.entry("eventfd", "the interrupt is signalled through an eventfd"),
            Map.entry("masked", "the interrupt is set up but stays masked"));

    private ProposalWords() {
    }

    /** The kind of an element in the language's words: "vm", "pci device", "region"... */
    static String kind(EObject element) {
        return switch (element) {
            case VmGuest vm -> "vm";
            case UserspaceDriver driver -> "userspace";
            case Probe probe -> "probe";
            case PciDevice pci -> "pci device";
            case PlatformDevice platform -> "platform device";
            case FslMcObject object -> "fsl-mc object";
            case Device device -> "device";
            case IommuGroup group -> "group";
            case Region region -> "region";
            case Interrupt interrupt -> "irq";
            default -> "";
        };
    }

    /** The kind of an element known only by its model class name (a name from the index), in the language's words. */
    static String kind(String className) {
        return switch (className == null ? "" : className) {
            case "VmGuest" -> "vm";
            case "UserspaceDriver" -> "userspace";
            case "Probe" -> "probe";
            case "PciDevice" -> "pci device";
            case "PlatformDevice" -> "platform device";
            case "FslMcObject", "FslMcContainer" -> "fsl-mc object";
            case "IommuGroup" -> "group";
            case "Region" -> "region";
            case "Interrupt" -> "irq";
            case "Board" -> "board";
            case "AssignmentConfig" -> "config";
            default -> null;
        };
    }

    /** What the board and the config say about a proposed element: "pci device 0000:00:05.0, group 4, no driver". */
    static String describe(EObject element) {
        return switch (element) {
            case Device device -> kind(device) + " " + device.getSysfsName() + (device.getIommuGroup() == null ? ""
                    : ", group " + device.getIommuGroup().getId()) + ", " + (device.getDriver() == null ? "no driver" : device.getDriver());
            case IommuGroup group -> "group " + group.getId() + ": " + String.join(", ", group.getDevices().stream().map(Device::getName).toList());
            case Region region -> "region " + region.getIndex() + ", " + Labels.size(region.getSize())
                    + (region.isMmappable() ? ", mmap" : ", read/write only");
            case Interrupt interrupt -> "irq " + interrupt.getIndex() + ", " + interrupt.getKind().getLiteral() + " x" + interrupt.getCount();
            case VmGuest vm -> "vm: " + (vm.getMemorySize() > 0 ? Labels.size(vm.getMemorySize()) + ", " : "") + vm.getVcpus()
                    + (vm.getVcpus() == 1 ? " vCPU" : " vCPUs") + (vm.getMachine() == null ? "" : ", " + vm.getMachine());
            case UserspaceDriver driver -> "userspace driver: uid " + driver.getUid() + ", gid " + driver.getGid();
            case Probe probe -> "probe: the agent holds the device";
            case Consumer consumer -> kind(consumer);
            default -> null;
        };
    }
}
