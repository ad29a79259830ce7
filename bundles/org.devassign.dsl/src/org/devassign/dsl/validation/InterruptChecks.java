package org.devassign.dsl.validation;

import static org.devassign.model.naming.Labels.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.core.rules.PciIrq;
import org.devassign.model.Assignment;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IrqBinding;
import org.devassign.model.IrqMode;
import org.devassign.model.facts.AssignmentTerms;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * The interrupts an assignment binds: one signalling kind per PCI function ({@link PciIrq#conflicting}:
 * INTx, MSI and MSI-X exclude each other), each interrupt's vectors bound once (by kind or by index:
 * {@code irq intx} and {@code irq 0} are one interrupt), and eventfd or masking only where VFIO
 * offers it. Vector ranges are the model's own check ({@link PciIrq#inRange}, in the model's validator).
 */
public class InterruptChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Check
    public void checkSignalling(Assignment assignment) {
        if (assignment.getIrqs().size() < 2) {
            return; // one binding is one kind
        }
        Map<Device, Set<InterruptKind>> kinds = new LinkedHashMap<>();
        for (IrqBinding binding : assignment.getIrqs()) {
            Interrupt interrupt = binding.getInterrupt();
            if (interrupt != null && !interrupt.eIsProxy() && interrupt.getDevice() != null) {
                kinds.computeIfAbsent(interrupt.getDevice(), d -> new LinkedHashSet<>()).add(interrupt.getKind());
            }
        }
        kinds.forEach((device, bound) -> {
            List<PciIrq> irqs = bound.stream().flatMap(kind -> AssignmentTerms.pciIrq(kind).stream()).toList();
            Set<PciIrq> conflicting = PciIrq.conflicting(irqs);
            if (!conflicting.isEmpty()) {
                error("The " + of(assignment) + " binds " + (conflicting.size() == 2 ? "both " : "") + labels(conflicting) + " of the "
                        + of(device) + ": a PCI function signals through one of them at a time, and VFIO refuses to enable the second."
                        + " Keep one binding.", assignment, PKG.getAssignment_Irqs(), IssueCodes.IRQ_INTX_AND_MSI, device.getName(),
                        String.join(",", bound.stream().map(InterruptKind::getLiteral).toList()));
            }
        });
    }

    /** One report per binding whose vectors an earlier binding of the same interrupt already holds. */
    @Check
    public void checkBoundOnce(Assignment assignment) {
        if (assignment.getIrqs().size() < 2) {
            return;
        }
        Map<Interrupt, List<IrqBinding>> byInterrupt = new LinkedHashMap<>();
        for (IrqBinding binding : assignment.getIrqs()) {
            Interrupt interrupt = binding.getInterrupt();
            if (interrupt == null || interrupt.eIsProxy()) {
                continue;
            }
            List<IrqBinding> earlier = byInterrupt.computeIfAbsent(interrupt, i -> new ArrayList<>(1));
            for (IrqBinding other : earlier) {
                if (overlap(binding, other)) {
                    boolean vectors = binding.getStart() != 0 || binding.getCount() != 1 || other.getStart() != 0 || other.getCount() != 1;
                    error("The " + of(interrupt) + " is bound twice in the " + of(assignment) + ": here ('" + mode(binding) + "'"
                            + (vectors ? ", vectors " + vectors(binding) : "") + ") and on line " + line(other) + " ('" + mode(other) + "'"
                            + (vectors ? ", vectors " + vectors(other) : "") + "). An interrupt is set up once: remove one of the bindings.",
                            binding, PKG.getIrqBinding_Interrupt(), IssueCodes.IRQ_BOUND_TWICE, Integer.toString(interrupt.getIndex()));
                    break;
                }
            }
            earlier.add(binding);
        }
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
        if (binding.getMode() == IrqMode.MASKED && !interrupt.isMaskable()) {
            boolean pci = AssignmentTerms.pciIrq(interrupt.getKind()).isPresent();
            error("The " + of(interrupt) + " cannot be masked: VFIO does not report MASKABLE for it"
                    + (pci ? " (vfio-pci masks INTx only)" : "") + ". Bind it 'eventfd', or leave it out.",
                    binding, PKG.getIrqBinding_Mode(), IssueCodes.IRQ_NOT_MASKABLE, Integer.toString(interrupt.getIndex()));
        }
    }

    private static boolean overlap(IrqBinding a, IrqBinding b) {
        long aLast = (long) a.getStart() + Math.max(1, a.getCount()) - 1;
        long bLast = (long) b.getStart() + Math.max(1, b.getCount()) - 1;
        return a.getStart() <= bLast && b.getStart() <= aLast;
    }

    private static String vectors(IrqBinding binding) {
        long last = (long) binding.getStart() + Math.max(1, binding.getCount()) - 1;
        return binding.getStart() == last ? Integer.toString(binding.getStart()) : binding.getStart() + ".." + last;
    }

    private static String mode(IrqBinding binding) {
        return binding.getMode() == null ? "eventfd" : binding.getMode().getLiteral();
    }

    private static int line(IrqBinding binding) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(binding);
        return node == null ? 0 : node.getStartLine();
    }

    /** "INTx and MSI", "INTx, MSI and MSI-X": in VFIO's index order. */
    private static String labels(Set<PciIrq> irqs) {
        List<String> labels = new ArrayList<>(irqs.stream().sorted().map(PciIrq::label).toList());
        String last = labels.remove(labels.size() - 1);
        return String.join(", ", labels) + " and " + last;
    }
}
