package org.devassign.agent.drift;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.devassign.agent.vfio.IrqInfo;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.SparseMmapArea;
import org.devassign.agent.vfio.VfioIoctls;
import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.Printable;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.Region;
import org.devassign.model.SparseArea;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.naming.Labels;

/**
 * Compares a model device with what the kernel reported when the device was opened: the report must
 * be of the same device (by canonical identity), of the bus the model says (VFIO's device flags),
 * in the same group, with the same regions and IRQ indexes. Regions and IRQ indexes the kernel
 * reports with size/count 0 are absent for this purpose. The model's region offset is compared only
 * when the model states one (non-zero), its sparse areas only when it lists some. The board as a
 * whole against sysfs is {@link BoardDrift}.
 */
public final class DriftCheck {

    /** The VFIO device flag each bus's devices report (VFIO_DEVICE_FLAGS_*). */
    private static final Map<Bus, Integer> VFIO_FLAG = Map.of(Bus.PCI, VfioIoctls.DEVICE_FLAGS_PCI, Bus.PLATFORM,
            VfioIoctls.DEVICE_FLAGS_PLATFORM, Bus.FSL_MC, VfioIoctls.DEVICE_FLAGS_FSL_MC);

    private DriftCheck() {
    }

    public static List<Difference> compare(Device model, DeviceReport live) {
        List<Difference> out = new ArrayList<>();
        String dev = Labels.of(model);
        Optional<DeviceId> reported = DeviceId.tryParse(live.name());
        Optional<DeviceId> modelled = DeviceFacts.id(model);
        if (reported.isEmpty() || modelled.isPresent() && !modelled.equals(reported)) {
            out.add(new Difference(model, "the kernel's report is of " + (reported.isEmpty() ? "no device the kernel can name ("
                    + Printable.quote(live.name()) + ")" : "device " + reported.get()) + ", not of " + dev
                    + ": compare each device with its own report"));
            return out;
        }
        Bus bus = DeviceFacts.bus(model);
        if ((live.info().flags() & VFIO_FLAG.get(bus)) == 0) {
            out.add(new Difference(model, dev + " is " + (bus == Bus.FSL_MC ? "an " : "a ") + bus.label() + " device in the board model"
                    + " but the kernel reports VFIO device flags " + live.info().flagNames()));
        }
        if (model.getIommuGroup() != null && live.iommuGroup() >= 0 && model.getIommuGroup().getId() != live.iommuGroup()) {
            out.add(new Difference(model, dev + " is in " + Labels.of(model.getIommuGroup())
                    + " in the board model but the kernel put it in IOMMU group " + live.iommuGroup()));
        }
        regions(model, live, out);
        irqs(model, live, out);
        return out;
    }

    private static void regions(Device model, DeviceReport live, List<Difference> out) {
        for (Region r : model.getRegions()) {
            RegionInfo k = r.getIndex() < live.regions().size() ? live.regions().get(r.getIndex()) : null;
            String label = Labels.of(r);
            if (k == null || k.size() == 0) {
                out.add(new Difference(r, label + " is in the board model but the kernel reports no such region"));
                continue;
            }
            if (k.size() != r.getSize()) {
                out.add(new Difference(r, label + ": size is " + Labels.size(r.getSize()) + " in the board model but the "
                        + "kernel reports " + Labels.size(k.size())));
            }
            flag(out, r, label, "readable", r.isReadable(), k.readable());
            flag(out, r, label, "writable", r.isWritable(), k.writable());
            flag(out, r, label, "mmappable", r.isMmappable(), k.mmappable());
            if (r.isMsixTable() && r.isMsixMappable() != k.msixMappable()) {
                out.add(new Difference(r, label + " holds the MSI-X table, which the board model says the kernel "
                        + (r.isMsixMappable() ? "maps whole" : "leaves out of mmap") + ", but the kernel reports "
                        + (k.msixMappable() ? "MSIX_MAPPABLE (the whole region maps)" : "no MSIX_MAPPABLE (only its sparse areas map)")));
            }
            if (r.getOffset() != 0 && r.getOffset() != k.offset()) {
                out.add(new Difference(r, label + ": the device-fd offset is " + Labels.hex(r.getOffset())
                        + " in the board model but the kernel reports " + Labels.hex(k.offset())));
            }
            if (!r.getSparseAreas().isEmpty()) {
                List<String> m = r.getSparseAreas().stream().map(DriftCheck::area).toList();
                List<String> l = k.sparseAreas().stream().map(DriftCheck::area).toList();
                if (!m.equals(l)) {
                    out.add(new Difference(r, label + ": the mmap-able areas are " + m + " in the board model but the "
                            + "kernel reports " + (l.isEmpty() ? "the whole region" : l.toString())));
                }
            }
        }
        for (RegionInfo k : live.regions()) {
            if (k.size() != 0 && model.getRegions().stream().noneMatch(r -> r.getIndex() == k.index())) {
                out.add(new Difference(model, "the kernel reports region index " + k.index() + " of " + Labels.of(model)
                        + " (" + Labels.size(k.size()) + ", " + k.flagNames() + ") that the board model lacks"));
            }
        }
    }

    private static void flag(List<Difference> out, Region r, String label, String what, boolean model, boolean kernel) {
        if (model != kernel) {
            out.add(new Difference(r, label + " is " + (model ? "" : "not ") + what + " in the board model but the kernel "
                    + "reports it " + (kernel ? "" : "not ") + what));
        }
    }

    private static String area(SparseArea a) {
        return Labels.hex(a.getOffset()) + "+" + Labels.hex(a.getSize());
    }

    private static String area(SparseMmapArea a) {
        return Labels.hex(a.offset()) + "+" + Labels.hex(a.size());
    }

    private static void irqs(Device model, DeviceReport live, List<Difference> out) {
        for (Interrupt i : model.getInterrupts()) {
            IrqInfo k = i.getIndex() < live.irqs().size() ? live.irqs().get(i.getIndex()) : null;
            String label = Labels.of(i);
            if (k == null || k.count() == 0) {
                out.add(new Difference(i, label + " is in the board model but the kernel reports no such IRQ index"));
                continue;
            }
            if (k.count() != i.getCount() && !k.noresize() || k.noresize() && i.getCount() > k.count()) {
                out.add(new Difference(i, label + ": the count is " + i.getCount() + " in the board model but the kernel "
                        + "reports " + k.count()));
            }
            irqFlag(out, i, label, "eventfd", i.isEventfd(), k.eventfd());
            irqFlag(out, i, label, "maskable", i.isMaskable(), k.maskable());
            irqFlag(out, i, label, "automasked (level-triggered)", i.isAutomasked(), k.automasked());
            irqFlag(out, i, label, "noresize", i.isNoresize(), k.noresize());
        }
        for (IrqInfo k : live.irqs()) {
            if (k.count() != 0 && model.getInterrupts().stream().noneMatch(i -> i.getIndex() == k.index())) {
                out.add(new Difference(model, "the kernel reports IRQ index " + k.index() + " of " + Labels.of(model)
                        + " (count " + k.count() + ", " + k.flagNames() + ") that the board model lacks"));
            }
        }
    }

    private static void irqFlag(List<Difference> out, Interrupt i, String label, String what, boolean model, boolean kernel) {
        if (model != kernel) {
            out.add(new Difference(i, label + " is " + (model ? "" : "not ") + what + " in the board model but the kernel "
                    + "reports it " + (kernel ? "" : "not ") + what));
        }
    }

    /**
     * The whole board against the live board's sysfs ({@link BoardDrift#compare}), with the devices
     * the agent finds protected.
     */
    public static List<Difference> compareBoard(Board model, Path sysfs, ProtectionPolicy live) {
        return BoardDrift.compare(model, SysfsDevices.at(sysfs), live);
    }

    /** The differences as a report: one line per difference, or a line saying the device matches. */
    public static String report(Device model, List<Difference> differences) {
        if (differences.isEmpty()) {
            return Labels.of(model) + ": matches the kernel's report\n";
        }
        StringBuilder b = new StringBuilder(Labels.of(model) + ": " + differences.size() + " difference(s)\n");
        differences.forEach(d -> b.append("  ").append(d.message()).append('\n'));
        return b.toString();
    }
}
