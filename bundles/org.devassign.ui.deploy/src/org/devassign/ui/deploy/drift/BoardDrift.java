package org.devassign.ui.deploy.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.naming.Labels;

/**
 * What differs between the board model and the live board, per device (matched by sysfs name):
 * devices missing or added, PCI IDs, IOMMU groups, region sizes. Drivers are not compared: a
 * deployment changes them on purpose. The agent's own drift check at open time (org.devassign.agent)
 * is not on the protocol, so the client compares the inventory.
 */
public final class BoardDrift {

    /** One difference; {@code device} is the sysfs name (null: the board as a whole). */
    public record Difference(String device, String message) {
    }

    private BoardDrift() {
    }

    public static List<Difference> compare(Board model, Board live) {
        List<Difference> out = new ArrayList<>();
        Map<String, Device> liveDevices = new LinkedHashMap<>();
        for (Device d : live.getDevices()) {
            liveDevices.put(d.getSysfsName(), d);
        }
        for (Device m : model.getDevices()) {
            Device l = liveDevices.remove(m.getSysfsName());
            String label = Labels.of(m);
            if (l == null) {
                out.add(new Difference(m.getSysfsName(), label + " is in the board model but the live board has no device "
                        + m.getSysfsName() + ": update the model (Discover Board) or check the board's hardware"));
                continue;
            }
            if (m instanceof PciDevice mp && l instanceof PciDevice lp
                    && (mp.getVendorId() != lp.getVendorId() || mp.getDeviceId() != lp.getDeviceId())) {
                out.add(new Difference(m.getSysfsName(), label + " is " + id(mp) + " in the board model but the live board has "
                        + id(lp)));
            }
            int mg = m.getIommuGroup() == null ? -1 : m.getIommuGroup().getId();
            int lg = l.getIommuGroup() == null ? -1 : l.getIommuGroup().getId();
            if (mg != lg) {
                out.add(new Difference(m.getSysfsName(), label + " is in IOMMU group " + mg + " in the board model but in group "
                        + lg + " on the live board"));
            }
            for (Region r : m.getRegions()) {
                Region lr = l.getRegions().stream().filter(x -> x.getIndex() == r.getIndex()).findFirst().orElse(null);
                if (lr != null && lr.getSize() != r.getSize() && lr.getSize() != 0) {
                    out.add(new Difference(m.getSysfsName(), Labels.of(r) + ": " + Labels.size(r.getSize())
                            + " in the board model but " + Labels.size(lr.getSize()) + " on the live board"));
                }
            }
        }
        for (Device extra : liveDevices.values()) {
            out.add(new Difference(null, "the live board has " + Labels.of(extra) + " (" + extra.getSysfsName()
                    + ") that the board model lacks"));
        }
        return out;
    }

    private static String id(PciDevice d) {
        return String.format("[%04x:%04x]", d.getVendorId(), d.getDeviceId());
    }
}
