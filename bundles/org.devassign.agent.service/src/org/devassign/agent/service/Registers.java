package org.devassign.agent.service;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RegisterValue;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.DeviceHandle;
import org.devassign.core.rules.RegionAccess;

/**
 * Register reads and writes on the devices the agent holds open. The access is checked before it
 * reaches the device with the core's rule ({@link RegionAccess}: width 1, 2, 4 or 8, aligned, the
 * whole access inside the region, without overflow).
 */
final class Registers {

    private final Holdings holdings;

    Registers(Holdings holdings) {
        this.holdings = holdings;
    }

    RegisterValue access(RegisterAccess access, boolean write) throws AgentException {
        if (access == null || access.device() == null) {
            throw AgentException.of(ErrorCode.INVALID_PARAMS, "a register access needs device, region, offset and width");
        }
        if (!RegionAccess.validWidth(access.width())) {
            throw new AgentException(ErrorCode.BAD_ACCESS, "width " + access.width() + " is not 1, 2, 4 or 8 bytes", access.device(), null, null);
        }
        DeviceHandle handle = holdings.handle(access.device());
        try {
            long size = handle.regionSize(access.region());
            String refusal = RegionAccess.refusal(access.offset(), access.width(), size).orElse(null);
            if (refusal != null) {
                throw new AgentException(ErrorCode.BAD_ACCESS, "region " + access.region() + ": " + refusal, access.device(), null, null);
            }
            long t0 = System.nanoTime();
            long value;
            if (write) {
                handle.write(access.region(), access.offset(), access.width(), access.value());
                value = access.value();
            } else {
                value = handle.read(access.region(), access.offset(), access.width());
            }
            return new RegisterValue(access.device(), access.region(), access.offset(), access.width(), value, (System.nanoTime() - t0) / 1e3);
        } catch (BackendException e) {
            throw AgentException.of(e, null);
        }
    }
}
