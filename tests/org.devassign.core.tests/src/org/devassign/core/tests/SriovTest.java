package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.SriovLayout;
import org.devassign.core.rules.VfCounts;
import org.devassign.core.sysfs.SriovAttributes;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.core.sysfs.SysfsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SR-IOV in the core: VF addresses from a PF's offset and stride (the lab board's igb and NVMe as the
 * kernel placed their VFs, a bus crossed, the end of the bus range), the PF's sysfs attributes and
 * VF links, and the kernel's rules on VF counts.
 */
class SriovTest {

    @TempDir
    Path root;

    private static PciAddress pci(String text) {
        return PciAddress.parse(text);
    }

    @Test
    void vfAddressesAreWhereTheKernelPutThemOnTheLabBoard() {
        // measured on the lab board (vmboard/README.md): igb PF 00:0c.0, offset 128, stride 2; NVMe PF 00:0d.0, offset 1, stride 1
        assertEquals(pci("0000:00:1c.0"), SriovLayout.vfAddress(pci("0000:00:0c.0"), 128, 2, 0));
        assertEquals(pci("0000:00:1c.2"), SriovLayout.vfAddress(pci("0000:00:0c.0"), 128, 2, 1));
        assertEquals(pci("0000:00:1d.4"), SriovLayout.vfAddress(pci("0000:00:0c.0"), 128, 2, 6), "the igb's seventh VF");
        assertEquals(pci("0000:00:0d.1"), SriovLayout.vfAddress(pci("0000:00:0d.0"), 1, 1, 0));
        assertEquals(pci("0000:00:0d.2"), SriovLayout.vfAddress(pci("0000:00:0d.0"), 1, 1, 1));
    }

    @Test
    void routingIdsCarryIntoTheBusNumberAndKeepTheDomain() {
        // a PF at 03:00.0 (routing ID 0x300) with offset 0x80, stride 1: VF 127 is 0x37f, VF 128 is 0x380 on bus 3, VF 384 on bus 4
        SriovLayout layout = new SriovLayout(pci("0001:03:00.0"), 0x80, 1);
        assertEquals(pci("0001:03:1f.7"), layout.vf(127));
        assertEquals(pci("0001:04:00.0"), layout.vf(128));
        assertEquals(pci("0001:05:00.0"), layout.vf(384));
        for (int i = 0; i < 400; i++) {
            assertEquals(OptionalInt.of(i), layout.indexOf(layout.vf(i), 400), "VF " + i + " found back from its address");
        }
        assertEquals(OptionalInt.empty(), layout.indexOf(layout.vf(10), 10), "VF 10 is not among the first 10");
        assertEquals(OptionalInt.empty(), layout.indexOf(pci("0000:04:00.0"), 400), "another domain");
        assertEquals(OptionalInt.empty(), layout.indexOf(pci("0001:03:00.0"), 400), "the PF itself");
        SriovLayout everyOther = new SriovLayout(pci("0000:00:0c.0"), 128, 2);
        assertEquals(OptionalInt.empty(), everyOther.indexOf(pci("0000:00:1c.1"), 7), "between two VFs");
    }

    @Test
    void vfsBeyondTheLastBusOrWithoutAStrideHaveNoAddress() {
        SriovLayout high = new SriovLayout(pci("0000:ff:00.0"), 0x80, 1);
        assertEquals(pci("0000:ff:1f.7"), high.vf(127));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> high.vf(128));
        assertTrue(e.getMessage().contains("beyond PCI bus 255"), e.getMessage());
        assertEquals(Optional.empty(), high.tryVf(128));
        SriovLayout single = new SriovLayout(pci("0000:00:0d.0"), 1, 0);
        assertEquals(pci("0000:00:0d.1"), single.vf(0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> single.vf(1)).getMessage().contains("stride of 0"));
        assertThrows(IllegalArgumentException.class, () -> single.vf(-1));
        assertThrows(IllegalArgumentException.class, () -> new SriovLayout(pci("0000:00:0d.0"), 0x10000, 1));
        assertThrows(IllegalArgumentException.class, () -> new SriovLayout(pci("0000:00:0d.0"), 1, -1));
    }

    private Path pf(String name, String total, String num, String offset, String stride) throws IOException {
        Path dir = Files.createDirectories(root.resolve("sys/devices/pci0000:00").resolve(name));
        Path link = root.resolve("sys/bus/pci/devices").resolve(name);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, link.getParent().relativize(dir));
        Files.writeString(dir.resolve("sriov_totalvfs"), total + "\n");
        Files.writeString(dir.resolve("sriov_numvfs"), num + "\n");
        Files.writeString(dir.resolve("sriov_offset"), offset + "\n");
        Files.writeString(dir.resolve("sriov_stride"), stride + "\n");
        Files.writeString(dir.resolve("sriov_vf_device"), "10ca\n");
        Files.writeString(dir.resolve("sriov_drivers_autoprobe"), "1\n");
        return dir;
    }

    @Test
    void thePfsAttributesAndVfLinksAreReadAsTheKernelWritesThem() throws IOException {
        Path dir = pf("0000:00:0c.0", "7", "2", "128", "2");
        for (String vf : List.of("0000:00:1c.0", "0000:00:1c.2")) {
            Path vfDir = Files.createDirectories(dir.getParent().resolve(vf));
            Files.createSymbolicLink(vfDir.resolve("physfn"), Path.of("../0000:00:0c.0"));
            Path link = root.resolve("sys/bus/pci/devices").resolve(vf);
            Files.createSymbolicLink(link, link.getParent().relativize(vfDir));
        }
        Files.createSymbolicLink(dir.resolve("virtfn1"), Path.of("../0000:00:1c.2"));
        Files.createSymbolicLink(dir.resolve("virtfn0"), Path.of("../0000:00:1c.0"));
        SysfsDevices devices = SysfsDevices.at(root.resolve("sys"));
        DeviceId pf = DeviceId.parse("0000:00:0c.0");
        assertEquals(Optional.of(new SriovAttributes(7, 2, 128, 2, 0x10ca, true)), devices.sriov(pf));
        assertEquals(List.of(pci("0000:00:1c.0"), pci("0000:00:1c.2")), devices.virtualFunctions(pf));
        assertEquals(Optional.of(pci("0000:00:0c.0")), devices.physicalFunction(pci("0000:00:1c.2")));
        assertEquals(Optional.empty(), devices.physicalFunction(pf));
        assertEquals(Optional.empty(), devices.sriov(pci("0000:00:1c.0")), "a VF is no PF");
        assertEquals(devices.virtualFunctions(pf), List.of(devices.sriov(pf).orElseThrow().layout(pci("0000:00:0c.0")).vf(0),
                devices.sriov(pf).orElseThrow().layout(pci("0000:00:0c.0")).vf(1)), "the links agree with the arithmetic");
    }

    @Test
    void attributesNoCapabilityCanHoldAreWarnedAndTheFunctionIsNoPf() throws IOException {
        List<String> warnings = new ArrayList<>();
        SysfsReader reader = new SysfsReader(root, (path, what) -> warnings.add(root.relativize(path) + ": " + what));
        Path dir = pf("0000:00:0d.0", "7", "9", "1", "1");
        assertEquals(Optional.empty(), SriovAttributes.read(reader, dir), "9 enabled of 7");
        Path other = pf("0000:00:0e.0", "70000", "0", "1", "1");
        assertEquals(Optional.empty(), SriovAttributes.read(reader, other));
        Path words = pf("0000:00:0f.0", "seven", "0", "1", "1");
        assertEquals(Optional.empty(), SriovAttributes.read(reader, words));
        assertEquals(3, warnings.stream().filter(w -> w.contains("no SR-IOV capability can hold")).count(), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'seven', not a decimal number")), String.join("\n", warnings));
    }

    @Test
    void vfCountsFollowTheKernelsRules() {
        assertEquals(VfCounts.Change.CREATE, VfCounts.Change.of(0, 4));
        assertEquals(VfCounts.Change.NONE, VfCounts.Change.of(4, 4));
        assertEquals(VfCounts.Change.THROUGH_ZERO, VfCounts.Change.of(2, 4));
        assertEquals(VfCounts.Change.REMOVE, VfCounts.Change.of(2, 0));
        assertFalse(VfCounts.refusal(7, 7).isPresent());
        assertTrue(VfCounts.refusal(8, 7).orElseThrow().contains("sriov_totalvfs 7"));
        assertTrue(VfCounts.refusal(0, 7).isPresent());
        assertFalse(VfCounts.indexRefusal(3, 4).isPresent());
        assertTrue(VfCounts.indexRefusal(4, 4).orElseThrow().contains("VF 0 to 3"));
        assertTrue(VfCounts.indexRefusal(-1, 4).isPresent());
        assertTrue(VfCounts.indexRefusal(0, 0).orElseThrow().contains("no VFs"));
    }
}
