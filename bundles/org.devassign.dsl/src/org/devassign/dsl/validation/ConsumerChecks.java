package org.devassign.dsl.validation;

import static org.devassign.model.naming.Labels.of;
import static org.devassign.model.naming.Labels.size;

import java.util.LinkedHashMap;
import java.util.Map;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.DmaWindow;
import org.devassign.model.Interrupt;
import org.devassign.model.IrqBinding;
import org.devassign.model.VmGuest;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * What each consumer of a config needs from the host: the memory it pins (guest RAM and DMA
 * windows) within its memlock limit, or a stated limit when the usual default is too small; and
 * what a VM guest takes: the device, never DMA windows or interrupt bindings, which QEMU sets up
 * itself as the guest's driver asks. A consumer's own settings (memory, ids, socket path, tool
 * versions) are the model's invariants.
 */
public class ConsumerChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;
    /** Debian's default RLIMIT_MEMLOCK (8 MiB): what a consumer gets when the config states none. */
    public static final long DEFAULT_MEMLOCK = 8L << 20;

    @Check
    public void checkMemlock(AssignmentConfig config) {
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
                    ? amount(vm.getMemorySize()) + " of guest RAM" + (entry.getValue() > 0 ? " + " + amount(entry.getValue()) + " of DMA windows" : "")
                    : amount(entry.getValue()) + " of DMA windows";
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

    @Check
    public void checkVmAssignment(Assignment assignment) {
        if (!(assignment.getConsumer() instanceof VmGuest vm)) {
            return;
        }
        for (DmaWindow window : assignment.getDmaWindows()) {
            error("The " + of(assignment) + " states " + DmaChecks.window(window) + ", but VM guest " + vm.getName()
                    + " is a VM: QEMU maps the guest's RAM for the device itself, wherever the guest's driver asks. Remove the 'dma' line.",
                    window, PKG.getDmaWindow_Iova(), IssueCodes.VM_DMA_OR_IRQ, vm.getName());
        }
        for (IrqBinding binding : assignment.getIrqs()) {
            Interrupt interrupt = binding.getInterrupt();
            String what = interrupt == null || interrupt.eIsProxy() ? "an interrupt" : "the " + of(interrupt);
            error("The " + of(assignment) + " binds " + what + ", but VM guest " + vm.getName() + " is a VM: QEMU wires the device's"
                    + " interrupts to the guest itself, as the guest's driver enables them. Remove the 'irq' line.",
                    binding, PKG.getIrqBinding_Interrupt(), IssueCodes.VM_DMA_OR_IRQ, vm.getName());
        }
    }

    /** A memlock amount as one writes it in a config: whole GiB, else MiB rounded up (1025 MiB, not 1.0 GiB). */
    static String amount(long bytes) {
        long mib = 1L << 20;
        if (bytes < mib || bytes % (1L << 30) == 0) {
            return size(bytes);
        }
        return ((bytes + mib - 1) / mib) + " MiB";
    }
}
