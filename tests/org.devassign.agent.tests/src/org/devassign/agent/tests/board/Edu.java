package org.devassign.agent.tests.board;

import org.devassign.agent.AgentException;
import org.devassign.agent.vfio.DmaBuffer;
import org.devassign.agent.vfio.IrqEventfd;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.VfioIoctls;

/** The QEMU edu device's registers (BAR0) and what vmboard's C self-test does with them. */
final class Edu {

    static final int ID = 0x00;
    static final int LIVENESS = 0x04;
    static final int FACTORIAL = 0x08;
    static final int STATUS = 0x20;
    static final int IRQ_STATUS = 0x24;
    static final int IRQ_RAISE = 0x60;
    static final int IRQ_ACK = 0x64;
    static final int DMA_SRC = 0x80;
    static final int DMA_DST = 0x88;
    static final int DMA_CNT = 0x90;
    static final int DMA_CMD = 0x98;
    static final long DMA_BUF = 0x40000;

    private Edu() {
    }

    /** Memory space + bus master in the command register (config region): DMA and MSI need them. */
    static int enable(OpenedDevice d) throws AgentException {
        int cfg = VfioIoctls.PCI_CONFIG_REGION_INDEX;
        long cmd = d.read(cfg, 4, 2);
        d.write(cfg, 4, 2, cmd | 0x6);
        return (int) d.read(cfg, 4, 2);
    }

    static long factorial(OpenedDevice d, int n) throws AgentException, InterruptedException {
        d.write(0, FACTORIAL, 4, n);
        for (int i = 0; i < 100000 && (d.read(0, STATUS, 4) & 1) != 0; i++) {
            Thread.onSpinWait();
        }
        return d.read(0, FACTORIAL, 4);
    }

    /** Raises the interrupt three times; returns how many times the eventfd fired. */
    static int irqs(OpenedDevice d, int index) throws AgentException {
        int got = 0;
        try (IrqEventfd irq = d.enableIrq(index)) {
            for (int k = 0; k < 3; k++) {
                d.write(0, IRQ_RAISE, 4, 0x1000L << k);
                boolean fired = irq.await(3000);
                d.write(0, IRQ_ACK, 4, d.read(0, IRQ_STATUS, 4));
                if (d.irq(index).automasked()) {
                    irq.unmask();
                }
                if (fired) {
                    got++;
                }
            }
            if (irq.count() != got) {
                return -1;
            }
        }
        return got;
    }

    /** RAM(iova) -> edu buffer -> RAM(iova + 0x1000), 256 bytes; true when they match. */
    static boolean dmaRoundTrip(OpenedDevice d, long iova) throws AgentException, InterruptedException {
        try (DmaBuffer buf = d.mapDma(iova, 0x2000)) {
            var m = buf.memory();
            for (int i = 0; i < 256; i++) {
                m.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, (byte) (i ^ 0x5a));
                m.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 0x1000 + i, (byte) 0);
            }
            d.write(0, DMA_SRC, 8, iova);
            d.write(0, DMA_DST, 8, DMA_BUF);
            d.write(0, DMA_CNT, 8, 256);
            d.write(0, DMA_CMD, 8, 1);
            waitDma(d);
            d.write(0, DMA_SRC, 8, DMA_BUF);
            d.write(0, DMA_DST, 8, iova + 0x1000);
            d.write(0, DMA_CNT, 8, 256);
            d.write(0, DMA_CMD, 8, 1 | 2);
            waitDma(d);
            return m.asSlice(0, 256).mismatch(m.asSlice(0x1000, 256)) == -1;
        }
    }

    private static void waitDma(OpenedDevice d) throws AgentException, InterruptedException {
        for (int i = 0; i < 2000 && (d.read(0, DMA_CMD, 8) & 1) != 0; i++) {
            Thread.sleep(1);
        }
    }
}
