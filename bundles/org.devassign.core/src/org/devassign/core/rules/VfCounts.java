package org.devassign.core.rules;

import java.util.Optional;

/**
 * The kernel's rules for the number of virtual functions a physical function has
 * ({@code sriov_numvfs_store} in drivers/pci/pci-sysfs.c): the PF's driver creates them, so a PF
 * without a driver gets none; a count is at most {@code sriov_totalvfs}; and a nonzero count changes
 * only through 0 (writing 3 while 2 are enabled is refused with EBUSY), which removes every VF
 * there is. The language's validator and the agent judge VF counts here.
 */
public final class VfCounts {

    /** What changing a PF from one VF count to another takes. */
    public enum Change {
        /** The count is already as wanted. */
        NONE,
        /** No VFs now: write the count. */
        CREATE,
        /** Another nonzero count now: only through 0, which removes the VFs there are. */
        THROUGH_ZERO,
        /** Back to no VFs. */
        REMOVE;

        public static Change of(int current, int wanted) {
            if (current == wanted) {
                return NONE;
            }
            if (wanted == 0) {
                return REMOVE;
            }
            return current == 0 ? CREATE : THROUGH_ZERO;
        }
    }

    /** Why the kernel refuses to change a nonzero count directly, for messages. */
    public static final String THROUGH_ZERO_RULE = "the kernel changes a VF count only through 0 (sriov_numvfs refuses a new count"
            + " while VFs are enabled), which removes the VFs there are";

    /** Why a PF needs its host driver, for messages. */
    public static final String DRIVER_RULE = "the PF's own driver creates its VFs (the kernel refuses sriov_numvfs on a PF with no"
            + " driver), so the PF stays on it";

    private VfCounts() {
    }

    /** Why {@code wanted} VFs cannot be asked of a PF that can have {@code totalVfs}; empty when they can. */
    public static Optional<String> refusal(int wanted, int totalVfs) {
        if (wanted < 1) {
            return Optional.of("a VF count is at least 1 (" + wanted + " creates nothing)");
        }
        if (wanted > totalVfs) {
            return Optional.of(wanted + " VFs are more than the PF can have (sriov_totalvfs " + totalVfs + ")");
        }
        return Optional.empty();
    }

    /** Why VF {@code index} cannot be used when {@code count} VFs are created; empty when it can (0 to count - 1). */
    public static Optional<String> indexRefusal(int index, int count) {
        if (index < 0) {
            return Optional.of("VF " + index + " is no VF number: they count from 0");
        }
        if (count <= 0) {
            return Optional.of("VF " + index + " does not exist: the PF has no VFs");
        }
        if (index >= count) {
            return Optional.of("VF " + index + " is not among the " + count + " VFs created (VF 0 to " + (count - 1) + ")");
        }
        return Optional.empty();
    }
}
