package org.devassign.dsl.validation;

import static org.devassign.model.naming.Labels.of;
import static org.devassign.model.naming.Labels.size;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.DmaWindow;
import org.devassign.model.FslMcContainer;
import org.devassign.model.FslMcObject;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.IrqBinding;
import org.devassign.model.IrqMode;
import org.devassign.model.KernelCapability;
import org.devassign.model.OpenPath;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Protection;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.RegionMapping;
import org.devassign.model.ResetPolicy;
import org.devassign.model.VfioDriver;
import org.devassign.model.VmGuest;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * What needs the board, the whole config and the workspace together: double assignment across
 * files, IOMMU group viability, mmap-ability of mapped regions, interrupt modes, reset, the
 * memlock budget, protected devices, kernel support for the open path. What the model alone
 * decides (ranges, alignment, duplicates inside one element) is checked by the model's own
 * validator, which EMF's registry runs alongside this one (see AssignStandaloneSetup).
 *
 * <p>Every message names the element with {@link org.devassign.model.naming.Labels}, says what is
 * wrong and what to do; the issue data carries what a quick fix needs (see {@link IssueCodes}).
 */
public class AssignValidator extends AbstractAssignValidator {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;
    /** Debian's default RLIMIT_MEMLOCK (8 MiB): what a consumer gets when the config states none. */
    public static final long DEFAULT_MEMLOCK = 8L << 20;

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    // ---------------------------------------------------------------- the config as a whole

    @Check(CheckType.NORMAL)
    public void checkConfig(AssignmentConfig config) {
        Board board = Configs.boardOf(config);
        if (board == null && config.getInlineBoard() == null && !config.getAssignments().isEmpty()
                && NodeModelUtils.findNodesForFeature(config, PKG.getAssignmentConfig_Board()).isEmpty()) {
            error("Config " + config.getName() + " assigns devices but names no board: add 'for \"FILE.board\"' after its name,"
                    + " or plan on an inline board ('for board NAME { ... }').", config, PKG.getNamedElement_Name(),
                    IssueCodes.NO_BOARD);
        }
        Map<Device, List<Assignment>> owners = owners(config);
        for (Assignment assignment : config.getAssignments()) {
            checkAssignedOnce(assignment, owners);
            checkGroups(assignment, owners);
        }
        checkMemlock(config);
    }

    /** Every device assigned in the workspace (this config and every other .assign file indexed), with its assignments. */
    private Map<Device, List<Assignment>> owners(AssignmentConfig config) {
        Map<Device, List<Assignment>> owners = new LinkedHashMap<>();
        List<AssignmentConfig> configs = new ArrayList<>();
        configs.add(config);
        configs.addAll(otherConfigs(config));
        for (AssignmentConfig each : configs) {
            if (Configs.boardOf(each) != Configs.boardOf(config)) {
                continue;
            }
            for (Assignment assignment : each.getAssignments()) {
                for (Device device : Configs.devicesOf(assignment)) {
                    owners.computeIfAbsent(device, d -> new ArrayList<>(1)).add(assignment);
                }
            }
        }
        return owners;
    }

    /**
     * The other configs of the config's folder, found through the index (the config workspace's, or
     * the language server's, which spans every folder of the client's workspace): the CLI, the
     * editor and the language server compare a config with the same set, its folder.
     */
    private List<AssignmentConfig> otherConfigs(AssignmentConfig config) {
        Resource resource = config.eResource();
        List<AssignmentConfig> others = new ArrayList<>();
        if (resource == null || resource.getResourceSet() == null || config.getInlineBoard() != null) {
            return others;
        }
        IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
        org.eclipse.emf.common.util.URI folder = resource.getURI().trimSegments(1);
        for (IResourceDescription description : index.getAllResourceDescriptions()) {
            if (description.getURI().equals(resource.getURI()) || !"assign".equals(description.getURI().fileExtension())
                    || !description.getURI().trimSegments(1).equals(folder)) {
                continue;
            }
            Resource other = resource.getResourceSet().getResource(description.getURI(), true);
            if (other != null && !other.getContents().isEmpty() && other.getContents().get(0) instanceof AssignmentConfig c) {
                others.add(c);
            }
        }
        return others;
    }

    private void checkAssignedOnce(Assignment assignment, Map<Device, List<Assignment>> owners) {
        for (Device device : Configs.devicesOf(assignment)) {
            List<Assignment> all = owners.get(device);
            if (all == null || all.size() < 2) {
                continue;
            }
            for (Assignment other : all) {
                if (other == assignment || (isBridge(device) && device.getDriver() == null)) {
                    continue;
                }
                boolean sameFile = other.eResource() == assignment.eResource();
                if (sameFile && all.indexOf(other) > all.indexOf(assignment)) {
                    continue; // reported once, on the later of two assignments in one file
                }
                error("The " + of(device) + " is assigned twice: here to " + consumerName(assignment) + ", and "
                        + where(other, assignment) + " to " + consumerName(other)
                        + ". A device goes to one consumer: remove one of the assignments.",
                        assignment, target(assignment), IssueCodes.ASSIGNED_TWICE, device.getName(), consumerName(other),
                        String.valueOf(org.eclipse.emf.ecore.util.EcoreUtil.getURI(other)));
            }
        }
    }

    /** Group viability: every companion in the group must go to the same consumer or be free of host drivers. */
    private void checkGroups(Assignment assignment, Map<Device, List<Assignment>> owners) {
        Set<Device> mine = Configs.devicesOf(assignment);
        Set<IommuGroup> groups = new LinkedHashSet<>();
        for (Device device : mine) {
            if (device.getIommuGroup() != null && !device.getIommuGroup().eIsProxy()) {
                groups.add(device.getIommuGroup());
            }
        }
        Consumer consumer = assignment.getConsumer();
        if (consumer == null || consumer.eIsProxy()) {
            return; // the unknown consumer is the problem to fix first
        }
        for (IommuGroup group : groups) {
            List<String> onHostDrivers = new ArrayList<>();
            List<String> data = new ArrayList<>(List.of(Integer.toString(group.getId())));
            List<String> protectedOnes = new ArrayList<>();
            for (Device companion : group.getDevices()) {
                if (mine.contains(companion) || companion.eIsProxy()) {
                    continue;
                }
                List<Assignment> others = owners.getOrDefault(companion, List.of());
                Assignment elsewhere = others.stream().filter(a -> a.getConsumer() != consumer).findFirst().orElse(null);
                if (elsewhere != null) {
                    error(of(group) + " is split between consumers: this assignment gives its devices to " + consumerName(assignment)
                            + ", but its " + of(companion) + " goes to " + consumerName(elsewhere) + " (" + where(elsewhere, assignment)
                            + "). A group is opened by one process: give the whole group to one consumer.",
                            assignment, target(assignment), IssueCodes.GROUP_SPLIT, Integer.toString(group.getId()),
                            companion.getName(), consumerName(elsewhere));
                    continue;
                }
                if (!others.isEmpty()) {
                    continue; // assigned to the same consumer elsewhere
                }
                if (companion.getProtection() != null && companion.getProtection() != Protection.NONE) {
                    protectedOnes.add(of(companion) + " (" + companion.getProtection().getLiteral() + ")");
                }
                String driver = companion.getDriver();
                if (driver != null && !driver.isEmpty() && !driver.startsWith("vfio")) {
                    onHostDrivers.add(of(companion) + " is still on " + driver);
                    data.add(companion.getName());
                    data.add(driver);
                } else if (!isBridge(companion)) {
                    warning("The " + of(companion) + " shares " + of(group) + " with the assigned device(s) but is not assigned:"
                            + " the group is viable while it has no driver, but nothing uses it and a host driver may claim it later."
                            + " Assign the whole group (assign group " + group.getId() + " to " + consumerName(assignment) + ").",
                            assignment, target(assignment), IssueCodes.GROUP_COMPANION_UNUSED, Integer.toString(group.getId()),
                            companion.getName());
                }
            }
            if (!onHostDrivers.isEmpty()) {
                String blocked = protectedOnes.isEmpty() ? ""
                        : " The group also holds the protected " + String.join(" and ", protectedOnes) + ", so it cannot be assigned at all.";
                error(of(group) + " is not viable for the " + of(assignment) + ": its " + String.join(", and its ", onHostDrivers)
                        + ". VFIO opens a group only when every device in it is on a vfio driver or none (bridges without a driver are exempt)."
                        + (protectedOnes.isEmpty() ? " Assign the whole group (assign group " + group.getId() + " to " + consumerName(assignment)
                                + "), or unbind those devices from their host drivers first." : blocked),
                        assignment, target(assignment), IssueCodes.GROUP_INCOMPLETE, data.toArray(String[]::new));
            }
        }
    }

    private void checkMemlock(AssignmentConfig config) {
        Map<Consumer, Long> pinned = new LinkedHashMap<>();
        Map<Consumer, Assignment> firstAssignment = new LinkedHashMap<>();
        for (Assignment assignment : config.getAssignments()) {
            Consumer consumer = assignment.getConsumer();
            if (consumer == null || consumer.eIsProxy()) {
                continue;
            }
            firstAssignment.putIfAbsent(consumer, assignment);
            long windows = 0;
            for (DmaWindow window : assignment.getDmaWindows()) {
                windows += Math.max(0, window.getSize());
            }
            pinned.merge(consumer, windows, Long::sum);
        }
        for (Map.Entry<Consumer, Long> entry : pinned.entrySet()) {
            Consumer consumer = entry.getKey();
            long total = entry.getValue() + (consumer instanceof VmGuest vm ? vm.getMemorySize() : 0);
            boolean here = consumer.eResource() == config.eResource();
            EObject at = here ? consumer : firstAssignment.get(consumer);
            EStructuralFeature feature = here ? (consumer.isSetMemlockLimit() ? PKG.getConsumer_MemlockLimit() : PKG.getNamedElement_Name())
                    : PKG.getAssignment_Consumer();
            String what = consumer instanceof VmGuest vm && vm.getMemorySize() > 0
                    ? size(vm.getMemorySize()) + " of guest RAM" + (entry.getValue() > 0 ? " + " + size(entry.getValue()) + " of DMA windows" : "")
                    : size(entry.getValue()) + " of DMA windows";
            if (consumer.isSetMemlockLimit() && total > consumer.getMemlockLimit()) {
                error("The " + of(consumer) + " pins " + amount(total) + " (" + what + ") but its memlock limit is "
                        + amount(consumer.getMemlockLimit()) + ": mapping DMA will fail with ENOMEM. Raise memlock to at least "
                        + amount(total) + ", or pin less.", at, feature, IssueCodes.MEMLOCK_EXCEEDED, consumer.getName(),
                        Long.toString(total), Long.toString(consumer.getMemlockLimit()));
            } else if (!consumer.isSetMemlockLimit() && total > DEFAULT_MEMLOCK) {
                warning("The " + of(consumer) + " pins " + amount(total) + " (" + what + ") and states no memlock limit: the usual default of "
                        + size(DEFAULT_MEMLOCK) + " is too small. State 'memlock " + amount(total) + "' (or more) and set RLIMIT_MEMLOCK to it.",
                        at, feature, IssueCodes.MEMLOCK_UNSTATED, consumer.getName(), Long.toString(total));
            }
        }
    }

    // ---------------------------------------------------------------- one assignment

    @Check
    public void checkAssignment(Assignment assignment) {
        Set<Device> devices = Configs.devicesOf(assignment);
        Board board = Configs.boardOf(Configs.configOf(assignment));
        for (Device device : devices) {
            if (device.getProtection() != null && device.getProtection() != Protection.NONE) {
                error("The " + of(device) + " is protected (" + device.getProtection().getLiteral() + "): "
                        + protectionReason(device.getProtection()) + " It never leaves its host driver: remove it from this assignment.",
                        assignment, target(assignment), IssueCodes.PROTECTED_DEVICE, device.getName(), device.getProtection().getLiteral());
            }
            checkDriver(assignment, device);
            checkReset(assignment, device);
        }
        if (assignment.getOpenPath() == OpenPath.CDEV && board != null && !board.getKernelCapabilities().contains(KernelCapability.VFIO_CDEV)) {
            error("The " + of(assignment) + " asks for the cdev open path, but the kernel of " + of(board) + " ("
                    + (board.getKernelVersion() == null ? "version unknown" : board.getKernelVersion())
                    + ") lacks vfio-cdev (CONFIG_VFIO_DEVICE_CDEV): use 'open group', or a kernel built with it.",
                    assignment, PKG.getAssignment_OpenPath(), IssueCodes.CDEV_UNSUPPORTED, board.getName());
        }
        checkInterruptModes(assignment);
    }

    private void checkDriver(Assignment assignment, Device device) {
        VfioDriver fits = device instanceof PciDevice ? VfioDriver.VFIO_PCI
                : device instanceof PlatformDevice ? VfioDriver.VFIO_PLATFORM
                : device instanceof FslMcContainer || device instanceof FslMcObject ? VfioDriver.VFIO_FSL_MC : VfioDriver.AUTO;
        if (assignment.getDriver() != VfioDriver.AUTO && fits != VfioDriver.AUTO && assignment.getDriver() != fits) {
            error("The " + of(device) + " cannot be bound to " + assignment.getDriver().getLiteral() + ": it is a "
                    + device.eClass().getName() + ", which " + fits.getLiteral() + " drives. Write 'driver " + fits.getLiteral()
                    + "' or leave the driver out (auto).", assignment, PKG.getAssignment_Driver(), IssueCodes.DRIVER_MISMATCH,
                    device.getName(), fits.getLiteral());
        }
        if (device instanceof PlatformDevice && assignment.getConsumer() instanceof VmGuest) {
            error("The " + of(device) + " is a platform device and " + of(assignment.getConsumer())
                    + " is a VM guest: QEMU removed -device vfio-platform in 10.2, so platform devices go to user-space drivers."
                    + " Assign it to a userspace consumer or a probe.", assignment, PKG.getAssignment_Consumer(),
                    IssueCodes.PLATFORM_TO_VM, assignment.getConsumer().getName());
        }
    }

    private void checkReset(Assignment assignment, Device device) {
        if (assignment.getResetPolicy() != ResetPolicy.REQUIRED || !device.getResetMethods().isEmpty()) {
            return;
        }
        String how = device instanceof PlatformDevice platform
                ? "vfio-platform resets only devices a reset module matches by compatible (" + (platform.getCompatible().isEmpty()
                        ? "none stated" : String.join(", ", platform.getCompatible()))
                        + " matches none of calxeda xgmac, amd xgbe, bcm flexrm)"
                : "the kernel reports no reset_method for it";
        error("The " + of(assignment) + " requires a reset, but the " + of(device) + " has no known reset method: " + how
                + ". Use 'reset if-available' (the device is then handed over without a reset) or 'reset never'.",
                assignment, PKG.getAssignment_ResetPolicy(), IssueCodes.RESET_UNAVAILABLE, device.getName());
    }

    private void checkInterruptModes(Assignment assignment) {
        Map<Device, Set<InterruptKind>> kinds = new LinkedHashMap<>();
        for (IrqBinding binding : assignment.getIrqs()) {
            Interrupt interrupt = binding.getInterrupt();
            if (interrupt != null && !interrupt.eIsProxy() && interrupt.getDevice() != null) {
                kinds.computeIfAbsent(interrupt.getDevice(), d -> new LinkedHashSet<>()).add(interrupt.getKind());
            }
        }
        kinds.forEach((device, bound) -> {
            if (bound.contains(InterruptKind.INTX) && (bound.contains(InterruptKind.MSI) || bound.contains(InterruptKind.MSIX))) {
                String msi = bound.contains(InterruptKind.MSI) ? "MSI" : "MSI-X";
                error("The " + of(assignment) + " binds both INTx and " + msi + " of the " + of(device)
                        + ": a PCI function signals through one of them at a time, and VFIO refuses to enable the second. Keep one binding.",
                        assignment, PKG.getAssignment_Irqs(), IssueCodes.IRQ_INTX_AND_MSI, device.getName(),
                        bound.stream().map(InterruptKind::getLiteral).reduce((a, b) -> a + "," + b).orElse(""));
            }
        });
    }

    @Check
    public void checkRegionMapping(RegionMapping mapping) {
        Region region = mapping.getRegion();
        if (region == null || region.eIsProxy() || region.isMmappable()) {
            return;
        }
        long page = pageSize(region);
        String why;
        String reason;
        if (region.getKind() == RegionKind.PIO) {
            why = "it is an I/O-port region";
            reason = "pio";
        } else if (region.getKind() == RegionKind.CONFIG) {
            why = "it is PCI config space, which VFIO offers through read/write only";
            reason = "config";
        } else if (region.getBase() % page != 0) {
            why = "its base " + org.devassign.model.naming.Labels.hex(region.getBase()) + " is not aligned to the " + size(page) + " page";
            reason = "base";
        } else if (region.getSize() % page != 0 && !(region.getDevice() instanceof PciDevice)) {
            why = "its size " + org.devassign.model.naming.Labels.hex(region.getSize()) + " (" + size(region.getSize())
                    + ") is not a multiple of the " + size(page) + " page";
            reason = "size";
        } else {
            why = "the kernel does not report MMAP for it";
            reason = "kernel";
        }
        error("The " + of(region) + " cannot be mmapped: " + why + ". Remove 'map' for it; the consumer can still read and write it"
                + " through the device fd at offset " + org.devassign.model.naming.Labels.hex(region.getOffset()) + ".",
                mapping, PKG.getRegionMapping_Region(), IssueCodes.REGION_NOT_MMAPPABLE,
                region.getName() == null ? Integer.toString(region.getIndex()) : region.getName(), reason);
    }

    @Check
    public void checkIrqBinding(IrqBinding binding) {
        Interrupt interrupt = binding.getInterrupt();
        if (interrupt == null || interrupt.eIsProxy()) {
            return;
        }
        if (binding.getMode() == IrqMode.EVENTFD && !interrupt.isEventfd()) {
            error("The " + of(interrupt) + " does not support eventfd signalling (VFIO does not report EVENTFD for it):"
                    + " bind it 'masked', or leave it out.", binding, PKG.getIrqBinding_Mode(), IssueCodes.IRQ_NO_EVENTFD,
                    Integer.toString(interrupt.getIndex()));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A memlock amount as one writes it in a config: whole GiB, else MiB rounded up (1025 MiB, not 1.0 GiB). */
    static String amount(long bytes) {
        long mib = 1L << 20;
        if (bytes < mib || bytes % (1L << 30) == 0) {
            return size(bytes);
        }
        return ((bytes + mib - 1) / mib) + " MiB";
    }

    private static boolean isBridge(Device device) {
        return device instanceof PciDevice pci && (pci.isBridge() || (pci.getClassCode() >> 8) == 0x0604);
    }

    private static String protectionReason(Protection protection) {
        return switch (protection) {
            case ROOT_FILESYSTEM -> "it carries the board's root file system, and the board would not survive losing it.";
            case AGENT_CONNECTION -> "it carries the agent's own connection, and the board would become unreachable.";
            case MANAGEMENT -> "it is the board's management device.";
            default -> "the board's policy keeps it on its host driver.";
        };
    }

    private static EStructuralFeature target(Assignment assignment) {
        return assignment.getGroup() != null ? PKG.getAssignment_Group() : PKG.getAssignment_Device();
    }

    private static String consumerName(Assignment assignment) {
        Consumer consumer = assignment.getConsumer();
        return consumer == null || consumer.eIsProxy() ? "(unknown consumer)" : consumer.getName();
    }

    /** "in vms.assign line 12" or "on line 12" for an assignment, seen from another. */
    private static String where(Assignment other, Assignment from) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(other);
        String line = node == null ? "" : " line " + node.getStartLine();
        if (other.eResource() == from.eResource()) {
            return "on" + line;
        }
        return "in " + (other.eResource() == null ? "another file" : other.eResource().getURI().lastSegment()) + line;
    }

    private static long pageSize(Region region) {
        EObject board = region.getDevice() == null ? null : region.getDevice().eContainer();
        long page = board instanceof Board b ? b.getPageSize() : 4096;
        return page >= 512 && Long.bitCount(page) == 1 ? page : 4096;
    }
}
