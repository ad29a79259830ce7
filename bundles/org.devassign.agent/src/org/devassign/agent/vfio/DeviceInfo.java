package org.devassign.agent.vfio;

import static org.devassign.agent.vfio.VfioIoctls.DEVICE_FLAGS_PCI;
import static org.devassign.agent.vfio.VfioIoctls.DEVICE_FLAGS_PLATFORM;
import static org.devassign.agent.vfio.VfioIoctls.DEVICE_FLAGS_RESET;

/** VFIO_DEVICE_GET_INFO as the kernel reported it. */
public record DeviceInfo(int flags, int numRegions, int numIrqs) {

    public boolean isPci() {
        return (flags & DEVICE_FLAGS_PCI) != 0;
    }

    public boolean isPlatform() {
        return (flags & DEVICE_FLAGS_PLATFORM) != 0;
    }

    public boolean resetSupported() {
        return (flags & DEVICE_FLAGS_RESET) != 0;
    }

    /** "RESET|PCI" */
    public String flagNames() {
        return Flags.names(flags, "RESET", "PCI", "PLATFORM", "AMBA", "CCW", "AP", "FSL_MC", "CAPS", "CDX");
    }
}
