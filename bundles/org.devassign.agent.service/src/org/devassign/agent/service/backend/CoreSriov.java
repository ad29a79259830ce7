package org.devassign.agent.service.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.binding.SysfsWriter;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.Printable;
import org.devassign.core.sysfs.SriovAttributes;
import org.devassign.core.sysfs.SysfsDevices;

/**
 * SR-IOV on the real kernel (drivers/pci/iov.c): VFs are created by writing a count to the PF's
 * sriov_numvfs (the PF's driver does it, so the PF must have one and keeps it) and removed by writing
 * 0; the kernel changes a nonzero count only through 0. Host drivers are kept off new VFs by
 * sriov_drivers_autoprobe 0, written before the VFs appear and set back when they are removed, so no
 * host driver claims a VF between its creation and its bind to vfio-pci, or after its restore.
 */
final class CoreSriov {

    private final SysfsDevices devices;
    private final SysfsWriter writer;

    CoreSriov(SysfsDevices devices, SysfsWriter writer) {
        this.devices = devices;
        this.writer = writer;
    }

    Optional<SriovState> state(DeviceId device) {
        return devices.sriov(device).map(a -> new SriovState(device, a.totalVfs(), a.numVfs(), a.driversAutoprobe(),
                a.layout((PciAddress) device)));
    }

    void create(DeviceId pf, int count) throws BackendException {
        SriovState state = require(pf, ErrorCode.BIND_FAILED);
        if (state.numVfs() == count) {
            return;
        }
        if (state.numVfs() != 0) {
            throw new BackendException(ErrorCode.BIND_FAILED, pf, pf + " has " + state.numVfs() + " VFs already, not from this agent: the"
                    + " kernel changes the count only from 0. Remove them first (write 0 to its sriov_numvfs) or ask for " + state.numVfs(), null);
        }
        if (count < 1 || count > state.totalVfs()) {
            throw new BackendException(ErrorCode.BIND_FAILED, pf, pf + " can have 1 to " + state.totalVfs() + " VFs, not " + count, null);
        }
        if (devices.driver(pf) == null) {
            throw new BackendException(ErrorCode.BIND_FAILED, pf, pf + " has no driver: the kernel creates VFs only through the PF's"
                    + " driver. Bind it to its host driver first", null);
        }
        Path dir = devices.directory(pf);
        try {
            if (state.autoprobe()) {
                writer.write(dir.resolve(SriovAttributes.AUTOPROBE), "0");
            }
            writer.write(dir.resolve(SriovAttributes.NUM_VFS), Integer.toString(count));
        } catch (IOException e) {
            undo(pf, state.autoprobe());
            throw new BackendException(ErrorCode.BIND_FAILED, pf, "the kernel did not create " + count + " VFs on " + pf,
                    Printable.escape(String.valueOf(e.getMessage())), e);
        }
        int made = devices.virtualFunctions(pf).size();
        if (made != count) {
            undo(pf, state.autoprobe());
            throw new BackendException(ErrorCode.BIND_FAILED, pf, "the kernel accepted " + count + " VFs on " + pf + " but shows " + made, null);
        }
    }

    void remove(DeviceId pf, boolean autoprobe) throws BackendException {
        SriovState state = require(pf, ErrorCode.RESTORE_FAILED);
        Path dir = devices.directory(pf);
        try {
            if (state.numVfs() != 0) {
                writer.write(dir.resolve(SriovAttributes.NUM_VFS), "0");
            }
            if (autoprobe != state.autoprobe()) {
                writer.write(dir.resolve(SriovAttributes.AUTOPROBE), autoprobe ? "1" : "0");
            }
        } catch (IOException e) {
            throw new BackendException(ErrorCode.RESTORE_FAILED, pf, "the kernel did not remove the VFs of " + pf,
                    Printable.escape(String.valueOf(e.getMessage())), e);
        }
        if (!devices.virtualFunctions(pf).isEmpty()) {
            throw new BackendException(ErrorCode.RESTORE_FAILED, pf, pf + " still shows VFs after writing 0 to its sriov_numvfs", null);
        }
    }

    private SriovState require(DeviceId pf, ErrorCode code) throws BackendException {
        if (!devices.exists(pf)) {
            throw new BackendException(ErrorCode.UNKNOWN_DEVICE, pf, "there is no device " + pf + " on this board", null);
        }
        return state(pf).orElseThrow(() -> new BackendException(code, pf, pf + " is no SR-IOV physical function (it has no "
                + SriovAttributes.TOTAL_VFS + ")", null));
    }

    /** After a failed creation: no VFs, autoprobe as it was; what fails here is already part of the failure reported. */
    private void undo(DeviceId pf, boolean autoprobe) {
        try {
            remove(pf, autoprobe);
        } catch (BackendException e) {
            CoreBackend.LOG.log(System.Logger.Level.ERROR, "cannot undo the VFs of " + pf + ": " + e.getMessage());
        }
    }
}
