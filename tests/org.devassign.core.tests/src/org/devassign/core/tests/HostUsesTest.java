package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.HostUse.Kind;
import org.devassign.core.sysfs.HostUses;
import org.devassign.core.sysfs.SysfsDevices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the host uses its devices for, on a tree laid out as the kernel lays it out: an NVMe disk under
 * native multipath (the disk a virtual device of its subsystem, only the hidden path device under the
 * controller) mounted on /data, with its controller node open in another process; a second NVMe whose
 * partition holds an LVM volume mounted on /srv; a virtio disk with the root file system and swap; an
 * e1000e whose interface is up with a route, an igb whose interface is down; a framebuffer with the
 * kernel's console.
 */
class HostUsesTest {

    static final DeviceId NVME = DeviceId.parse("0000:00:09.0");
    static final DeviceId NVME_LVM = DeviceId.parse("0000:00:0d.0");
    static final DeviceId VIRTIO_DISK = DeviceId.parse("0000:00:04.0");
    static final DeviceId E1000E = DeviceId.parse("0000:00:08.0");
    static final DeviceId IGB = DeviceId.parse("0000:00:0c.0");
    static final DeviceId VGA = DeviceId.parse("0000:00:01.0");
    static final DeviceId EDU = DeviceId.parse("0000:00:05.0");

    @TempDir
    Path root;
    Path sys;
    Path proc;

    private Path pci(String name) throws IOException {
        Path dir = Files.createDirectories(sys.resolve("devices/pci0000:00").resolve(name));
        link(sys.resolve("bus/pci/devices").resolve(name), dir);
        return dir;
    }

    private void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, link.getParent().relativize(target));
    }

    private Path block(Path dir, String number, long sectors) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dev"), number + "\n");
        Files.writeString(dir.resolve("size"), sectors + "\n");
        link(sys.resolve("class/block").resolve(dir.getFileName()), dir);
        return dir;
    }

    private Path classDevice(Path dir, String devName, String number) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dev"), number + "\n");
        Files.writeString(dir.resolve("uevent"), "MAJOR=1\nDEVNAME=" + devName + "\n");
        return dir;
    }

    @BeforeEach
    void board() throws IOException {
        sys = root.resolve("sys");
        proc = root.resolve("proc");
        // NVMe disk, native multipath: /dev/nvme0n1 is a virtual device of nvme-subsys0; nvme0c0n1 links it to the controller
        Path nvme = pci("0000:00:09.0");
        Path ctrl = classDevice(nvme.resolve("nvme/nvme0"), "nvme0", "240:0");
        Files.createDirectories(ctrl.resolve("nvme0c0n1"));
        link(sys.resolve("class/block/nvme0c0n1"), ctrl.resolve("nvme0c0n1"));
        block(sys.resolve("devices/virtual/nvme-subsystem/nvme-subsys0/nvme0n1"), "259:0", 131072);
        // a second NVMe: partition 1 holds an LVM volume mounted on /srv
        Path nvme2 = pci("0000:00:0d.0");
        Path ctrl2 = classDevice(nvme2.resolve("nvme/nvme1"), "nvme1", "240:1");
        Files.createDirectories(ctrl2.resolve("nvme1c1n1"));
        link(sys.resolve("class/block/nvme1c1n1"), ctrl2.resolve("nvme1c1n1"));
        Path disk2 = block(sys.resolve("devices/virtual/nvme-subsystem/nvme-subsys1/nvme1n1"), "259:2", 262144);
        Path part = block(disk2.resolve("nvme1n1p1"), "259:3", 259072);
        Files.writeString(part.resolve("partition"), "1\n");
        Path dm = block(sys.resolve("devices/virtual/block/dm-0"), "253:0", 250000);
        Files.createDirectories(dm.resolve("dm"));
        Files.writeString(dm.resolve("dm/name"), "vg0-data\n");
        Files.writeString(dm.resolve("dm/uuid"), "LVM-abcdef\n");
        link(part.resolve("holders/dm-0"), dm);
        // a virtio disk with the root file system on partition 1 and swap on partition 2
        Path virtio = pci("0000:00:04.0");
        Path vda = block(virtio.resolve("virtio2/block/vda"), "254:0", 2097152);
        Files.writeString(block(vda.resolve("vda1"), "254:1", 2000000).resolve("partition"), "1\n");
        Files.writeString(block(vda.resolve("vda2"), "254:2", 97152).resolve("partition"), "2\n");
        // NICs: eth1 up with a route, eth2 down
        Path e1000e = pci("0000:00:08.0");
        Files.createDirectories(e1000e.resolve("net/eth1"));
        Files.writeString(e1000e.resolve("net/eth1/flags"), "0x1003\n");
        link(sys.resolve("class/net/eth1"), e1000e.resolve("net/eth1"));
        classDevice(e1000e.resolve("ptp/ptp0"), "ptp0", "246:0");
        Path igb = pci("0000:00:0c.0");
        Files.createDirectories(igb.resolve("net/eth2"));
        Files.writeString(igb.resolve("net/eth2/flags"), "0x1002\n");
        link(sys.resolve("class/net/eth2"), igb.resolve("net/eth2"));
        // a framebuffer with the kernel's console on it
        Path vga = pci("0000:00:01.0");
        classDevice(vga.resolve("graphics/fb0"), "fb0", "29:0");
        Files.createDirectories(sys.resolve("class/vtconsole/vtcon1"));
        Files.writeString(sys.resolve("class/vtconsole/vtcon1/name"), "(M) frame buffer device\n");
        Files.writeString(sys.resolve("class/vtconsole/vtcon1/bind"), "1\n");
        pci("0000:00:05.0");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self/mountinfo"), String.join("\n",
                "21 1 254:1 / / rw,relatime shared:1 - ext4 /dev/root rw",
                "30 21 259:0 / /data rw,relatime shared:9 - ext4 /dev/nvme0n1 rw",
                "31 21 253:0 / /srv rw,relatime - xfs /dev/mapper/vg0-data rw",
                "32 21 0:22 / /proc rw - proc proc rw",
                "33 21 0:40 / /with\\040space rw - tmpfs tmpfs rw") + "\n");
        Files.writeString(proc.resolve("swaps"), "Filename\tType\tSize\tUsed\tPriority\n/dev/vda2 partition 48572 0 -2\n/swapfile file 1024 0 -3\n");
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/route"), "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\tMTU\tWindow\tIRTT\n"
                + "eth1\t0003000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"
                + "eth9\t00000000\t0202000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n" + "garbage line\n");
        Path fd = Files.createDirectories(proc.resolve("4242/fd"));
        Files.createSymbolicLink(fd.resolve("3"), Path.of("/dev/nvme0"));
        Files.createSymbolicLink(fd.resolve("4"), Path.of("/dev/null"));
        Files.writeString(proc.resolve("4242/comm"), "nvme-cli\n");
        Files.createDirectories(proc.resolve("4243/fd"));
        Files.createSymbolicLink(proc.resolve("4243/fd/7"), Path.of("/dev/nvme0n1"));
        Files.writeString(proc.resolve("4243/comm"), "dd\n");
    }

    private HostUses.Found scan() {
        return new HostUses(SysfsDevices.at(sys), proc, false).scan();
    }

    @Test
    void aMountedMultipathNvmeDiskIsFoundThroughItsPathDeviceWithTheReasonAndTheRemedy() {
        List<HostUse> nvme = scan().of(NVME);
        assertEquals(new HostUse(Kind.BLOCK, "/dev/nvme0n1", "64 MiB disk", false), nvme.get(0));
        assertTrue(nvme.contains(new HostUse(Kind.MOUNT, "/dev/nvme0n1", "mounted on /data", true)), nvme.toString());
        assertTrue(nvme.contains(new HostUse(Kind.FD, "/dev/nvme0", "open in process 4242 (nvme-cli)", true)), nvme.toString());
        assertTrue(nvme.contains(new HostUse(Kind.FD, "/dev/nvme0n1", "open in process 4243 (dd)", true)), nvme.toString());
        assertEquals("device nvme0 (0000:00:09.0) holds /dev/nvme0n1, mounted on /data: giving it away fails those reads and writes;"
                + " unmount it first; it also holds /dev/nvme0, open in process 4242 (nvme-cli): giving it away fails that process's reads"
                + " and writes; stop that process first; it also holds /dev/nvme0n1, open in process 4243 (dd): giving it away fails that"
                + " process's reads and writes; stop that process first, or mark the assignment `force`",
                HostUse.refusal("device nvme0 (0000:00:09.0)", nvme, "mark the assignment `force`").orElseThrow());
        assertEquals(List.of("/dev/nvme0n1 (64 MiB disk)"), HostUse.losses(nvme));
    }

    @Test
    void anLvmVolumeOnAPartitionMakesTheDiskInUseThroughItsHolder() {
        List<HostUse> nvme = scan().of(NVME_LVM);
        assertTrue(nvme.contains(new HostUse(Kind.BLOCK, "/dev/nvme1n1p1", "126.5 MiB partition of /dev/nvme1n1", false)), nvme.toString());
        assertTrue(nvme.contains(new HostUse(Kind.HOLDER, "/dev/nvme1n1p1", "under /dev/dm-0 (LVM volume vg0-data), mounted on /srv", true)),
                nvme.toString());
        assertEquals(List.of("/dev/nvme1n1 (128 MiB disk)", "/dev/nvme1n1p1 (126.5 MiB partition of /dev/nvme1n1)"), HostUse.losses(nvme));
    }

    @Test
    void theRootFileSystemsDiskIsNamedAndItsSwapIsInUse() {
        HostUses.Found found = scan();
        assertEquals(Map.of(VIRTIO_DISK, "the root file system (/) (/dev/vda1)"), found.rootFilesystem());
        List<HostUse> disk = found.of(VIRTIO_DISK);
        assertTrue(disk.contains(new HostUse(Kind.SWAP, "/dev/vda2", "used as swap", true)), disk.toString());
        assertTrue(disk.contains(new HostUse(Kind.MOUNT, "/dev/vda1", "mounted on /", true)), disk.toString());
    }

    @Test
    void anInterfaceThatIsUpIsInUseWithItsRoutesAndOneThatIsDownIsOnlyLost() {
        HostUses.Found found = scan();
        List<HostUse> e1000e = found.of(E1000E);
        assertTrue(e1000e.contains(new HostUse(Kind.INTERFACE, "eth1", "up (routes: 10.0.3.0/24)", true)), e1000e.toString());
        assertEquals("device e1000e (0000:00:08.0) carries interface eth1, up (routes: 10.0.3.0/24): giving it away cuts its connections;"
                + " take it down first (ip link set eth1 down), or mark the assignment `force`",
                HostUse.refusal("device e1000e (0000:00:08.0)", e1000e, "mark the assignment `force`").orElseThrow());
        assertEquals(List.of(new HostUse(Kind.INTERFACE, "eth2", "down", false)), found.of(IGB));
        assertTrue(HostUse.refusal("igb", found.of(IGB), "force").isEmpty(), "an interface that is down breaks nothing");
        assertEquals(List.of("interface eth2"), HostUse.losses(found.of(IGB)));
        assertEquals(List.of("eth9"), found.defaultRoute());
    }

    @Test
    void aFramebufferWithTheConsoleIsInUseAndADeviceTheHostDoesNotUseHasNoUse() {
        HostUses.Found found = scan();
        assertEquals(List.of(new HostUse(Kind.CONSOLE, "/dev/fb0", "a framebuffer the kernel's console draws on", true)), found.of(VGA));
        assertEquals(List.of(), found.of(EDU));
    }

    @Test
    void aScanOfSomeDevicesLeavesTheOthersOut() {
        HostUses.Found found = new HostUses(SysfsDevices.at(sys), proc, false).scan(List.of(E1000E));
        assertEquals(List.of(E1000E), List.copyOf(found.uses().keySet()));
        assertEquals(Map.of(VIRTIO_DISK, "the root file system (/) (/dev/vda1)"), found.rootFilesystem(), "the root is always known");
    }

    @Test
    void withoutProcfsOnlyWhatSysfsShowsIsFound() throws IOException {
        HostUses.Found found = new HostUses(SysfsDevices.at(sys), root.resolve("no-proc"), false).scan();
        assertEquals(List.of(new HostUse(Kind.BLOCK, "/dev/nvme0n1", "64 MiB disk", false)), found.of(NVME));
        assertTrue(found.rootFilesystem().isEmpty());
        assertFalse(found.of(E1000E).get(0).detail().contains("routes"));
    }
}
