package org.devassign.agent.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.naming.Labels;

/**
 * The whole board model against the live board's sysfs, for what sysfs tells without opening
 * anything. Devices are matched by canonical identity ({@link DeviceFacts#id}, {@link DeviceId}),
 * never by the spelling of a name: every model device is on the board, in the same IOMMU group (a
 * provisional or no-IOMMU group may be absent: vfio creates no-IOMMU groups when the device is
 * bound), on the model's driver; every live PCI function is in the model; the devices the agent
 * finds protected (the root file system, its connection) are the ones the model protects so. The live
 * board is its sysfs on the board itself, or a live agent's inventory elsewhere ({@link LiveBoard}).
 * Drivers are judged by the core's rules: a bridge
 * idle in the model and idle on the board ({@link Bridges#isIdle}) has not drifted, whichever of
 * none or a DMA-safe driver it is on.
 */
public final class BoardDrift {

    private BoardDrift() {
    }

    /**
     * @param live the board's sysfs
     * @param protectedLive what the agent finds protected on the board (its root file system, its connection)
     */
    public static List<Difference> compare(Board model, SysfsDevices live, ProtectionPolicy protectedLive) {
        return compare(model, LiveBoard.of(live, protectedLive));
    }

    /** The board model against a live agent's inventory ({@code devassign drift}), with the same findings and words. */
    public static List<Difference> compare(Board model, Board inventory) {
        return compare(model, LiveBoard.of(inventory));
    }

    public static List<Difference> compare(Board model, LiveBoard live) {
        List<Difference> out = new ArrayList<>();
        Set<DeviceId> modelled = new HashSet<>();
        for (Device d : model.getDevices()) {
            Optional<DeviceId> id = DeviceFacts.id(d);
            if (id.isEmpty()) {
                if (d.getSysfsName() != null) {
                    out.add(new Difference(d, Labels.of(d) + " cannot be looked up on the board: its kernel name "
                            + DeviceFacts.nameProblem(d).orElse("is not valid")));
                }
                continue;
            }
            modelled.add(id.get());
            if (!live.exists(id.get())) {
                out.add(new Difference(d, Labels.of(d) + " is in the board model but not on the board"));
                continue;
            }
            group(d, live.iommuGroup(id.get()), out);
            driver(d, live.driver(id.get()), DeviceFacts.isBridge(d) || live.isBridge(id.get()), out);
            protection(d, live.protection(id.get()), out);
        }
        for (DeviceId pci : live.devices(Bus.PCI)) {
            if (!modelled.contains(pci)) {
                out.add(new Difference(model, "PCI device " + pci + " is on the board but not in the board model"));
            }
        }
        return out;
    }

    private static void group(Device d, int group, List<Difference> out) {
        IommuGroup modelled = d.getIommuGroup();
        if (modelled != null && group != modelled.getId() && !(group < 0 && (modelled.isProvisional() || modelled.isNoIommu()))) {
            out.add(new Difference(d, Labels.of(d) + " is in " + Labels.of(modelled) + " in the board model but "
                    + (group < 0 ? "in no IOMMU group" : "in IOMMU group " + group) + " on the board"));
        }
        if (modelled == null && group >= 0) {
            out.add(new Difference(d, Labels.of(d) + " is in no IOMMU group in the board model but in IOMMU group " + group
                    + " on the board"));
        }
    }

    private static void driver(Device d, String driver, boolean bridge, List<Difference> out) {
        String want = d.getDriver() == null || d.getDriver().isEmpty() ? null : d.getDriver();
        if (Objects.equals(want, driver) || Bridges.isIdle(bridge, want) && Bridges.isIdle(bridge, driver)) {
            return;
        }
        String consequence = Vfio.leavesGroupViable(want) && !Vfio.leavesGroupViable(driver)
                ? ": a host driver holds it, so its IOMMU group is not viable the way the model says" : "";
        out.add(new Difference(d, Labels.of(d) + " is on " + (want == null ? "no driver" : "driver " + want)
                + " in the board model but on " + (driver == null ? "no driver" : "driver " + driver) + " on the board" + consequence));
    }

    private static void protection(Device d, Optional<Protection> found, List<Difference> out) {
        Optional<Protection> modelled = DeviceFacts.protection(d);
        // the root file system and the agent's connection the agent finds for itself; management and policy are the board's choice
        boolean detectable = modelled.isPresent()
                && (modelled.get().kind() == ProtectionKind.ROOT_FILESYSTEM || modelled.get().kind() == ProtectionKind.AGENT_CONNECTION);
        if (detectable && found.isEmpty()) {
            out.add(new Difference(d, Labels.of(d) + " is protected (" + modelled.get().kind().literal() + ") in the board model but the"
                    + " agent finds nothing of the board's own on it"));
        }
        if (modelled.isEmpty() && found.isPresent()) {
            out.add(new Difference(d, Labels.of(d) + " is not protected in the board model but on the board " + found.get().describe()
                    + ": mark it protected"));
        }
    }
}
