package org.devassign.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.devassign.agent.AgentException;
import org.devassign.agent.binding.DeviceBinder;
import org.devassign.agent.binding.ProtectedDevices;
import org.devassign.agent.binding.SavedDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding on a simulated q35 sysfs tree with a simulated kernel (see {@link SimulatedBoard}). */
class DeviceBinderTest {

    @TempDir
    Path dir;

    SimulatedBoard board;
    DeviceBinder binder;

    @BeforeEach
    void setUp() throws Exception {
        board = SimulatedBoard.q35(dir);
        binder = new DeviceBinder(board.sys, board, ProtectedDevices.detect(board.sys, board.proc, List.of()));
    }

    @Test
    void bindSavesTheHostDriverAndRestoreBringsItBack() throws Exception {
        List<SavedDriver> saved = binder.bind(List.of("0000:00:08.0"), "vfio-pci");
        assertEquals(List.of(new SavedDriver("pci", "0000:00:08.0", "e1000e", null)), saved);
        assertEquals("vfio-pci", board.driver("0000:00:08.0"));
        assertEquals("vfio-pci", board.override("0000:00:08.0"));
        assertEquals(List.of("devices/pci0000:00/0000:00:08.0/driver_override=vfio-pci".replace("devices/pci0000:00", "bus/pci/devices"),
                "bus/pci/devices/0000:00:08.0/driver/unbind=0000:00:08.0", "bus/pci/drivers_probe=0000:00:08.0"),
                board.writes);
        binder.restore(saved);
        assertEquals("e1000e", board.driver("0000:00:08.0"));
        assertEquals("(null)", board.override("0000:00:08.0"));
    }

    @Test
    void theWholeGroupIsBoundAndTheDriverlessBridgeLeftAlone() throws Exception {
        List<SavedDriver> saved = binder.bind(List.of("0000:01:01.0"), "vfio-pci");
        assertEquals(List.of("0000:01:01.0", "0000:01:02.0"), saved.stream().map(SavedDriver::device).toList());
        assertEquals("vfio-pci", board.driver("0000:01:01.0"));
        assertEquals("vfio-pci", board.driver("0000:01:02.0"));
        assertNull(board.driver("0000:00:07.0"));
        assertEquals("(null)", board.override("0000:00:07.0"));
        assertTrue(board.writes.stream().noneMatch(w -> w.contains("0000:00:07.0")), board.writes.toString());
        binder.restore(saved);
        assertNull(board.driver("0000:01:01.0"));
        assertNull(board.driver("0000:01:02.0"));
        assertEquals("(null)", board.override("0000:01:02.0"));
    }

    @Test
    void bindExactlyLeavesTheCompanionAlone() throws Exception {
        binder.bindExactly(List.of("0000:01:01.0"), "vfio-pci");
        assertEquals("vfio-pci", board.driver("0000:01:01.0"));
        assertNull(board.driver("0000:01:02.0"));
    }

    @Test
    void aDriverThatRefusesOneDeviceLeavesEveryDeviceAsItWas() throws Exception {
        board.refuses.put("vfio-pci", Set.of("0000:01:02.0"));
        AgentException e = assertThrows(AgentException.class, () -> binder.bind(List.of("0000:01:01.0"), "vfio-pci"));
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
        assertThrows(AgentException.class, () -> binder.bind(List.of("0000:00:08.0"), "virtio-pci"));
        assertEquals("e1000e", board.driver("0000:00:08.0"));
        assertEquals("(null)", board.override("0000:00:08.0"));
    }

    @Test
    void anUnknownDriverChangesNothing() throws Exception {
        AgentException e = assertThrows(AgentException.class, () -> binder.bind(List.of("0000:00:05.0"), "no-such-driver"));
        assertTrue(e.getMessage().contains("no driver no-such-driver is registered on the pci bus"), e.getMessage());
        assertEquals(List.of(), board.writes);
    }

    @Test
    void theAgentsNicAndTheRootFileSystemAreFoundAndRefusedWithTheReason() throws Exception {
        ProtectedDevices p = binder.protectedDevices();
        assertEquals(Set.of("0000:00:02.0", "0000:00:03.0"), p.devices());
        assertTrue(p.reason("0000:00:03.0").orElseThrow().contains("root file system"));
        AgentException nic = assertThrows(AgentException.class, () -> binder.bind(List.of("0000:00:02.0"), "vfio-pci"));
        assertTrue(nic.getMessage().contains("0000:00:02.0: it carries the agent's own network connection (interface eth0)"),
                nic.getMessage());
        AgentException rootfs = assertThrows(AgentException.class,
                () -> binder.bind(List.of("0000:00:05.0", "0000:00:03.0"), "vfio-pci"));
        assertTrue(rootfs.getMessage().contains("root file system (/) (9p tag hostroot on virtio1)"), rootfs.getMessage());
        assertTrue(rootfs.getMessage().contains("nothing was changed"), rootfs.getMessage());
        assertEquals(List.of(), board.writes);
        assertEquals("virtio-pci", board.driver("0000:00:02.0"));
        assertNull(board.driver("0000:00:05.0"));
    }

    @Test
    void anUnknownDeviceIsNamed() {
        AgentException e = assertThrows(AgentException.class, () -> binder.bind(List.of("0000:09:00.0"), "vfio-pci"));
        assertTrue(e.getMessage().startsWith("Device 0000:09:00.0 is not in"), e.getMessage());
    }
}
