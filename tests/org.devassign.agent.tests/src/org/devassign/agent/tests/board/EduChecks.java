package org.devassign.agent.tests.board;

import org.devassign.agent.AgentException;
import org.devassign.agent.vfio.IrqInfo;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.VfioIoctls;
import org.devassign.agent.vfio.VfioOpener;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.testing.QemuEdu;

/**
 * The checks of one edu on vfio-pci through one open path (group or cdev), for {@link BoardChecks}:
 * what the kernel reports about the device against the board model (BAR0, IDs), and what the device
 * answers against QEMU's documentation of edu ({@link QemuEdu}: ID, liveness, factorial,
 * interrupts, DMA, reset). Split from BoardChecks so that each reads in one sitting.
 */
final class EduChecks {

    private final Report report;
    private final VfioOpener opener;

    EduChecks(Report report, VfioOpener opener) {
        this.report = report;
        this.opener = opener;
    }

    /** Opens {@code bdf} (bound to vfio-pci) through {@code path}; {@code model} is its device in the board model, {@code p} the check prefix. */
    void run(DeviceId bdf, Device model, OpenPath path, String p) throws Exception {
        int fdsBefore = BoardChecks.openFds();
        long t = System.nanoTime();
        try (OpenedDevice d = opener.open(bdf, path)) {
            report.check(p + "open", BoardChecks.same(d, path), String.format("%s through %s (%s, group %s) in %.1f ms", bdf,
                    d.openPath(), d.iommu(), d.group(), (System.nanoTime() - t) / 1e6));
            report.check(p + "device-info", d.info().isPci() && d.info().numRegions() >= 9,
                    "flags=" + d.info().flagNames() + " regions=" + d.info().numRegions() + " irqs=" + d.info().numIrqs());
            RegionInfo bar0 = d.region(0);
            Region modelBar0 = region(model, 0);
            report.check(p + "bar0-info", bar0.size() == modelBar0.getSize() && bar0.mmappable() == modelBar0.isMmappable()
                    && bar0.readable() && bar0.writable(), "size=0x" + Long.toHexString(bar0.size()) + " offset=0x"
                            + Long.toHexString(bar0.offset()) + " " + bar0.flagNames() + " sparse=" + bar0.sparseAreas()
                            + "; the board model: size 0x" + Long.toHexString(modelBar0.getSize()) + ", mmappable " + modelBar0.isMmappable());
            RegionInfo cfg = d.region(VfioIoctls.PCI_CONFIG_REGION_INDEX);
            long vid = d.read(VfioIoctls.PCI_CONFIG_REGION_INDEX, 0, 2);
            long did = d.read(VfioIoctls.PCI_CONFIG_REGION_INDEX, 2, 2);
            PciDevice pci = (PciDevice) model;
            report.check(p + "config-space", vid == pci.getVendorId() && did == pci.getDeviceId() && !cfg.mmappable(), String.format(
                    "vendor:device 0x%04x:0x%04x by pread (config region %s, size 0x%x); the board model: 0x%04x:0x%04x", vid, did,
                    cfg.flagNames(), cfg.size(), pci.getVendorId(), pci.getDeviceId()));
            int cmd = Edu.enable(d);
            report.check(p + "command", (cmd & 6) == 6, String.format("command register 0x%04x (memory, bus master)", cmd));
            for (IrqInfo i : d.irqs()) {
                if (i.count() > 0) {
                    report.info(p + "irq " + i.index() + " count=" + i.count() + " " + i.flagNames());
                }
            }
            long id = d.read(0, Edu.ID, 4);
            report.check(p + "edu-id", id == QemuEdu.ID && d.isMmapped(0, 0, 4),
                    String.format("ID 0x%08x through mmap=%s (edu.rst: 0x%08x)", id, d.isMmapped(0, 0, 4), QemuEdu.ID));
            offsetOverflow(d, p);
            long probe = QemuEdu.livenessProbe();
            d.write(0, Edu.LIVENESS, 4, probe);
            long live = d.read(0, Edu.LIVENESS, 4);
            report.check(p + "edu-liveness", live == QemuEdu.liveness(probe), String.format("wrote 0x%08x, read 0x%08x", probe, live));
            long fact = Edu.factorial(d, 10);
            report.check(p + "edu-factorial", fact == QemuEdu.factorial(10), "factorial(10) = " + fact + " (10! = " + QemuEdu.factorial(10) + ")");
            if (path == OpenPath.GROUP || d.irq(VfioIoctls.PCI_INTX_IRQ_INDEX).count() > 0) {
                int intx = Edu.irqs(d, VfioIoctls.PCI_INTX_IRQ_INDEX);
                report.check(p + "intx-eventfd", intx == 3, "eventfd fired " + intx + "/3 (ack + UNMASK each time), "
                        + d.irq(0).flagNames());
            }
            int msi = Edu.irqs(d, VfioIoctls.PCI_MSI_IRQ_INDEX);
            report.check(p + "msi-eventfd", msi == 3, "eventfd fired " + msi + "/3, " + d.irq(1).flagNames());
            report.info(p + "iova ranges " + d.iovaRanges());
            boolean dma = Edu.dmaRoundTrip(d, 0x100000);
            report.check(p + "dma", dma, "256 bytes RAM(iova 0x100000) -> edu 0x40000 -> RAM(iova 0x101000) through "
                    + d.iommu() + ": " + (dma ? "match" : "mismatch"));
            reset(d, p);
            d.close();
            report.check(p + "close", d.heldResources() == 0 && BoardChecks.openFds() == fdsBefore,
                    "held mappings/eventfds " + d.heldResources() + ", open fds " + BoardChecks.openFds() + " (before open " + fdsBefore + ")");
        }
    }

    /**
     * VFIO_DEVICE_RESET where the kernel offers it: afterwards edu answers as documented (its ID, and
     * the inverse of a value written after the reset). Where it does not (flags without RESET, as for
     * a device alone on the root bus): the agent refuses before any ioctl, and the device still
     * holds what was written before the refused reset.
     */
    private void reset(OpenedDevice d, String p) throws Exception {
        long probe = QemuEdu.livenessProbe();
        if (d.resetSupported()) {
            d.reset();
            d.write(0, Edu.LIVENESS, 4, probe);
            long id = d.read(0, Edu.ID, 4);
            long live = d.read(0, Edu.LIVENESS, 4);
            report.check(p + "reset", id == QemuEdu.ID && live == QemuEdu.liveness(probe), String.format(
                    "VFIO_DEVICE_RESET done; then ID 0x%08x, liveness 0x%08x after writing 0x%08x", id, live, probe));
            return;
        }
        d.write(0, Edu.LIVENESS, 4, probe);
        String refusal = null;
        try {
            d.reset();
        } catch (AgentException e) {
            refusal = e.getMessage();
        }
        long live = d.read(0, Edu.LIVENESS, 4);
        report.check(p + "reset", refusal != null && refusal.contains("no reset") && live == QemuEdu.liveness(probe), String.format(
                "no RESET in the device flags (%s): refused with \"%s\"; liveness still 0x%08x after writing 0x%08x",
                d.info().flagNames(), refusal, live, probe));
    }

    /** The board model's region {@code index} of {@code device}. */
    static Region region(Device device, int index) {
        return device.getRegions().stream().filter(r -> r.getIndex() == index).findFirst()
                .orElseThrow(() -> new IllegalStateException("the board model gives " + device.getName() + " no region " + index));
    }

    /** A write at 2^63 - 8: offset + width wraps to a negative long, which an unguarded range check takes for inside the region. */
    private void offsetOverflow(OpenedDevice d, String p) {
        long offset = 0x7ffffffffffffff8L;
        try {
            d.write(0, offset, 8, 0);
            report.check(p + "offset-overflow", false, String.format("a write of 8 bytes at 0x%x was accepted", offset));
        } catch (AgentException e) {
            report.check(p + "offset-overflow", e.getMessage().contains("past the end of the region"), e.getMessage());
        } catch (RuntimeException e) {
            report.check(p + "offset-overflow", false, String.format("a write at 0x%x reached the mapping: %s", offset, e));
        }
    }
}
