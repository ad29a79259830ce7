package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.sysfs.SysfsDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a device sits in the device hierarchy, read through the bus links as the kernel makes them. */
class SysfsDevicesTest {

    @TempDir
    Path root;

    private Path device(String bus, String path) throws IOException {
        Path sys = root.resolve("sys");
        Path dir = Files.createDirectories(sys.resolve("devices").resolve(path));
        Path link = sys.resolve("bus").resolve(bus).resolve("devices").resolve(dir.getFileName());
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, link.getParent().relativize(dir));
        return dir;
    }

    @Test
    void theParentIsTheNearestDeviceOfTheSameBusAbove() throws IOException {
        device("fsl-mc", "platform/80c000000.fsl-mc/dprc.1");
        device("fsl-mc", "platform/80c000000.fsl-mc/dprc.1/dprc.2");
        device("fsl-mc", "platform/80c000000.fsl-mc/dprc.1/dprc.2/dpni.0");
        device("platform", "platform/80c000000.fsl-mc");
        device("pci", "pci0000:00/0000:00:07.0");
        device("pci", "pci0000:00/0000:00:07.0/0000:01:01.0");
        SysfsDevices devices = SysfsDevices.at(root.resolve("sys"));
        assertEquals(Optional.of(DeviceId.parse("dprc.2")), devices.parent(DeviceId.parse("dpni.0")));
        assertEquals(Optional.of(DeviceId.parse("dprc.1")), devices.parent(DeviceId.parse("dprc.2")));
        assertEquals(Optional.empty(), devices.parent(DeviceId.parse("dprc.1")), "the platform device above is of another bus");
        assertEquals(Optional.of(DeviceId.parse("0000:00:07.0")), devices.parent(DeviceId.parse("0000:01:01.0")));
        assertEquals(Optional.empty(), devices.parent(DeviceId.parse("0000:09:00.0")), "no such device");
    }

    @Test
    void theOwnerOfAPathIsTheNearestDeviceOfAnyBus() throws IOException {
        Path nic = device("pci", "pci0000:00/0000:00:02.0");
        Path virtio = Files.createDirectories(nic.resolve("virtio0/net/eth0"));
        Path classNet = root.resolve("sys/class/net/eth0");
        Files.createDirectories(classNet.getParent());
        Files.createSymbolicLink(classNet, classNet.getParent().relativize(virtio));
        SysfsDevices devices = SysfsDevices.at(root.resolve("sys"));
        assertEquals(Optional.of(DeviceId.parse("0000:00:02.0")), devices.owner(classNet));
        assertEquals(Optional.empty(), devices.owner(root.resolve("sys/class/net")), "no device above a class directory");
    }
}
