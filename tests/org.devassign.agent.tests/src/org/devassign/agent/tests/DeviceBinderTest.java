package org.devassign.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.AgentException;
import org.devassign.agent.Failure;
import org.devassign.agent.binding.DeviceBinder;
import org.devassign.agent.binding.ProtectedDevices;
import org.devassign.agent.binding.SavedDriver;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.testing.SimulatedSysfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding on a simulated q35 sysfs tree with a simulated kernel (see {@link SimulatedSysfs}). */
class DeviceBinderTest {

    static final DeviceId NIC = DeviceId.parse("0000:00:02.0");
    static final DeviceId ROOT_DISK = DeviceId.parse("0000:00:03.0");
    static final DeviceId EDU0 = DeviceId.parse("0000:00:05.0");
    static final DeviceId BRIDGE = DeviceId.parse("0000:00:07.0");
    static final DeviceId EDU2 = DeviceId.parse("0000:01:01.0");
    static final DeviceId EDU3 = DeviceId.parse("0000:01:02.0");
    static final DeviceId E1000E = DeviceId.parse("0000:00:08.0");
    static final DeviceId NVME = DeviceId.parse("0000:00:09.0");

    @TempDir
    Path dir;

    SimulatedSysfs board;
    DeviceBinder binder;

    @BeforeEach
    void setUp() throws Exception {
        board = SimulatedSysfs.q35(dir);
        binder = new DeviceBinder(board.sys, board::write, ProtectedDevices.detect(board.sys, board.proc, List.of()));
    }

    @Test
    void bindSavesTheHostDriverAndRestoreBringsItBack() throws Exception {
        List<SavedDriver> saved = binder.bind(List.of(E1000E), Vfio.PCI);
        assertEquals(List.of(new SavedDriver(E1000E, "e1000e", null)), saved);
        assertEquals("vfio-pci", board.driver("0000:00:08.0"));
        assertEquals("vfio-pci", board.override("0000:00:08.0"));
        assertEquals(List.of("bus/pci/devices/0000:00:08.0/driver_override=vfio-pci", "bus/pci/devices/0000:00:08.0/driver/unbind=0000:00:08.0",
                "bus/pci/drivers_probe=0000:00:08.0"), board.writes);
        binder.restore(saved);
        assertEquals("e1000e", board.driver("0000:00:08.0"));
        assertEquals("(null)", board.override("0000:00:08.0"));
    }

    @Test
    void theWholeGroupIsBoundAndTheIdleBridgeLeftAlone() throws Exception {
        List<SavedDriver> saved = binder.bind(List.of(EDU2), Vfio.PCI);
        assertEquals(List.of(EDU2, EDU3), saved.stream().map(SavedDriver::device).toList());
        assertEquals("vfio-pci", board.driver("0000:01:01.0"));
        assertEquals("vfio-pci", board.driver("0000:01:02.0"));
        assertNull(board.driver("0000:00:07.0"));
        assertEquals("(null)", board.override("0000:00:07.0"));
        assertTrue(board.writes.stream().noneMatch(w -> w.contains(BRIDGE.kernelName())), board.writes.toString());
        binder.restore(saved);
        assertNull(board.driver("0000:01:01.0"));
        assertNull(board.driver("0000:01:02.0"));
        assertEquals("(null)", board.override("0000:01:02.0"));
    }

    @Test
    void bindExactlyLeavesTheCompanionAlone() throws Exception {
        binder.bindExactly(List.of(EDU2), Vfio.PCI);
        assertEquals("vfio-pci", board.driver("0000:01:01.0"));
        assertNull(board.driver("0000:01:02.0"));
    }

    @Test
    void aDriverThatRefusesOneDeviceLeavesEveryDeviceAsItWas() throws Exception {
        board.refuses.put("vfio-pci", Set.of("0000:01:02.0"));
        AgentException e = assertThrows(AgentException.class, () -> binder.bind(List.of(EDU2), Vfio.PCI));
        assertEquals(Failure.BIND_FAILED, e.failure());
        assertTrue(e.getMessage().contains("Binding 0000:01:02.0 to vfio-pci failed"), e.getMessage());
        assertTrue(e.getMessage().contains("restored"), e.getMessage());
        assertNull(board.driver("0000:01:01.0"));
        assertNull(board.driver("0000:01:02.0"));
        assertEquals("(null)", board.override("0000:01:01.0"));
        assertEquals("(null)", board.override("0000:01:02.0"));
    }

    @Test
    void aRefusedHostDeviceGoesBackToItsHostDriver() throws Exception {
        board.refuses.put("virtio-pci", Set.of("0000:00:08.0"));
        AgentException e = assertThrows(AgentException.class, () -> binder.bindToHost(List.of(E1000E), "virtio-pci"));
        assertEquals(Failure.BIND_FAILED, e.failure());
        assertEquals("e1000e", board.driver("0000:00:08.0"));
        assertEquals("(null)", board.override("0000:00:08.0"));
    }

    @Test
    void anUnregisteredDriverChangesNothing() throws Exception {
        AgentException e = assertThrows(AgentException.class, () -> binder.bindToHost(List.of(EDU0), "no-such-driver"));
        assertEquals(Failure.NO_SUCH_DRIVER, e.failure());
        assertTrue(e.getMessage().contains("no driver no-such-driver is registered on the pci bus"), e.getMessage());
        assertEquals(List.of(), board.writes);
    }

    @Test
    void aDriverOfAnotherBusIsRefusedBeforeAnythingIsWritten() {
        AgentException e = assertThrows(AgentException.class, () -> binder.bind(List.of(EDU0), Vfio.PLATFORM));
        assertEquals(Failure.BIND_FAILED, e.failure());
        assertTrue(e.getMessage().contains("it is a PCI device, which vfio-pci drives"), e.getMessage());
        assertEquals(List.of(), board.writes);
    }

    @Test
    void theAgentsNicAndTheRootFileSystemAreFoundAndRefusedWithTheReason() throws Exception {
        ProtectionPolicy p = binder.protection();
        assertEquals(Set.of(NIC, ROOT_DISK), p.devices());
        Protection root = p.check(ROOT_DISK).orElseThrow();
        assertEquals(ProtectionKind.ROOT_FILESYSTEM, root.kind());
        assertTrue(root.describe().contains("root file system"), root.describe());
        assertEquals(ProtectionKind.AGENT_CONNECTION, p.check(NIC).orElseThrow().kind());
        AgentException nic = assertThrows(AgentException.class, () -> binder.bind(List.of(NIC), Vfio.PCI));
        assertEquals(Failure.PROTECTED, nic.failure());
        assertTrue(nic.getMessage().contains("0000:00:02.0: it carries the agent's own network connection (interface eth0)"), nic.getMessage());
        AgentException rootfs = assertThrows(AgentException.class, () -> binder.bind(List.of(EDU0, ROOT_DISK), Vfio.PCI));
        assertTrue(rootfs.getMessage().contains("root file system (/) (9p tag hostroot on virtio1)"), rootfs.getMessage());
        assertTrue(rootfs.getMessage().contains("nothing was changed"), rootfs.getMessage());
        assertEquals(List.of(), board.writes);
        assertEquals("virtio-pci", board.driver("0000:00:02.0"));
        assertNull(board.driver("0000:00:05.0"));
    }

    @Test
    void aMountedNvmeDiskIsRefusedWithWhatItBreaksUnlessForced() throws Exception {
        board.nvmeDisk("pci0000:00/0000:00:09.0", 9, 0, 131072);
        board.mount("/dev/nvme0n1", "/data", "ext4");
        assertEquals(List.of(new HostUse(HostUse.Kind.BLOCK, "/dev/nvme0n1", "64 MiB disk", false),
                new HostUse(HostUse.Kind.MOUNT, "/dev/nvme0n1", "mounted on /data", true)), binder.usage(NVME));
        AgentException e = assertThrows(AgentException.class, () -> binder.bind(List.of(NVME), Vfio.PCI));
        assertEquals(Failure.IN_USE, e.failure());
        assertEquals("Refusing to take 0000:00:09.0 from nvme for vfio-pci, nothing was changed: device 0000:00:09.0 holds /dev/nvme0n1,"
                + " mounted on /data: giving it away fails those reads and writes; unmount it first, or bind it with force.", e.getMessage());
        assertEquals(List.of(), board.writes);
        assertEquals("nvme", board.driver("0000:00:09.0"));
        assertTrue(binder.protection().check(NVME).isEmpty(), "a mounted disk other than the root's is in use, not protected");

        List<SavedDriver> saved = binder.bind(List.of(NVME), Vfio.PCI, true);
        assertEquals("vfio-pci", board.driver("0000:00:09.0"), "force takes it");
        binder.restore(saved);
        assertEquals("nvme", board.driver("0000:00:09.0"));
    }

    @Test
    void aUseThatAppearsAfterTheFirstCheckIsFoundRightBeforeTheBind() throws Exception {
        int[] asked = { 0 };
        DeviceBinder racing = new DeviceBinder(SysfsDevices.at(board.sys), board::write, ProtectionPolicy::none,
                d -> asked[0]++ == 0 ? List.of() : List.of(new HostUse(HostUse.Kind.INTERFACE, "eth1", "up", true)));
        AgentException e = assertThrows(AgentException.class, () -> racing.bind(List.of(E1000E), Vfio.PCI));
        assertEquals(Failure.IN_USE, e.failure());
        assertTrue(e.getMessage().startsWith("Refusing to take 0000:00:08.0 from e1000e for vfio-pci, it was left as it is: device"
                + " 0000:00:08.0 carries interface eth1, up: giving it away cuts its connections; take it down first (ip link set eth1 down)"),
                e.getMessage());
        assertEquals(2, asked[0], "asked before anything is written, and again right before the device's own bind");
        assertEquals(List.of(), board.writes);
        assertEquals("e1000e", board.driver("0000:00:08.0"));
    }

    @Test
    void theProtectionIsAskedAtEveryBind() throws Exception {
        ProtectionPolicy[] now = { ProtectionPolicy.none() };
        DeviceBinder live = new DeviceBinder(org.devassign.core.sysfs.SysfsDevices.at(board.sys), board::write, () -> now[0]);
        live.restore(live.bind(List.of(EDU0), Vfio.PCI));
        now[0] = ProtectionPolicy.of(Map.of(EDU0, Protection.of(ProtectionKind.POLICY)));
        AgentException e = assertThrows(AgentException.class, () -> live.bind(List.of(EDU0), Vfio.PCI));
        assertEquals(Failure.PROTECTED, e.failure());
    }

    @Test
    void anUnknownDeviceIsNamed() {
        AgentException e = assertThrows(AgentException.class, () -> binder.bind(List.of(DeviceId.parse("0000:09:00.0")), Vfio.PCI));
        assertEquals(Failure.NO_SUCH_DEVICE, e.failure());
        assertTrue(e.getMessage().startsWith("Device 0000:09:00.0 is not in"), e.getMessage());
    }

    @Test
    void aRestoreThatDoesNotBringTheDriverBackIsARestoreFailure() throws Exception {
        List<SavedDriver> saved = binder.bind(List.of(E1000E), Vfio.PCI);
        board.refuses.put("e1000e", Set.of("0000:00:08.0"));
        AgentException e = assertThrows(AgentException.class, () -> binder.restore(saved));
        assertEquals(Failure.RESTORE_FAILED, e.failure());
        assertTrue(e.getMessage().contains("0000:00:08.0 is on no driver instead of e1000e"), e.getMessage());
    }

    @Test
    void anFslMcContainerIsBoundAsAUnitOnItsBusAndItsObjectsFollow() throws Exception {
        SimulatedSysfs mc = SimulatedSysfs.dpaa2(dir.resolve("mc"));
        DeviceBinder binder = new DeviceBinder(mc.sys, mc::write, ProtectedDevices.detect(mc.sys, mc.proc, List.of()));
        DeviceId dprc = DeviceId.parse("dprc.2");
        List<SavedDriver> saved = binder.bind(List.of(dprc), Vfio.FSL_MC);
        assertEquals(List.of(new SavedDriver(dprc, "fsl_mc_dprc", null)), saved, "the container only: its objects follow it");
        assertEquals("vfio-fsl-mc", mc.driver("dprc.2"));
        assertEquals("vfio-fsl-mc", mc.driver("dpni.0"));
        assertEquals("vfio-fsl-mc", mc.driver("dpio.1"));
        assertTrue(mc.writes.stream().allMatch(w -> w.startsWith("bus/fsl-mc/")), mc.writes.toString());
        assertTrue(mc.writes.contains("bus/fsl-mc/drivers_probe=dprc.2"), mc.writes.toString());
        binder.restore(saved);
        assertEquals("fsl_mc_dprc", mc.driver("dprc.2"));
        assertEquals("fsl_dpaa2_eth", mc.driver("dpni.0"));
        assertEquals("fsl_mc_dpio", mc.driver("dpio.1"));
        assertEquals("(null)", mc.override("dpni.0"));
    }
}
