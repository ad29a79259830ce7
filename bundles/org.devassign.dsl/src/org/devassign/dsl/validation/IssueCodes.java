package org.devassign.dsl.validation;

/**
 * Stable codes of the language's problems, for quick fixes, JSON output and tests. The issue data
 * of each says what a fix needs (documented per code).
 */
public final class IssueCodes {

    private static final String P = "devassign.";

    /** data: suggested device names, closest first. */
    public static final String UNKNOWN_DEVICE = P + "unknown-device";
    /** data: the board's group numbers (for a board of many groups, the few nearest to the unknown one). */
    public static final String UNKNOWN_GROUP = P + "unknown-group";
    /** data: suggested region names. */
    public static final String UNKNOWN_REGION = P + "unknown-region";
    /** data: suggested interrupt names. */
    public static final String UNKNOWN_INTERRUPT = P + "unknown-interrupt";
    /** data: suggested consumer names. */
    public static final String UNKNOWN_CONSUMER = P + "unknown-consumer";
    /** data: the path as written, the absolute location looked at. */
    public static final String UNKNOWN_BOARD = P + "unknown-board";
    /** data: the file named by the import, the absolute location looked at. */
    public static final String UNKNOWN_IMPORT = P + "unknown-import";
    /** data: device name, the other consumer, the URI of the other assignment (fix: remove the duplicate). */
    public static final String ASSIGNED_TWICE = P + "assigned-twice";
    /** data: group number, then per companion: device name, host driver (fix: assign the whole group). */
    public static final String GROUP_INCOMPLETE = P + "group-incomplete";
    /** data: group number, then per protected companion: device name, protection literal (no fix: choose another device). */
    public static final String GROUP_PROTECTED = P + "group-protected";
    /** data: group number, companion device name (fix: assign the whole group). */
    public static final String GROUP_COMPANION_UNUSED = P + "group-companion-unused";
    /** data: group number, device name, the other consumer. */
    public static final String GROUP_SPLIT = P + "group-split";
    /** data: region name, reason (base|size|pio|config|kernel) (fix: remove the mapping). */
    public static final String REGION_NOT_MMAPPABLE = P + "region-not-mmappable";
    /** data: interrupt index (fix: bind 'masked'). */
    public static final String IRQ_NO_EVENTFD = P + "irq-no-eventfd";
    /** data: device name, the interrupt kinds bound (fix: remove one binding). */
    public static final String IRQ_INTX_AND_MSI = P + "irq-intx-and-msi";
    /** data: device name (fix: reset if-available, or a reset module). */
    public static final String RESET_UNAVAILABLE = P + "reset-unavailable";
    /** data: consumer name, pinned bytes, limit bytes (fix: raise memlock to the pinned amount). */
    public static final String MEMLOCK_EXCEEDED = P + "memlock-exceeded";
    /** data: consumer name, pinned bytes (fix: state memlock). */
    public static final String MEMLOCK_UNSTATED = P + "memlock-unstated";
    /** data: device name (fix: correct the device's kernel name in the board). */
    public static final String DEVICE_NAME = P + "device-name";
    /** data: device name, protection literal. */
    public static final String PROTECTED_DEVICE = P + "protected-device";
    /** data: device name (fix: mark the assignment force). */
    public static final String DEVICE_IN_USE = P + "device-in-use";
    /** data: board name (fix: open group). */
    public static final String CDEV_UNSUPPORTED = P + "cdev-unsupported";
    /** data: device name, the driver that fits (fix: use that driver). */
    public static final String DRIVER_MISMATCH = P + "driver-mismatch";
    /** data: consumer name (fix: assign the device to a vm, or to a user-space driver). */
    public static final String PLATFORM_TO_VM = P + "platform-to-vm";
    /** data: none (fix: add 'for "FILE.board"'). */
    public static final String NO_BOARD = P + "no-board";
    /** data: interrupt index (fix: bind 'eventfd'). */
    public static final String IRQ_NOT_MASKABLE = P + "irq-not-maskable";
    /** data: interrupt index (fix: remove one binding). */
    public static final String IRQ_BOUND_TWICE = P + "irq-bound-twice";
    /** data: group number (fix: remove the DMA windows). */
    public static final String DMA_NO_IOMMU = P + "dma-no-iommu";
    /** data: group number, then the ranges as start-last in hex. */
    public static final String DMA_OUTSIDE_IOVA = P + "dma-outside-iova";
    /** data: device name, mask bits. */
    public static final String DMA_ABOVE_MASK = P + "dma-above-mask";
    /** data: device name, group number (fix: assign the group or the devices behind the bridge). */
    public static final String BRIDGE_ASSIGNED = P + "bridge-assigned";
    /** data: consumer name, device name (fix: machine q35). */
    public static final String NO_PCI_IN_VM = P + "no-pci-in-vm";
    /** data: consumer name (fix: remove the line). */
    public static final String VM_DMA_OR_IRQ = P + "vm-dma-or-irq";
    /** data: the path as written (no fix: name an .assign file). */
    public static final String IMPORT_NOT_CONFIG = P + "import-not-config";
    /** data: the path as written, then the files of the cycle (fix: remove the import). */
    public static final String IMPORT_CYCLE = P + "import-cycle";
    /** data: the path as written (fix: remove the import). */
    public static final String IMPORT_TWICE = P + "import-twice";
    /** data: PF name, the count the assignment needs (fix: vfs PF count N). */
    public static final String VFS_NOT_CREATED = P + "vfs-not-created";
    /** data: PF name (fix: remove one line). */
    public static final String VFS_TWICE = P + "vfs-twice";
    /** data: PF name (no fix: a choice between the PF and its VFs). */
    public static final String PF_ASSIGNED = P + "pf-assigned";
    /** data: PF name (no fix: bind the PF on the board). */
    public static final String PF_WITHOUT_DRIVER = P + "pf-without-driver";
    /** data: PF name, the VFs enabled (fix: ask for that count). */
    public static final String VFS_ENABLED = P + "vfs-enabled";

    private IssueCodes() {
    }
}
