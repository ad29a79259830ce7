package org.devassign.model.validation;

import static org.devassign.model.naming.Labels.hex;
import static org.devassign.model.naming.Labels.of;
import static org.devassign.model.naming.Labels.size;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.core.rules.DmaWindows;
import org.devassign.core.rules.Mmap;
import org.devassign.core.rules.PciIrq;
import org.devassign.core.rules.RegionAccess;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.DmaWindow;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.IrqBinding;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionMapping;
import org.devassign.model.Register;
import org.devassign.model.SparseArea;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.facts.AssignmentTerms;
import org.devassign.model.facts.DeviceFacts;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * EMF validation of what the model alone can decide: unique names and indexes, positive sizes,
 * page alignment of mmappable regions, group membership agreeing from both sides, assignments that
 * stay within the device they assign. Every message names the element and says what to do.
 *
 * <p>What needs more than one model (a group companion still on a host driver, memlock budgets,
 * kernel capabilities) is the assignment DSL's validation, which runs this one too.
 */
public class ModelValidator extends EObjectValidator {

    public static final String SOURCE = "org.devassign.model";
    public static final ModelValidator INSTANCE = new ModelValidator();

    private static final long DEFAULT_PAGE_SIZE = 4096;
    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Override
    protected EPackage getEPackage() {
        return PKG;
    }

    /** Unique names are checked below, with messages that say which devices clash. */
    @Override
    public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean basic = validate_EveryDefaultConstraint(object, diagnostics, context);
        Report report = new Report(diagnostics);
        switch (object) {
            case Board board -> validateBoard(board, report);
            case Device device -> validateDevice(device, report);
            case IommuGroup group -> validateGroup(group, report);
            case Region region -> validateRegion(region, report);
            case Interrupt interrupt -> validateInterrupt(interrupt, report);
            case AssignmentConfig config -> validateConfig(config, report);
            case Assignment assignment -> validateAssignment(assignment, report);
            case IrqBinding binding -> validateIrqBinding(binding, report);
            default -> { }
        }
        return basic && report.ok;
    }

    // ---------------------------------------------------------------- board

    private void validateBoard(Board board, Report report) {
        long page = board.getPageSize();
        if (usablePageSize(board) != page) {
            report.error(ModelProblem.PAGE_SIZE, board, PKG.getBoard_PageSize(),
                    "Board " + board.getName() + " has page size " + page
                            + ", which is not a power of two of at least 512: set it to the kernel's page size (getconf PAGESIZE, usually 4096).");
        }
        Map<String, Device> byName = new HashMap<>();
        Map<String, Device> bySysfs = new HashMap<>();
        for (Device device : board.getDevices()) {
            Device first = device.getName() == null ? null : byName.putIfAbsent(device.getName(), device);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_NAME, device, PKG.getNamedElement_Name(),
                        "Board " + board.getName() + " has two devices named '" + device.getName() + "' ("
                                + first.getSysfsName() + " and " + device.getSysfsName()
                                + "): give each device a unique name.", first);
            }
            Device same = device.getSysfsName() == null ? null : bySysfs.putIfAbsent(device.getSysfsName(), device);
            if (same != null) {
                report.error(ModelProblem.DUPLICATE_SYSFS_NAME, device, PKG.getDevice_SysfsName(),
                        "Devices " + same.getName() + " and " + device.getName() + " both claim the kernel name "
                                + device.getSysfsName() + ": one device per sysfs name; remove the duplicate.", same);
            }
        }
        Map<Integer, IommuGroup> groups = new HashMap<>();
        for (IommuGroup group : board.getIommuGroups()) {
            IommuGroup first = groups.putIfAbsent(group.getId(), group);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_GROUP_ID, group, PKG.getIommuGroup_Id(),
                        "Board " + board.getName() + " lists IOMMU group " + group.getId()
                                + " twice: merge the two groups' devices into one.", first);
            }
        }
    }

    // ---------------------------------------------------------------- devices

    private void validateDevice(Device device, Report report) {
        if (device instanceof PciDevice pci && pci.getSysfsName() != null) {
            String address = DeviceFacts.address(pci).toString();
            if (!address.equals(pci.getSysfsName())) {
                report.error(ModelProblem.PCI_ADDRESS_MISMATCH, device, PKG.getDevice_SysfsName(),
                        "PCI " + of(device) + " has domain/bus/slot/function " + address
                                + " but kernel name " + pci.getSysfsName()
                                + ": the kernel names PCI devices by their address; make the two agree.");
            }
        }
        Map<Integer, Region> regions = new HashMap<>();
        for (Region region : device.getRegions()) {
            Region first = regions.putIfAbsent(region.getIndex(), region);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_REGION_INDEX, region, PKG.getRegion_Index(),
                        "Regions " + first.getName() + " and " + region.getName() + " of " + of(device)
                                + " share index " + region.getIndex()
                                + ": VFIO numbers regions uniquely; give each its own index.", first);
            }
        }
        Map<Integer, Interrupt> interrupts = new HashMap<>();
        for (Interrupt interrupt : device.getInterrupts()) {
            Interrupt first = interrupts.putIfAbsent(interrupt.getIndex(), interrupt);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_INTERRUPT_INDEX, interrupt, PKG.getInterrupt_Index(),
                        "Two interrupts of " + of(device) + " share index " + interrupt.getIndex()
                                + ": VFIO numbers IRQ indexes uniquely; give each its own index.", first);
            }
        }
        IommuGroup group = device.getIommuGroup();
        if (group != null && !group.getDevices().contains(device)) {
            report.error(ModelProblem.GROUP_MEMBERSHIP, device, PKG.getDevice_IommuGroup(),
                    "The " + of(device) + " names " + of(group) + " as its group, but the group does not list it: "
                            + "add the device to the group's devices, or correct the device's group.", group);
        }
    }

    private void validateGroup(IommuGroup group, Report report) {
        for (Device member : group.getDevices()) {
            if (member.getIommuGroup() != group) {
                IommuGroup named = member.getIommuGroup();
                report.error(ModelProblem.GROUP_MEMBERSHIP, group, PKG.getIommuGroup_Devices(),
                        of(group) + " lists " + of(member) + ", but the device names "
                                + (named == null ? "no group" : of(named))
                                + ": remove it from this group, or set the device's group to " + group.getId() + ".",
                        member);
            }
        }
    }

    // ---------------------------------------------------------------- regions

    private void validateRegion(Region region, Report report) {
        if (region.getSize() <= 0) {
            report.error(ModelProblem.NON_POSITIVE_SIZE, region, PKG.getRegion_Size(),
                    "The " + of(region) + " has size " + region.getSize()
                            + ": a region's size must be positive; drop regions the device does not implement.");
            return;
        }
        if (region.isMmappable()) {
            validateMmap(region, report);
        }
        for (SparseArea area : region.getSparseAreas()) {
            if (area.getSize() <= 0 || area.getOffset() < 0 || area.getOffset() + area.getSize() > region.getSize()) {
                report.error(ModelProblem.SPARSE_AREA_OUTSIDE, area, PKG.getSparseArea_Offset(),
                        "A sparse mmap area at offset " + hex(area.getOffset()) + " size " + area.getSize() + " of the "
                                + of(region) + " is empty or lies outside the region's " + size(region.getSize())
                                + ": keep each area inside the region.");
            }
        }
        for (Register register : region.getRegisters()) {
            int width = register.getWidth();
            long bytes = width % 8 == 0 ? width / 8 : -1;
            if (RegionAccess.refusal(register.getOffset(), bytes, region.getSize()).isPresent()) {
                report.error(ModelProblem.REGISTER_OUTSIDE, register, PKG.getRegister_Offset(),
                        "Register " + register.getName() + " (" + width + "-bit at " + hex(register.getOffset()) + ") of the "
                                + of(region) + " must be 8, 16, 32 or 64 bits wide, aligned to its width, and inside the region's "
                                + size(region.getSize()) + ".");
            }
        }
    }

    private void validateMmap(Region region, Report report) {
        Mmap.refusal(AssignmentTerms.mmapFacts(region)).ifPresent(refusal -> {
            if (refusal == Mmap.Refusal.IO_PORT || refusal == Mmap.Refusal.CONFIG_SPACE) {
                report.error(ModelProblem.MMAP_PORT_IO, region, PKG.getRegion_Mmappable(),
                        "The " + of(region) + " cannot be mmapped: " + refusal.why() + ". Clear 'mmappable'; "
                                + "access it with read/write on the device fd.");
                return;
            }
            report.error(ModelProblem.MMAP_MISALIGNED, region, PKG.getRegion_Mmappable(),
                    "The " + of(region) + " is marked mmappable but " + AssignmentTerms.explain(region, refusal)
                            + ": the kernel will not offer mmap for it. Clear 'mmappable' and use read/write access, "
                            + "or fix the base and size.");
        });
    }

    // ---------------------------------------------------------------- interrupts

    private void validateInterrupt(Interrupt interrupt, Report report) {
        if (interrupt.getCount() < 0 || (interrupt.getKind() == InterruptKind.INTX && interrupt.getCount() > 1)) {
            report.error(ModelProblem.INTERRUPT_COUNT, interrupt, PKG.getInterrupt_Count(),
                    "The " + of(interrupt) + " has count " + interrupt.getCount()
                            + ": counts are never negative and INTx has at most one vector; use the count VFIO reports.");
        }
    }

    // ---------------------------------------------------------------- assignments

    private void validateConfig(AssignmentConfig config, Report report) {
        Map<String, Consumer> names = new HashMap<>();
        for (Consumer consumer : config.getConsumers()) {
            Consumer first = consumer.getName() == null ? null : names.putIfAbsent(consumer.getName(), consumer);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_NAME, consumer, PKG.getNamedElement_Name(),
                        "Config " + config.getName() + " declares consumer '" + consumer.getName()
                                + "' twice: rename one of them.", first);
            }
        }
    }

    private void validateAssignment(Assignment assignment, Report report) {
        if ((assignment.getDevice() == null) == (assignment.getGroup() == null)) {
            report.error(ModelProblem.ASSIGNMENT_TARGET, assignment, PKG.getAssignment_Device(),
                    "An assignment to " + (assignment.getConsumer() == null ? "no consumer" : assignment.getConsumer().getName())
                            + " must name exactly one device or one IOMMU group, not "
                            + (assignment.getDevice() == null ? "neither" : "both") + ".");
            return;
        }
        if (assignment.getConsumer() == null) {
            report.error(ModelProblem.ASSIGNMENT_CONSUMER, assignment, PKG.getAssignment_Consumer(),
                    "The " + of(assignment) + " names no consumer: say which VM guest, driver or probe gets it.");
        }
        Set<Device> assigned = AssignedDevices.of(assignment);
        for (RegionMapping mapping : assignment.getRegions()) {
            Region region = mapping.getRegion();
            if (region != null && !region.eIsProxy() && !assigned.contains(region.getDevice())) {
                report.error(ModelProblem.FOREIGN_REGION, mapping, PKG.getRegionMapping_Region(),
                        "The " + of(assignment) + " maps the " + of(region)
                                + ", which it does not assign: map only regions of the assigned device(s), or assign that device.");
            }
        }
        for (IrqBinding binding : assignment.getIrqs()) {
            Interrupt interrupt = binding.getInterrupt();
            if (interrupt != null && !interrupt.eIsProxy() && !assigned.contains(interrupt.getDevice())) {
                report.error(ModelProblem.FOREIGN_INTERRUPT, binding, PKG.getIrqBinding_Interrupt(),
                        "The " + of(assignment) + " binds the " + of(interrupt)
                                + ", which it does not assign: bind only interrupts of the assigned device(s).");
            }
        }
        validateDmaWindows(assignment, report);
    }

    private void validateDmaWindows(Assignment assignment, Report report) {
        long page = pageSize(assignment);
        List<DmaWindow> windows = assignment.getDmaWindows();
        for (int i = 0; i < windows.size(); i++) {
            DmaWindow window = windows.get(i);
            String name = window.getName() != null ? "DMA window " + window.getName() : "a DMA window at " + hex(window.getIova());
            if (window.getSize() <= 0) {
                report.error(ModelProblem.NON_POSITIVE_SIZE, window, PKG.getDmaWindow_Size(),
                        "In the " + of(assignment) + ", " + name + " has size " + window.getSize() + ": give it a positive size.");
                continue;
            }
            if (!DmaWindows.aligned(window.getIova(), window.getSize(), page)) {
                report.error(ModelProblem.DMA_WINDOW_MISALIGNED, window, PKG.getDmaWindow_Iova(),
                        "In the " + of(assignment) + ", " + name + " (iova " + hex(window.getIova()) + ", size "
                                + hex(window.getSize()) + ") is not aligned to the " + size(page)
                                + " page: the IOMMU maps whole pages; round iova down and size up.");
            }
            for (int j = 0; j < i; j++) {
                DmaWindow other = windows.get(j);
                if (DmaWindows.overlap(window.getIova(), window.getSize(), other.getIova(), other.getSize())) {
                    report.error(ModelProblem.DMA_WINDOW_OVERLAP, window, PKG.getDmaWindow_Iova(),
                            "In the " + of(assignment) + ", " + name + " overlaps the DMA window at " + hex(other.getIova())
                                    + ": IOVA ranges of one assignment must not overlap.", other);
                }
            }
        }
    }

    private void validateIrqBinding(IrqBinding binding, Report report) {
        Interrupt interrupt = binding.getInterrupt();
        if (interrupt == null || interrupt.eIsProxy()) {
            return;
        }
        if (!PciIrq.inRange(binding.getStart(), binding.getCount(), interrupt.getCount())) {
            report.error(ModelProblem.IRQ_RANGE, binding, PKG.getIrqBinding_Count(),
                    "The binding of vectors " + binding.getStart() + ".." + (binding.getStart() + binding.getCount() - 1)
                            + " of the " + of(interrupt) + " is out of range: the interrupt has "
                            + interrupt.getCount() + (interrupt.getCount() == 1 ? " vector" : " vectors")
                            + "; bind start 0 and a count of at most " + interrupt.getCount() + ".");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static long pageSize(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Board board) {
                return usablePageSize(board);
            }
            if (e instanceof AssignmentConfig config) {
                return usablePageSize(config.getBoard() != null ? config.getBoard() : config.getInlineBoard());
            }
        }
        return DEFAULT_PAGE_SIZE;
    }

    /** A wrong page size is reported once, on the board; elsewhere the common page size stands in. */
    private static long usablePageSize(Board board) {
        return Mmap.usablePage(board == null ? 0 : board.getPageSize());
    }

    /** Collects diagnostics for one element; data is the element, the feature, then related elements. */
    private static final class Report {
        private final DiagnosticChain chain;
        private boolean ok = true;

        Report(DiagnosticChain chain) {
            this.chain = chain;
        }

        void error(ModelProblem problem, EObject element, EStructuralFeature feature, String message, Object... related) {
            ok = false;
            if (chain == null) {
                return;
            }
            Object[] data = new Object[2 + related.length];
            data[0] = element;
            data[1] = feature;
            System.arraycopy(related, 0, data, 2, related.length);
            chain.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, problem.code(), message, data));
        }
    }
}
