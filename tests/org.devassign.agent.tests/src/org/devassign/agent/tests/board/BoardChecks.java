package org.devassign.agent.tests.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.devassign.agent.AgentException;
import org.devassign.agent.Failure;
import org.devassign.agent.binding.DeviceBinder;
import org.devassign.agent.binding.SavedDriver;
import org.devassign.agent.drift.DeviceReport;
import org.devassign.agent.drift.Difference;
import org.devassign.agent.drift.DriftCheck;
import org.devassign.agent.vfio.IrqEventfd;
import org.devassign.agent.vfio.IrqInfo;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.VfioIoctls;
import org.devassign.agent.vfio.VfioOpener;
import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Protection;
import org.devassign.model.Region;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.QemuEdu;

/**
 * The agent core on a live virtual board, in one JVM per boot:
 * {@code java -cp ... org.devassign.agent.tests.board.BoardChecks q35|microvm stock|full REPO}.
 * Every check prints the values it read; the exit code is the number of failed checks.
 */
public final class BoardChecks {

    private static final Path SYS = Path.of("/sys");
    private static final SysfsDevices DEVICES = SysfsDevices.at(SYS);

    private final Report report;
    private final String profile;
    private final Path repo;
    private final DeviceBinder binder = new DeviceBinder(SYS);
    private final VfioOpener opener = new VfioOpener();
    private final EduChecks edu;

    private BoardChecks(String board, String profile, Path repo) {
        this.report = new Report(board + "/" + profile + "/");
        this.edu = new EduChecks(report, opener);
        this.profile = profile;
        this.repo = repo;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BoardChecks q35|microvm stock|full REPO");
            System.exit(2);
        }
        BoardChecks checks = new BoardChecks(args[0], args[1], Path.of(args[2]));
        long t0 = System.nanoTime();
        Map<String, String> before = drivers();
        try {
            if (args[0].equals("q35")) {
                checks.q35();
            } else {
                checks.microvm();
            }
        } catch (Throwable e) {
            checks.report.fail("unexpected", e);
        }
        Map<String, String> after = drivers();
        checks.report.check("drivers-restored", before.equals(after),
                before.equals(after) ? before.size() + " devices on the same driver/override as before the checks"
                        : "before " + before + " after " + after);
        checks.report.info(String.format("%d passed, %d failed in %.1f s", checks.report.passes(),
                checks.report.failures(), (System.nanoTime() - t0) / 1e9));
        System.out.flush();
        System.exit(Math.min(checks.report.failures(), 100));
    }

    /** driver and driver_override of every PCI and platform device. */
    static Map<String, String> drivers() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Bus bus : List.of(Bus.PCI, Bus.PLATFORM)) {
            for (Path p : DEVICES.reader().list(DEVICES.busDirectory(bus).resolve("devices"))) {
                DeviceId d = DeviceId.parse(p.getFileName().toString());
                out.put(d.kernelName(), DEVICES.driver(d) + "/" + DEVICES.driverOverride(d));
            }
        }
        return out;
    }

    static List<DeviceId> pciByIds(String vendor, String device) throws IOException {
        List<DeviceId> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(SYS.resolve("bus/pci/devices"))) {
            for (Path p : s.sorted().toList()) {
                if (Files.readString(p.resolve("vendor")).strip().equals(vendor)
                        && Files.readString(p.resolve("device")).strip().equals(device)) {
                    out.add(DeviceId.parse(p.getFileName().toString()));
                }
            }
        }
        return out;
    }

    // ---- q35 ------------------------------------------------------------------------------------

    private void q35() throws Exception {
        Board model = example("vm-q35.board");
        List<DeviceId> edus = pciByIds(String.format("0x%04x", QemuEdu.VENDOR_ID), String.format("0x%04x", QemuEdu.DEVICE_ID));
        List<DeviceId> alone = new ArrayList<>();
        List<DeviceId> shared = new ArrayList<>();
        for (DeviceId e : edus) {
            (DEVICES.groupOf(e).size() == 1 ? alone : shared).add(e);
        }
        // the board model's edus, and which of them it puts alone in an IOMMU group
        List<PciDevice> modelEdus = model.getDevices().stream().filter(PciDevice.class::isInstance).map(PciDevice.class::cast)
                .filter(d -> d.getVendorId() == QemuEdu.VENDOR_ID && d.getDeviceId() == QemuEdu.DEVICE_ID).toList();
        List<String> modelAlone = modelEdus.stream().filter(d -> d.getIommuGroup().getDevices().size() == 1).map(Device::getSysfsName)
                .sorted().toList();
        List<String> modelShared = modelEdus.stream().filter(d -> d.getIommuGroup().getDevices().size() > 1).map(Device::getSysfsName)
                .sorted().toList();
        report.check("topology", !edus.isEmpty() && names(alone).equals(modelAlone) && names(shared).equals(modelShared), "edu devices "
                + edus + ", alone in their group " + alone + ", sharing one " + shared + "; the board model: alone " + modelAlone
                + ", sharing " + modelShared);
        boardDrift("vm-q35.board");
        protectedDevices(model, Vfio.PCI);
        DeviceId a = alone.get(0);
        Device modelA = model(model, a);
        failedBinds(a);

        String orig = DEVICES.driver(a);
        String origOverride = DEVICES.driverOverride(a);
        List<SavedDriver> saved = binder.bind(List.of(a), Vfio.PCI);
        report.check("bind", "vfio-pci".equals(DEVICES.driver(a)), a + " driver=" + DEVICES.driver(a) + " override="
                + DEVICES.driverOverride(a) + " group=" + DEVICES.iommuGroup(a) + " saved=" + saved);
        try {
            edu.run(a, modelA, OpenPath.GROUP, "group/");
            if (profile.equals("full")) {
                report.check("cdev-available", opener.cdevAvailable(a), a + " vfio-dev " + DEVICES.vfioCdev(a).orElse("none"));
                edu.run(a, modelA, OpenPath.CDEV, "cdev/");
            } else {
                report.check("cdev-absent", !opener.cdevAvailable(a), a + " has no vfio-dev (stock 6.1 without cdev)");
            }
            try (OpenedDevice d = opener.open(a, OpenPath.AUTO)) {
                OpenPath want = profile.equals("full") ? OpenPath.CDEV : OpenPath.GROUP;
                report.check("auto-path", same(d, want), "AUTO opened " + a + " through " + d.openPath() + " ("
                        + d.iommu() + ")");
            }
            drift(a, "vm-q35.board");
        } finally {
            binder.restore(saved);
        }
        report.check("restore", Objects.equals(orig, DEVICES.driver(a)) && Objects.equals(origOverride, DEVICES.driverOverride(a)),
                a + " driver=" + DEVICES.driver(a) + " override=" + DEVICES.driverOverride(a) + " (before the bind: " + orig + ", "
                        + origOverride + ")");
        sharedGroup(shared);
    }

    private static List<String> names(List<DeviceId> devices) {
        return devices.stream().map(DeviceId::kernelName).sorted().toList();
    }

    /** The path an opened device took is the one expected (the opener reports it in the model's terms). */
    static boolean same(OpenedDevice d, OpenPath path) {
        return d.openPath().name().equals(path.name());
    }

    /**
     * The devices the board model marks as the root file system's or the agent connection's are the ones
     * the agent finds and refuses; the NIC is the agent-connection one. The device the model marks as
     * management (the session share, a mounted 9p file system) is in use rather than protected: refused
     * unless forced, with nothing changed.
     */
    private void protectedDevices(Board model, Vfio driver) throws Exception {
        List<DeviceId> expected = model.getDevices().stream()
                .filter(d -> d.getProtection() == Protection.ROOT_FILESYSTEM || d.getProtection() == Protection.AGENT_CONNECTION)
                .map(d -> DeviceId.parse(d.getSysfsName())).sorted().toList();
        DeviceId nic = model.getDevices().stream().filter(d -> d.getProtection() == Protection.AGENT_CONNECTION)
                .map(d -> DeviceId.parse(d.getSysfsName())).findFirst().orElse(null);
        DeviceId share = model.getDevices().stream().filter(d -> d.getProtection() == Protection.MANAGEMENT)
                .map(d -> DeviceId.parse(d.getSysfsName())).findFirst().orElse(null);
        ProtectionPolicy p = binder.protection();
        if (!report.check("protected-devices", !expected.isEmpty() && nic != null && share != null && p.devices().containsAll(expected)
                && !p.isProtected(share), p + "; the board model protects " + expected + ", its agent connection " + nic + ", its share " + share)) {
            return;
        }
        List<HostUse> uses = binder.usage(share);
        Map<String, String> unchanged = drivers();
        try {
            binder.bind(List.of(share), driver);
            report.check("refuse-in-use", false, "binding the share's " + share + " to " + driver + " succeeded");
        } catch (AgentException e) {
            report.check("refuse-in-use", e.failure() == Failure.IN_USE && !HostUse.inUse(uses).isEmpty() && unchanged.equals(drivers()),
                    uses + "; " + e.getMessage());
        }
        Map<String, String> before = drivers();
        try {
            binder.bind(List.of(nic), driver);
            report.check("refuse-protected", false, "binding " + nic + " to " + driver + " succeeded");
        } catch (AgentException e) {
            Map<String, String> after = drivers();
            report.check("refuse-protected", e.getMessage().contains("agent's own network connection")
                    && before.equals(after), "drivers unchanged=" + before.equals(after) + "; " + e.getMessage());
        }
    }

    private void failedBinds(DeviceId edu) throws Exception {
        Map<String, String> before = drivers();
        try {
            binder.bindToHost(List.of(edu), "no-such-driver");
            report.check("bind-unknown-driver", false, "succeeded");
        } catch (AgentException e) {
            boolean same = before.equals(drivers());
            report.check("bind-unknown-driver", same, "drivers unchanged=" + same + "; " + e.getMessage());
        }
        // virtio-pci exists but refuses an edu: the probe runs, fails, and the binder restores.
        try {
            binder.bindToHost(List.of(edu), "virtio-pci");
            report.check("bind-refusing-driver", false, "succeeded");
        } catch (AgentException e) {
            boolean same = before.equals(drivers());
            report.check("bind-refusing-driver", same, "drivers unchanged=" + same + "; " + e.getMessage());
        }
    }

    private void sharedGroup(List<DeviceId> shared) throws Exception {
        if (shared.size() != 2) {
            return;
        }
        DeviceId s1 = shared.get(0);
        DeviceId s2 = shared.get(1);
        int group = DEVICES.iommuGroup(s1);
        DeviceId bridge = DEVICES.groupOf(s1).stream().filter(DEVICES::isBridge).findFirst().orElse(null);
        List<SavedDriver> host = binder.bindToHost(List.of(s2), "uio_pci_generic");
        List<SavedDriver> first = List.of();
        try {
            first = binder.bindExactly(List.of(s1), Vfio.PCI);
            try (OpenedDevice d = opener.open(s1, OpenPath.GROUP)) {
                report.check("shared/not-viable", false, "opened " + d);
            } catch (AgentException e) {
                report.check("shared/not-viable", e.getMessage().contains(s2.kernelName()) && e.getMessage().contains("uio_pci_generic")
                        && e.getMessage().contains("not viable"), s1 + " on vfio-pci, " + s2 + " on " + DEVICES.driver(s2) + ": "
                                + e.getMessage());
            }
        } finally {
            binder.restore(first);
            binder.restore(host);
        }
        List<SavedDriver> both = binder.bind(List.of(s1), Vfio.PCI);
        try {
            report.check("shared/bind-group", "vfio-pci".equals(DEVICES.driver(s1)) && "vfio-pci".equals(DEVICES.driver(s2))
                    && bridge != null && DEVICES.driver(bridge) == null,
                    "bind(" + s1 + ") bound group " + group + ": " + s1 + "=" + DEVICES.driver(s1) + " " + s2 + "=" + DEVICES.driver(s2)
                            + ", bridge " + bridge + " driver=" + (bridge == null ? "?" : DEVICES.driver(bridge)) + "; saved " + both);
            try (OpenedDevice d = opener.open(s2, OpenPath.GROUP)) {
                long id = d.read(0, Edu.ID, 4);
                Edu.enable(d);
                int msi = Edu.irqs(d, VfioIoctls.PCI_MSI_IRQ_INDEX);
                boolean dma = Edu.dmaRoundTrip(d, 0x200000);
                report.check("shared/open", id == QemuEdu.ID && msi == 3 && dma, String.format(
                        "%s in viable group %s: ID 0x%08x, MSI %d/3, DMA %s", s2, d.group(), id, msi, dma ? "match" : "mismatch"));
            }
            drift(s2, "vm-q35.board");
        } finally {
            binder.restore(both);
        }
        report.check("shared/restore", DEVICES.driver(s1) == null && DEVICES.driver(s2) == null,
                s1 + " driver=" + DEVICES.driver(s1) + " " + s2 + " driver=" + DEVICES.driver(s2));
    }

    // ---- microvm --------------------------------------------------------------------------------

    private void microvm() throws Exception {
        DeviceId rng = null;
        try (Stream<Path> s = Files.list(SYS.resolve("bus/virtio/devices"))) {
            for (Path v : s.sorted().toList()) {
                if (Files.readString(v.resolve("device")).strip().equals("0x0004")) {
                    rng = DeviceId.parse(v.toRealPath().getParent().getFileName().toString());
                }
            }
        }
        report.check("rng-found", rng != null, "virtio-rng (device id 4) is platform device " + rng);
        Board model = example("vm-microvm.board");
        boardDrift("vm-microvm.board");
        protectedDevices(model, Vfio.PLATFORM);
        Region modelRegion = EduChecks.region(model(model, rng), 0);
        String orig = DEVICES.driver(rng);
        List<SavedDriver> saved = binder.bind(List.of(rng), Vfio.PLATFORM);
        report.check("bind", "vfio-platform".equals(DEVICES.driver(rng)), rng + " driver=" + DEVICES.driver(rng) + " (was " + orig
                + ") group=" + DEVICES.iommuGroup(rng) + " saved=" + saved);
        try {
            int fdsBefore = openFds();
            try (OpenedDevice d = opener.open(rng, OpenPath.AUTO)) {
                report.check("open", same(d, OpenPath.GROUP) && d.group().startsWith("noiommu-"),
                        rng + " through " + d.openPath() + " /dev/vfio/" + d.group() + " (" + d.iommu() + ")");
                report.check("device-info", d.info().isPlatform(), "flags=" + d.info().flagNames() + " regions="
                        + d.info().numRegions() + " irqs=" + d.info().numIrqs());
                RegionInfo r0 = d.region(0);
                report.check("region0", r0.size() == modelRegion.getSize() && r0.readable() && r0.writable()
                        && r0.mmappable() == modelRegion.isMmappable(), "size=0x" + Long.toHexString(r0.size()) + " offset=0x"
                                + Long.toHexString(r0.offset()) + " " + r0.flagNames() + "; the board model: size 0x"
                                + Long.toHexString(modelRegion.getSize()) + ", mmappable " + modelRegion.isMmappable());
                long magic = d.read(0, 0, 4);
                long version = d.read(0, 4, 4);
                long devid = d.read(0, 8, 4);
                report.check("virtio-magic", magic == 0x74726976L && !d.isMmapped(0, 0, 4),
                        String.format("MagicValue 0x%08x by pread (mmapped=%s), Version %d, DeviceID %d", magic,
                                d.isMmapped(0, 0, 4), version, devid));
                report.check("virtio-device-id", devid == 4, "DeviceID " + devid);
                IrqInfo irq = d.irq(0);
                report.check("irq-info", irq.eventfd() && irq.maskable() && irq.automasked() && irq.count() == 1,
                        "index 0 count=" + irq.count() + " " + irq.flagNames());
                try (IrqEventfd e = d.enableIrq(0)) {
                    d.triggerIrq(0);
                    boolean fired = e.await(2000);
                    e.unmask();
                    report.check("irq-loopback", fired && e.count() == 1,
                            "SET_IRQS(DATA_NONE|TRIGGER) -> eventfd fired=" + fired + " count=" + e.count());
                }
                try {
                    d.mapDma(0x100000, 0x1000);
                    report.check("no-dma-without-iommu", false, "mapDma succeeded in no-IOMMU mode");
                } catch (AgentException e) {
                    report.check("no-dma-without-iommu", e.getMessage().contains("no-IOMMU"), e.getMessage());
                }
                drift(d, rng, "vm-microvm.board");
            }
            // The first open loaded classes and the example board (jar files stay open): count on a second cycle.
            fdsBefore = openFds();
            OpenedDevice again = opener.open(rng, OpenPath.GROUP);
            again.read(0, 0, 4);
            again.enableIrq(0);
            again.close();
            report.check("close", openFds() == fdsBefore && again.heldResources() == 0, "open fds " + openFds()
                    + " after open, pread, eventfd, close (before " + fdsBefore + ")");
        } finally {
            binder.restore(saved);
        }
        report.check("restore", orig != null && orig.equals(DEVICES.driver(rng)), rng + " driver=" + DEVICES.driver(rng) + " (was "
                + orig + ") override=" + DEVICES.driverOverride(rng));
    }

    // ---- the board model -------------------------------------------------------------------------

    private Board example(String boardFile) throws Exception {
        return BoardFiles.load(repo.resolve("examples").resolve(boardFile));
    }

    private static Device model(Board board, DeviceId device) {
        return board.getDevices().stream().filter(d -> device.kernelName().equals(d.getSysfsName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(device + " is not in the board model " + board.getName()));
    }

    // ---- drift ----------------------------------------------------------------------------------

    /** The example board against the live board's sysfs, before anything is bound. */
    private void boardDrift(String boardFile) throws Exception {
        Board board = BoardFiles.load(repo.resolve("examples").resolve(boardFile));
        List<Difference> diffs = DriftCheck.compareBoard(board, SYS, binder.protection());
        for (Difference d : diffs) {
            report.info("board drift " + boardFile + ": " + d.message());
        }
        report.check("board-drift", diffs.isEmpty(), diffs.size() + " difference(s) between examples/" + boardFile
                + " and the live board (devices, IOMMU groups, drivers, protection)");
    }

    private void drift(DeviceId device, String boardFile) throws Exception {
        try (OpenedDevice d = opener.open(device, OpenPath.GROUP)) {
            drift(d, device, boardFile);
        }
    }

    private void drift(OpenedDevice d, DeviceId device, String boardFile) throws Exception {
        Board board = BoardFiles.load(repo.resolve("examples").resolve(boardFile));
        Device model = board.getDevices().stream().filter(x -> device.kernelName().equals(x.getSysfsName())).findFirst().orElse(null);
        if (!report.check("drift/" + device + "/in-model", model != null, device + " in examples/" + boardFile)) {
            return;
        }
        List<Difference> diffs = DriftCheck.compare(model, DeviceReport.of(d, DEVICES.iommuGroup(device)));
        String text = DriftCheck.report(model, diffs);
        for (String line : text.split("\n")) {
            report.info("drift " + boardFile + ": " + line);
        }
        report.check("drift/" + device, diffs.stream().allMatch(x -> x.message().contains("that the board model lacks")),
                diffs.size() + " difference(s), only elements the example board leaves out");
    }

    static int openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }
}
