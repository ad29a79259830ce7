package org.devassign.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * QEMU's edu device as its specification describes it (QEMU's docs/specs/edu.rst): what a test
 * expects an edu to answer, written once from that documentation and never from a simulator's code.
 * The virtual-board checks (releng/vm-tests' BoardChecks, VmDeployTest, VmDeployUiTest) hold the
 * real QEMU device to these expectations, so a test that holds the simulated board to them too
 * compares the simulator with QEMU instead of with itself. Register offsets come from the board
 * model ({@link ExampleBoards#register}), not from here.
 */
public final class QemuEdu {

    /** PCI vendor and device ID (edu.rst: "1234:11e8"). */
    public static final int VENDOR_ID = 0x1234;
    public static final int DEVICE_ID = 0x11e8;

    /** The identification register: 0xRRrr00ed with major version RR = 1 and minor version rr = 0. */
    public static final long ID = identification(1, 0);

    private QemuEdu() {
    }

    /** edu.rst, register 0x00 (RO): "identification (0xRRrr00ed)", RR the major and rr the minor version. */
    public static long identification(int major, int minor) {
        return (long) (major & 0xff) << 24 | (long) (minor & 0xff) << 16 | 0xed;
    }

    /** edu.rst, register 0x04 (RW), "card liveness check": it reads back "a simple value inversion (~ C operator)", 32 bits. */
    public static long liveness(long written) {
        return ~written & 0xffff_ffffL;
    }

    /** edu.rst, register 0x08 (RW): "factorial of it is put back here", in the register's 32 bits. */
    public static long factorial(int n) {
        long result = 1;
        for (int i = 2; i <= n; i++) {
            result = result * i & 0xffff_ffffL;
        }
        return result;
    }

    /**
     * A value to write to the liveness register: new each run (no expected value is a constant),
     * with bit 31 clear so that the answer has it set and a read path that sign-extends shows.
     */
    public static long livenessProbe() {
        return ThreadLocalRandom.current().nextLong(1, 0x8000_0000L);
    }
}
