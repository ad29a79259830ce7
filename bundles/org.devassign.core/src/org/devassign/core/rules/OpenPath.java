package org.devassign.core.rules;

import java.util.Optional;

/**
 * How a device is opened: through its IOMMU group and a container ({@code /dev/vfio/N}, every kernel
 * with VFIO), through its character device and iommufd ({@code /dev/vfio/devices/vfioX}, kernels
 * with CONFIG_VFIO_DEVICE_CDEV), or the best the kernel offers.
 */
public enum OpenPath {
    AUTO("auto"),
    GROUP("group"),
    CDEV("cdev");

    private final String keyword;

    OpenPath(String keyword) {
        this.keyword = keyword;
    }

    /** The word a config and the protocol use. */
    public String keyword() {
        return keyword;
    }

    public static Optional<OpenPath> ofKeyword(String keyword) {
        for (OpenPath path : values()) {
            if (path.keyword.equals(keyword)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /**
     * The path actually taken on a kernel: AUTO is cdev where the kernel offers it, else group.
     * Empty when CDEV is asked of a kernel without it ({@link #CDEV_UNAVAILABLE} says why).
     */
    public Optional<OpenPath> resolve(boolean cdevAvailable) {
        return switch (this) {
            case AUTO -> Optional.of(cdevAvailable ? CDEV : GROUP);
            case GROUP -> Optional.of(GROUP);
            case CDEV -> cdevAvailable ? Optional.of(CDEV) : Optional.empty();
        };
    }

    /** Why CDEV cannot be resolved, and what to do. */
    public static final String CDEV_UNAVAILABLE = "the kernel lacks vfio-cdev (CONFIG_VFIO_DEVICE_CDEV with iommufd):"
            + " use 'open group' (or 'open auto'), or a kernel built with it";

    @Override
    public String toString() {
        return keyword;
    }
}
