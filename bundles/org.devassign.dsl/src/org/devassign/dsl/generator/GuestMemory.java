package org.devassign.dsl.generator;

import org.devassign.model.VmGuest;

/**
 * A VM guest's memory as the generators write it (QEMU's {@code -m} in MiB, libvirt's
 * {@code <memory unit='KiB'>}). A generator runs on a config without errors, and the model's
 * validation refuses a guest without memory, with none or a negative amount, or with an amount that
 * is no whole MiB: such a guest reaching a generator is a bug of the caller, so the generator stops
 * with an internal error naming the guest rather than write an amount nobody asked for.
 */
final class GuestMemory {

    private GuestMemory() {
    }

    /**
     * The guest's memory in bytes: stated, positive, whole MiB.
     *
     * @throws IllegalStateException when it is not, naming the guest and the generator ({@code what})
     */
    static long of(VmGuest vm, String what) {
        long bytes = vm.getMemorySize();
        if (!vm.isSetMemorySize() || bytes <= 0 || bytes % (1L << 20) != 0) {
            throw new IllegalStateException("internal error: " + what + " was given VM guest " + vm.getName() + " with "
                    + (vm.isSetMemorySize() ? bytes + " bytes of memory" : "no memory") + ", which validation refuses; a config is"
                    + " validated before anything is generated from it ('devassign validate' says what to fix). Please report this.");
        }
        return bytes;
    }
}
