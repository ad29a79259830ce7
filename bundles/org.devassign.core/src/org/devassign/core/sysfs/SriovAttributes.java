package org.devassign.core.sysfs;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.SriovLayout;

/**
 * A physical function's SR-IOV state as its sysfs attributes say it (drivers/pci/iov.c): how many VFs
 * it can have ({@code sriov_totalvfs}, which the PF's driver may lower below the capability's
 * TotalVFs), how many are enabled ({@code sriov_numvfs}), where they are ({@code sriov_offset},
 * {@code sriov_stride}), their device ID ({@code sriov_vf_device}), and whether new VFs are probed
 * by host drivers ({@code sriov_drivers_autoprobe}). Read by discovery and by the agent through
 * this one reader; values outside what the capability's 16-bit fields can hold are warned and the
 * function is taken as no PF.
 *
 * @param vfDeviceId the VFs' PCI device ID, -1 when the kernel does not say (before Linux 5.8)
 */
public record SriovAttributes(int totalVfs, int numVfs, int offset, int stride, int vfDeviceId, boolean driversAutoprobe) {

    /** The attribute whose presence makes a function an SR-IOV physical function. */
    public static final String TOTAL_VFS = "sriov_totalvfs";
    public static final String NUM_VFS = "sriov_numvfs";
    public static final String AUTOPROBE = "sriov_drivers_autoprobe";

    /** Where the PF at {@code pf} has its VFs. */
    public SriovLayout layout(PciAddress pf) {
        return new SriovLayout(pf, offset, stride);
    }

    /**
     * The SR-IOV attributes of the function in {@code dir}; empty when it has none (no PF), or when
     * one of them is missing or out of range (warned through the reader).
     */
    public static Optional<SriovAttributes> read(SysfsReader reader, Path dir) {
        Path total = dir.resolve(TOTAL_VFS);
        if (!Files.exists(total, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        long totalVfs = reader.decimal(total, true, -1);
        long numVfs = reader.decimal(dir.resolve(NUM_VFS), true, -1);
        long offset = reader.decimal(dir.resolve("sriov_offset"), true, -1);
        long stride = reader.decimal(dir.resolve("sriov_stride"), true, -1);
        long vfDevice = Files.exists(dir.resolve("sriov_vf_device")) ? reader.hex(dir.resolve("sriov_vf_device"), false) : -1;
        long autoprobe = reader.decimal(dir.resolve(AUTOPROBE), false, 1);
        if (!inRange(totalVfs) || !inRange(numVfs) || numVfs > totalVfs || !inRange(offset) || !inRange(stride)
                || vfDevice > 0xffff || autoprobe != 0 && autoprobe != 1) {
            reader.warn(dir, "has SR-IOV attributes that no SR-IOV capability can hold (total " + totalVfs + ", enabled " + numVfs
                    + ", offset " + offset + ", stride " + stride + ", VF device " + vfDevice + ", autoprobe " + autoprobe
                    + "): its virtual functions are left out");
            return Optional.empty();
        }
        return Optional.of(new SriovAttributes((int) totalVfs, (int) numVfs, (int) offset, (int) stride, (int) vfDevice, autoprobe == 1));
    }

    private static boolean inRange(long value) {
        return value >= 0 && value <= SriovLayout.MAX_VFS;
    }
}
