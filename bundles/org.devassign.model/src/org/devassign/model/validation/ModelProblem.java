package org.devassign.model.validation;

/**
 * The invariants the model alone can decide. The diagnostic code of each problem is
 * {@link #code()}; {@link #key()} is a stable string for quick fixes and JSON output.
 */
public enum ModelProblem {
    DUPLICATE_NAME,
    DUPLICATE_SYSFS_NAME,
    PCI_ADDRESS_MISMATCH,
    DUPLICATE_REGION_INDEX,
    DUPLICATE_INTERRUPT_INDEX,
    NON_POSITIVE_SIZE,
    MMAP_MISALIGNED,
    MMAP_PORT_IO,
    SPARSE_AREA_OUTSIDE,
    REGISTER_OUTSIDE,
    INTERRUPT_COUNT,
    GROUP_MEMBERSHIP,
    DUPLICATE_GROUP_ID,
    PAGE_SIZE,
    ASSIGNMENT_TARGET,
    ASSIGNMENT_CONSUMER,
    FOREIGN_REGION,
    FOREIGN_INTERRUPT,
    IRQ_RANGE,
    DMA_WINDOW_MISALIGNED,
    DMA_WINDOW_OVERLAP,
    VM_MEMORY,
    VM_VCPUS,
    TOOL_VERSION,
    UNIX_ID,
    SOCKET_PATH,
    SRIOV_FACTS,
    VF_LINK,
    VF_COUNT,
    VF_RANGE;

    /** The diagnostic code: never 0, which EMF reserves for "no code". */
    public int code() {
        return ordinal() + 1;
    }

    public String key() {
        return "model." + name().toLowerCase().replace('_', '-');
    }

    public static ModelProblem ofCode(int code) {
        ModelProblem[] all = values();
        return code >= 1 && code <= all.length ? all[code - 1] : null;
    }
}
