package org.devassign.model.validation;

import static org.devassign.model.naming.Labels.hex;
import static org.devassign.model.naming.Labels.of;
import static org.devassign.model.naming.Labels.size;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.core.rules.DmaWindows;
import org.devassign.core.rules.Mmap;
import org.devassign.core.rules.PciIrq;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.DmaWindow;
import org.devassign.model.Interrupt;
import org.devassign.model.IrqBinding;
import org.devassign.model.Region;
import org.devassign.model.RegionMapping;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.facts.SriovFacts;

/**
 * What an assignment states, judged within itself: unique consumers, one target and a consumer,
 * regions and interrupts of the assigned devices only, vector ranges that exist ({@link PciIrq#inRange}),
 * DMA windows page aligned and apart ({@link DmaWindows}). What needs the workspace or the board's
 * other devices is the language's validation.
 */
final class AssignmentInvariants {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    private AssignmentInvariants() {
    }

    static void validateConfig(AssignmentConfig config, Report report) {
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

    static void validateAssignment(Assignment assignment, Report report) {
        List<String> targets = targets(assignment);
        if (targets.size() != 1) {
            report.error(ModelProblem.ASSIGNMENT_TARGET, assignment, PKG.getAssignment_Device(),
                    "An assignment to " + (assignment.getConsumer() == null ? "no consumer" : assignment.getConsumer().getName())
                            + " must name exactly one device, one IOMMU group or VFs of one physical function, not "
                            + (targets.isEmpty() ? "neither" : (targets.size() == 2 ? "both " : "all of ") + String.join(" and ", targets)) + ".");
            return;
        }
        if (SriovFacts.isVfAssignment(assignment) && !SriovInvariants.validateVfAssignment(assignment, report)) {
            return;
        }
        if (assignment.getConsumer() == null) {
            report.error(ModelProblem.ASSIGNMENT_CONSUMER, assignment, PKG.getAssignment_Consumer(),
                    "The " + of(assignment) + " names no consumer: say which VM guest, driver or probe gets it.");
        }
        Set<Device> assigned = AssignedDevices.of(assignment);
        for (RegionMapping mapping : assignment.getRegions()) {
            Region region = mapping.getRegion();
            if (region != null && !region.eIsProxy() && !assigned.contains(region.getDevice()) && !isVfBarOf(region, assignment)) {
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

    /** What the assignment names as its target, in words; one word list is made per assignment, so the usual one is shared. */
    private static List<String> targets(Assignment assignment) {
        boolean device = assignment.getDevice() != null;
        boolean group = assignment.getGroup() != null;
        boolean vfs = assignment.getPhysicalFunction() != null;
        if (device && !group && !vfs) {
            return A_DEVICE;
        }
        List<String> targets = new ArrayList<>();
        if (device) {
            targets.add("a device");
        }
        if (group) {
            targets.add("a group");
        }
        if (vfs) {
            targets.add("VFs");
        }
        return targets;
    }

    private static final List<String> A_DEVICE = List.of("a device");

    /** A VF BAR of the PF whose VFs the assignment takes: the same BAR of each of them. */
    private static boolean isVfBarOf(Region region, Assignment assignment) {
        return SriovFacts.isVfBar(region) && SriovFacts.ownerOf(region) == assignment.getPhysicalFunction();
    }

    private static void validateDmaWindows(Assignment assignment, Report report) {
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

    static void validateIrqBinding(IrqBinding binding, Report report) {
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

    /** The page of the config's board; a wrong page size is reported once, on the board, and 4 KiB stands in here. */
    private static long pageSize(Assignment assignment) {
        AssignmentConfig config = assignment.eContainer() instanceof AssignmentConfig c ? c : null;
        Board board = config == null ? null : config.getBoard() != null ? config.getBoard() : config.getInlineBoard();
        return Mmap.usablePage(board == null ? 0 : board.getPageSize());
    }
}
