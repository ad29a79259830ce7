package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.DmaWindows;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.GroupViability;
import org.devassign.core.rules.Mmap;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.PciIrq;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.QemuMachine;
import org.devassign.core.rules.RegionAccess;
import org.devassign.core.rules.ToolFeature;
import org.devassign.core.rules.ToolVersion;
import org.devassign.core.rules.Vfio;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static DeviceId id(String name) {
        return DeviceId.parse(name);
    }

    @Test
    void eachBusHasOneVfioDriver() {
        assertEquals(Vfio.PCI, Vfio.forDevice(id("0000:00:05.0")));
        assertEquals(Vfio.PLATFORM, Vfio.forDevice(id("LNRO0005:00")));
        assertEquals(Vfio.FSL_MC, Vfio.forDevice(id("dprc.1")));
        assertEquals("vfio-fsl-mc", Vfio.FSL_MC.driverName());
        assertFalse(Vfio.PCI.drives(id("dprc.1")), "an fsl-mc container is never sent to vfio-pci");
        assertEquals(Optional.of(Vfio.PLATFORM), Vfio.ofDriverName("vfio-platform"));
        assertTrue(Vfio.ofDriverName("vfio_pci").isEmpty());
    }

    @Test
    void companionsOnDmaSafeDriversKeepTheGroupViable() {
        assertTrue(Vfio.leavesGroupViable(null));
        assertTrue(Vfio.leavesGroupViable("vfio-pci"));
        assertTrue(Vfio.leavesGroupViable("mlx5_vfio_pci"));
        assertTrue(Vfio.leavesGroupViable("pcieport"));
        assertTrue(Vfio.leavesGroupViable("pci-stub"));
        assertFalse(Vfio.leavesGroupViable("uio_pci_generic"));
        assertFalse(Vfio.leavesGroupViable("nvme"));
    }

    @Test
    void bridgesByClassOrHeader() {
        assertTrue(Bridges.isPciBridge(0x060400, -1));
        assertTrue(Bridges.isPciBridge(0x060401, -1), "subtractive decode is still a PCI-to-PCI bridge");
        assertTrue(Bridges.isPciBridge(0x0000ff, 0x81), "a type-1 header is a bridge whatever its class says");
        assertFalse(Bridges.isPciBridge(0x060100, 0), "an ISA bridge (LPC) is a device with a host driver, not a bridge to skip");
        assertTrue(Bridges.isHostBridge(0x060000));
        assertTrue(Bridges.isIdle(true, null));
        assertTrue(Bridges.isIdle(true, "pcieport"));
        assertFalse(Bridges.isIdle(false, null));
        assertFalse(Bridges.isIdle(true, "shpchp_fake_dma_driver"));
    }

    @Test
    void groupViabilityNamesTheBlockersAndTheIdleCompanions() {
        DeviceId edu2 = id("0000:01:01.0");
        DeviceId edu3 = id("0000:01:02.0");
        DeviceId bridge = id("0000:00:07.0");
        DeviceId disk = id("0000:01:03.0");
        List<GroupMember> group = List.of(new GroupMember(bridge, null, true), new GroupMember(edu2, null, false),
                new GroupMember(edu3, "uio_pci_generic", false),
                new GroupMember(disk, null, false, Optional.of(new Protection(ProtectionKind.ROOT_FILESYSTEM, "it carries /"))));
        GroupViability.Verdict verdict = GroupViability.check(group, Set.of(edu2));
        assertFalse(verdict.viable());
        assertEquals(List.of(edu3, disk), verdict.blockers().stream().map(b -> b.member().id()).toList());
        assertEquals("0000:01:02.0 (on uio_pci_generic)", verdict.blockers().get(0).describe());
        assertEquals("0000:01:03.0 (protected: it carries /)", verdict.blockers().get(1).describe());
        String message = GroupViability.explain(edu2, verdict);
        assertTrue(message.startsWith("the IOMMU group of 0000:01:01.0 is not viable: 0000:01:02.0 (on uio_pci_generic), "
                + "0000:01:03.0 (protected: it carries /) stay on the host."), message);
        assertTrue(message.contains("cannot be assigned"), message);

        GroupViability.Verdict whole = GroupViability.check(group.subList(0, 3), Set.of(edu2, edu3));
        assertTrue(whole.viable(), "the bridge without a driver needs no binding");
        assertTrue(whole.idleCompanions().isEmpty());
        GroupViability.Verdict half = GroupViability.check(List.of(new GroupMember(edu2, null, false), new GroupMember(edu3, null, false)),
                Set.of(edu2));
        assertTrue(half.viable());
        assertEquals(List.of(edu3), half.idleCompanions().stream().map(GroupMember::id).toList());
    }

    @Test
    void openPathsResolveOnTheKernel() {
        assertEquals(Optional.of(OpenPath.CDEV), OpenPath.AUTO.resolve(true));
        assertEquals(Optional.of(OpenPath.GROUP), OpenPath.AUTO.resolve(false));
        assertEquals(Optional.of(OpenPath.GROUP), OpenPath.GROUP.resolve(true));
        assertEquals(Optional.empty(), OpenPath.CDEV.resolve(false));
        assertEquals(Optional.of(OpenPath.CDEV), OpenPath.ofKeyword("cdev"));
        assertEquals(Optional.empty(), OpenPath.ofKeyword("CDEV"));
    }

    @Test
    void protectionIsKeyedByCanonicalIdentity() {
        ProtectionPolicy policy = ProtectionPolicy.of(Map.of(id("0000:00:1f.2"), Protection.of(ProtectionKind.ROOT_FILESYSTEM)));
        assertTrue(policy.isProtected(id("00:1F.2")), "another spelling of the same address is the same device");
        assertFalse(policy.isProtected(id("0000:00:1f.3")));
        ProtectionPolicy both = policy.and(ProtectionPolicy.of(Map.of(id("0000:00:1f.2"), Protection.of(ProtectionKind.POLICY),
                id("0000:00:02.0"), Protection.of(ProtectionKind.AGENT_CONNECTION))));
        assertEquals(ProtectionKind.ROOT_FILESYSTEM, both.check(id("0000:00:1f.2")).orElseThrow().kind());
        assertEquals(ProtectionKind.AGENT_CONNECTION, both.check(id("0000:00:02.0")).orElseThrow().kind());
    }

    @Test
    void mmapFollowsTheKernelsAlignmentRules() {
        assertEquals(Optional.of(Mmap.Refusal.IO_PORT), Mmap.refusal(new Mmap.Facts(true, false, false, 0xc000, 0x20, 4096)));
        assertEquals(Optional.of(Mmap.Refusal.CONFIG_SPACE), Mmap.refusal(new Mmap.Facts(false, true, false, 0, 4096, 4096)));
        assertEquals(Optional.of(Mmap.Refusal.BASE_MISALIGNED),
                Mmap.refusal(new Mmap.Facts(false, false, true, 0xfe400800L, 0x800, 4096)));
        assertEquals(Optional.empty(), Mmap.refusal(new Mmap.Facts(false, false, true, 0xfe400000L, 0x100, 4096)),
                "a sub-page PCI BAR on a page boundary is mapped by vfio-pci");
        assertEquals(Optional.of(Mmap.Refusal.SIZE_MISALIGNED), Mmap.refusal(new Mmap.Facts(false, false, false, 0xa000000L, 0x200, 4096)),
                "a sub-page platform region is not");
        assertEquals(4096, Mmap.usablePage(1000));
        assertEquals(65536, Mmap.usablePage(65536));
    }

    @Test
    void registerAccessesAreCheckedWithoutOverflow() {
        assertEquals(Optional.empty(), RegionAccess.refusal(0, 4, 0x100000));
        assertEquals(Optional.empty(), RegionAccess.refusal(0xffff8, 8, 0x100000));
        assertTrue(RegionAccess.refusal(0x7ffffffffffffff8L, 8, 0x100000).isPresent(), "offset + width must not wrap into range");
        assertTrue(RegionAccess.refusal(0x100000, 4, 0x100000).isPresent());
        assertTrue(RegionAccess.refusal(2, 4, 0x100000).get().contains("aligned"));
        assertTrue(RegionAccess.refusal(0, 3, 0x100000).get().contains("width 3"));
        assertTrue(RegionAccess.refusal(-8, 8, 0x100000).isPresent());
        assertTrue(RegionAccess.refusal(0, 8, 4).isPresent(), "a region smaller than the width holds no access");
    }

    @Test
    void interruptsSignalThroughOneKindAtATime() {
        assertEquals(EnumSet.of(PciIrq.INTX, PciIrq.MSI), PciIrq.conflicting(List.of(PciIrq.INTX, PciIrq.MSI, PciIrq.ERR)));
        assertEquals(EnumSet.of(PciIrq.MSI, PciIrq.MSIX), PciIrq.conflicting(List.of(PciIrq.MSIX, PciIrq.MSI)));
        assertTrue(PciIrq.conflicting(List.of(PciIrq.MSIX, PciIrq.ERR, PciIrq.REQ)).isEmpty());
        assertEquals(Optional.of(PciIrq.MSIX), PciIrq.ofIndex(2));
        assertTrue(PciIrq.inRange(0, 65, 65));
        assertFalse(PciIrq.inRange(1, 65, 65));
        assertFalse(PciIrq.inRange(Integer.MAX_VALUE, Integer.MAX_VALUE, 65), "no overflow into range");
        assertFalse(PciIrq.inRange(0, 0, 1));
    }

    @Test
    void dmaWindowsAreUnsignedAndOverflowSafe() {
        assertTrue(DmaWindows.aligned(0x100000, 4096, 4096));
        assertFalse(DmaWindows.aligned(0x100800, 4096, 4096));
        assertTrue(DmaWindows.overlap(0x1000, 0x2000, 0x2000, 0x1000));
        assertFalse(DmaWindows.overlap(0x1000, 0x1000, 0x2000, 0x1000));
        assertTrue(DmaWindows.overlap(0xfffffffffffff000L, 0x1000, 0xffffffffffffe000L, 0x2000), "near 2^64 is high, not negative");
        List<DmaWindows.Range> q35 = List.of(new DmaWindows.Range(0, 0xfedfffffL), new DmaWindows.Range(0xfef00000L, (1L << 39) - 1));
        assertTrue(DmaWindows.outsideRanges(0x100000, 4096, q35).isEmpty());
        assertEquals("0x0-0xfedfffff, 0xfef00000-0x7fffffffff", DmaWindows.outsideRanges(0xfee00000L, 4096, q35).orElseThrow(),
                "the MSI window is not an IOVA range");
        assertTrue(DmaWindows.withinMask(0xfff000, 4096, 28));
        assertFalse(DmaWindows.withinMask(0x10000000, 4096, 28), "edu's 28-bit DMA mask");
        assertFalse(DmaWindows.withinMask(0xfffffffffffff000L, 0x2000, 64), "a window running past 2^64");
        assertEquals(-1, DmaWindows.lastByte(0xfffffffffffff000L, 0x2000));
    }

    @Test
    void theUsableIovaRangesAreTheApertureWithoutTheReservedRegions() {
        long aperture = (1L << 39) - 1; // QEMU's intel-iommu, aw-bits=39
        DmaWindows.Range msi = new DmaWindows.Range(0xfee00000L, 0xfeefffffL);
        assertEquals(List.of(new DmaWindows.Range(0, 0xfedfffffL), new DmaWindows.Range(0xfef00000L, aperture)),
                DmaWindows.usable(aperture, List.of(msi)), "what VFIO's IOVA_RANGE capability reports on the q35");
        assertEquals(List.of(new DmaWindows.Range(0x1000000L, 0xfedfffffL), new DmaWindows.Range(0xfef00000L, -1L)),
                DmaWindows.usable(-1L, List.of(msi, new DmaWindows.Range(0, 0xffffffL), new DmaWindows.Range(0xfee80000L, 0xfeefffffL))),
                "holes in any order, overlapping, one at 0; the aperture up to 2^64-1");
        assertEquals(List.of(new DmaWindows.Range(0, 0xfffL)), DmaWindows.usable(0xfffL, List.of(new DmaWindows.Range(0x1000, -1L))));
        assertEquals(List.of(), DmaWindows.usable(-1L, List.of(new DmaWindows.Range(0, -1L))), "nothing left");
        assertEquals(List.of(new DmaWindows.Range(0, -1L)), DmaWindows.usable(-1L, List.of()));
    }

    @Test
    void toolVersionsCompareByNumberNotByText() {
        assertEquals(new ToolVersion(7, 2, 0), ToolVersion.parse("7.2").orElseThrow());
        assertEquals(new ToolVersion(9, 0, 0), ToolVersion.parse(" 9 ").orElseThrow());
        assertEquals("7.2.22", ToolVersion.parse("7.2.22").orElseThrow().toString());
        assertTrue(ToolVersion.parse("10.0").orElseThrow().compareTo(ToolVersion.parse("9.2").orElseThrow()) > 0);
        assertTrue(ToolVersion.parse("10.0").orElseThrow().atLeast(9, 0));
        assertFalse(ToolVersion.parse("7.2.22").orElseThrow().atLeast(9, 0), "iommufd needs QEMU 9");
        for (String bad : new String[] { "", "7.x", "v7.2", "7.2.1.1", "-1", "1234567", "7..2" }) {
            assertTrue(ToolVersion.parse(bad).isEmpty(), bad);
        }
        assertTrue(ToolVersion.parse(null).isEmpty());
    }

    @Test
    void toolFeaturesStartAtTheReleaseThatHasThem() {
        assertFalse(ToolFeature.QEMU_IOMMUFD.supportedBy(ToolVersion.parse("7.2").orElseThrow()), "Debian 12's QEMU");
        assertFalse(ToolFeature.QEMU_IOMMUFD.supportedBy(ToolVersion.parse("8.2.9").orElseThrow()));
        assertTrue(ToolFeature.QEMU_IOMMUFD.supportedBy(ToolVersion.parse("9.0").orElseThrow()));
        assertTrue(ToolFeature.QEMU_IOMMUFD.supportedBy(ToolVersion.parse("10.0.2").orElseThrow()), "bookworm-backports");
        assertFalse(ToolFeature.LIBVIRT_IOMMUFD.supportedBy(ToolVersion.parse("11.3").orElseThrow()), "bookworm-backports");
        assertFalse(ToolFeature.LIBVIRT_IOMMUFD.supportedBy(ToolVersion.parse("9.0").orElseThrow()), "Debian 12");
        assertTrue(ToolFeature.LIBVIRT_IOMMUFD.supportedBy(ToolVersion.parse("11.10").orElseThrow()));
        assertTrue(ToolFeature.LIBVIRT_IOMMUFD.supportedBy(ToolVersion.parse("12").orElseThrow()));
        assertEquals("QEMU 7.2 has no iommufd backend (-object iommufd): it needs QEMU 9.0 or later",
                ToolFeature.QEMU_IOMMUFD.refusal(ToolVersion.parse("7.2").orElseThrow()));
        assertEquals("libvirt 11.3 has no iommufd form of host devices (<driver iommufd='yes'/>): it needs libvirt 11.10 or later",
                ToolFeature.LIBVIRT_IOMMUFD.refusal(ToolVersion.parse("11.3").orElseThrow()));
    }

    @Test
    void microvmHasNoPciUnlessStartedWithPcieOn() {
        assertTrue(QemuMachine.hasPci("q35"));
        assertTrue(QemuMachine.hasPci("pc-q35-7.2"));
        assertTrue(QemuMachine.hasPci(null), "QEMU's default here is q35");
        assertFalse(QemuMachine.hasPci("microvm"));
        assertFalse(QemuMachine.hasPci("microvm,rtc=on"));
        assertTrue(QemuMachine.hasPci("microvm,pcie=on"));
        assertEquals("microvm", QemuMachine.type(" MicroVM,pcie=off"));
    }
}
