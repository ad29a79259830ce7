package org.devassign.dsl.validation;

import static org.devassign.model.naming.Labels.hex;
import static org.devassign.model.naming.Labels.of;
import static org.devassign.model.naming.Labels.size;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.devassign.core.rules.DmaWindows;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.DmaWindow;
import org.devassign.model.IommuGroup;
import org.devassign.model.IovaRange;
import org.devassign.model.VmGuest;
import org.eclipse.xtext.validation.Check;

/**
 * The DMA windows an assignment maps, against what the board says the IOMMU and the devices can do:
 * a no-IOMMU group maps no DMA at all (by group or by cdev), a window lies inside the IOVA ranges the
 * group offers ({@link DmaWindows#outsideRanges}) and below every assigned device's DMA mask
 * ({@link DmaWindows#withinMask}). A VM's windows are refused by {@link ConsumerChecks} instead.
 */
public class DmaChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Check
    public void checkWindows(Assignment assignment) {
        if (assignment.getDmaWindows().isEmpty() || assignment.getConsumer() instanceof VmGuest) {
            return;
        }
        Set<Device> devices = Configs.devicesOf(assignment);
        Set<IommuGroup> groups = new LinkedHashSet<>();
        for (Device device : devices) {
            if (device.getIommuGroup() != null && !device.getIommuGroup().eIsProxy()) {
                groups.add(device.getIommuGroup());
            }
        }
        for (IommuGroup group : groups) {
            if (group.isNoIommu()) {
                DmaWindow first = assignment.getDmaWindows().get(0);
                error("The " + of(assignment) + " maps " + window(first) + ", but " + of(group) + " has no IOMMU: VFIO maps no DMA"
                        + " for it, whether the device is opened by group or by cdev, and nothing keeps the device from reaching"
                        + " any memory. Remove the 'dma' lines: a driver in no-IOMMU mode finds the physical addresses of its buffers itself.",
                        first, PKG.getDmaWindow_Iova(), IssueCodes.DMA_NO_IOMMU, Integer.toString(group.getId()));
                return;
            }
        }
        for (DmaWindow window : assignment.getDmaWindows()) {
            if (window.getSize() <= 0) {
                continue; // the model's validator reports the size
            }
            outsideRanges(assignment, window, groups);
            aboveMask(assignment, window, devices);
        }
    }

    private void outsideRanges(Assignment assignment, DmaWindow window, Set<IommuGroup> groups) {
        for (IommuGroup group : groups) {
            List<DmaWindows.Range> ranges = new ArrayList<>();
            for (IovaRange range : group.getIovaRanges()) {
                ranges.add(new DmaWindows.Range(range.getStart(), range.getLast()));
            }
            Optional<String> offered = DmaWindows.outsideRanges(window.getIova(), window.getSize(), ranges);
            if (offered.isPresent()) {
                List<String> data = new ArrayList<>(List.of(Integer.toString(group.getId())));
                ranges.forEach(r -> data.add(hex(r.start()) + "-" + hex(r.last())));
                error("The " + window(window) + " of the " + of(assignment) + " lies outside the IOVA ranges " + of(group) + " offers ("
                        + offered.get() + "): the IOMMU refuses to map it. Move it into one of those ranges.",
                        window, PKG.getDmaWindow_Iova(), IssueCodes.DMA_OUTSIDE_IOVA, data.toArray(String[]::new));
                return;
            }
        }
    }

    /** The device with the narrowest mask that cannot reach the window, if any. */
    private void aboveMask(Assignment assignment, DmaWindow window, Set<Device> devices) {
        Device narrowest = null;
        for (Device device : devices) {
            int bits = device.getDmaMaskBits();
            if (bits > 0 && bits < 64 && !DmaWindows.withinMask(window.getIova(), window.getSize(), bits)
                    && (narrowest == null || bits < narrowest.getDmaMaskBits())) {
                narrowest = device;
            }
        }
        if (narrowest == null) {
            return;
        }
        int bits = narrowest.getDmaMaskBits();
        long last = DmaWindows.lastByte(window.getIova(), window.getSize());
        error("The " + window(window) + " of the " + of(assignment) + " ends at " + (last == -1 ? "the end of the 64-bit space" : hex(last))
                + ", above what the " + of(narrowest) + " can address with its " + bits + "-bit DMA mask (up to " + hex((1L << bits) - 1)
                + "): the device cannot reach it. Move the window below " + hex(1L << bits) + ".",
                window, PKG.getDmaWindow_Iova(), IssueCodes.DMA_ABOVE_MASK, narrowest.getName(), Integer.toString(bits));
    }

    /** "DMA window buf (iova 0x100000, 4 KiB)", or without a name "DMA window at 0x100000 (4 KiB)". */
    static String window(DmaWindow window) {
        return window.getName() != null ? "DMA window " + window.getName() + " (iova " + hex(window.getIova()) + ", " + size(window.getSize()) + ")"
                : "DMA window at " + hex(window.getIova()) + " (" + size(window.getSize()) + ")";
    }
}
