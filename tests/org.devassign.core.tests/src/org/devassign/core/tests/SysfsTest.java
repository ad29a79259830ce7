package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.core.sysfs.SysfsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one sysfs reader over small trees made here: bounded reads, links kept inside the root, devices by identity. */
class SysfsTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private SysfsReader reader() {
        return new SysfsReader(root, (path, message) -> warnings.add(root.relativize(path) + ": " + message));
    }

    @Test
    void attributesAreReadUpToTheirBoundAndProblemsAreWarned() throws Exception {
        Path sys = Files.createDirectories(root.resolve("sys"));
        Files.writeString(sys.resolve("vendor"), "0x1234\n");
        Files.writeString(sys.resolve("odd"), "zz\n");
        byte[] page = new byte[SysfsReader.MAX_ATTRIBUTE_BYTES];
        Files.write(sys.resolve("page"), page);
        Files.write(sys.resolve("huge"), new byte[SysfsReader.MAX_ATTRIBUTE_BYTES + 1]);
        SysfsReader reader = reader();
        assertEquals(0x1234, reader.hex(sys.resolve("vendor"), true));
        assertEquals(-1, reader.hex(sys.resolve("odd"), true));
        assertArrayEquals(page, reader.bytes(sys.resolve("page"), true));
        assertNull(reader.bytes(sys.resolve("huge"), true), "longer than any attribute: not read");
        assertEquals(SysfsReader.MAX_ATTRIBUTE_BYTES + 1, reader.bytes(sys.resolve("huge"), true, SysfsReader.MAX_TEXT_FILE_BYTES).length,
                "a procfs table is read whole up to its own bound");
        assertNull(reader.text(sys.resolve("vendor"), true, 4));
        assertNull(reader.text(sys.resolve("missing"), false));
        assertEquals(-1, reader.hex(sys.resolve("absent"), true));
        assertEquals(List.of("sys/odd: holds 'zz', not a hexadecimal number",
                "sys/huge: is longer than 65536 bytes, which no sysfs attribute is: ignored",
                "sys/vendor: is longer than 4 bytes: ignored",
                "sys/absent: missing: the model lacks what it would say"), warnings);
    }

    @Test
    void linksResolveInsideTheRootOnly() throws Exception {
        Path devices = Files.createDirectories(root.resolve("sys/devices/pci0000:00/0000:00:05.0"));
        Path bus = Files.createDirectories(root.resolve("sys/bus/pci/devices"));
        Files.createSymbolicLink(bus.resolve("0000:00:05.0"), Path.of("../../../devices/pci0000:00/0000:00:05.0"));
        Files.createSymbolicLink(bus.resolve("absolute"), Path.of("/sys/devices/pci0000:00"));
        Files.createSymbolicLink(bus.resolve("escape"), Path.of("../../../../../../../../etc"));
        SysfsReader reader = reader();
        assertEquals(devices, reader.resolve(bus.resolve("0000:00:05.0")));
        assertEquals(devices.getParent(), reader.resolve(bus.resolve("absolute")), "an absolute target is read below the root");
        assertEquals(root.resolve("etc"), reader.resolve(bus.resolve("escape")), ".. stops at the root");
    }

    @Test
    void devicesAreFoundByIdentityAndOddEntriesAreLeftOut() throws Exception {
        Path sys = root.resolve("sys");
        Path bridge = Files.createDirectories(sys.resolve("devices/pci0000:00/0000:00:07.0"));
        Path edu = Files.createDirectories(bridge.resolve("0000:01:01.0"));
        Files.writeString(bridge.resolve("class"), "0x060400\n");
        Files.writeString(edu.resolve("class"), "0x00ff00\n");
        Path drivers = Files.createDirectories(sys.resolve("bus/pci/drivers/uio_pci_generic"));
        Files.createSymbolicLink(edu.resolve("driver"), edu.relativize(drivers));
        Path group = Files.createDirectories(sys.resolve("kernel/iommu_groups/6/devices"));
        Files.createSymbolicLink(edu.resolve("iommu_group"), edu.relativize(group.getParent()));
        Path bus = Files.createDirectories(sys.resolve("bus/pci/devices"));
        for (Path device : List.of(bridge, edu)) {
            Files.createSymbolicLink(bus.resolve(device.getFileName()), bus.relativize(device));
            Files.createSymbolicLink(group.resolve(device.getFileName()), group.relativize(device));
        }
        Files.createDirectories(bus.resolve("not a device"));
        Files.createDirectories(bus.resolve("dprc.1"));
        SysfsDevices devices = new SysfsDevices(sys, reader());
        DeviceId bridgeId = DeviceId.parse("0000:00:07.0");
        DeviceId eduId = DeviceId.parse("0000:01:01.0");
        assertEquals(List.of(bridgeId, eduId), devices.devices(Bus.PCI));
        assertEquals(List.of("sys/bus/pci/devices/dprc.1: is listed on the PCI bus but is not named like a PCI device; left out",
                "sys/bus/pci/devices/not a device: is listed on the PCI bus but is not named like a PCI device; left out"), warnings);
        assertTrue(devices.isBridge(bridgeId));
        assertFalse(devices.isBridge(eduId));
        assertEquals("uio_pci_generic", devices.driver(eduId));
        assertNull(devices.driver(bridgeId));
        assertEquals(6, devices.iommuGroup(eduId));
        assertEquals(List.of(bridgeId, eduId), devices.groupOf(eduId));
        assertEquals(List.of(), devices.devices(Bus.FSL_MC), "a bus the board lacks lists nothing");
    }
}
