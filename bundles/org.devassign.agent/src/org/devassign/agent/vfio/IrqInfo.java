package org.devassign.agent.vfio;

import static org.devassign.agent.vfio.VfioIoctls.IRQ_INFO_AUTOMASKED;
import static org.devassign.agent.vfio.VfioIoctls.IRQ_INFO_EVENTFD;
import static org.devassign.agent.vfio.VfioIoctls.IRQ_INFO_MASKABLE;
import static org.devassign.agent.vfio.VfioIoctls.IRQ_INFO_NORESIZE;

/** VFIO_DEVICE_GET_IRQ_INFO as the kernel reported it. */
public record IrqInfo(int index, int flags, int count) {

    public boolean eventfd() {
        return (flags & IRQ_INFO_EVENTFD) != 0;
    }

    public boolean maskable() {
        return (flags & IRQ_INFO_MASKABLE) != 0;
    }

    /** Level-triggered: the kernel masks it on delivery, the user unmasks it after handling. */
    public boolean automasked() {
        return (flags & IRQ_INFO_AUTOMASKED) != 0;
    }

    public boolean noresize() {
        return (flags & IRQ_INFO_NORESIZE) != 0;
    }

    public String flagNames() {
        return Flags.names(flags, "EVENTFD", "MASKABLE", "AUTOMASKED", "NORESIZE");
    }
}
