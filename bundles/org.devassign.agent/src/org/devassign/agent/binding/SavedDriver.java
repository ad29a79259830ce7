package org.devassign.agent.binding;

import org.devassign.core.identity.DeviceId;

/**
 * What a device was bound to before the agent bound it: the driver (null: none) and driver_override
 * (null: none). {@link DeviceBinder#restore(java.util.List)} puts it back.
 */
public record SavedDriver(DeviceId device, String driver, String driverOverride) {

    @Override
    public String toString() {
        return device + " (" + device.bus() + "): driver " + (driver == null ? "none" : driver) + ", driver_override "
                + (driverOverride == null ? "none" : driverOverride);
    }
}
