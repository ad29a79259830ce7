package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.devassign.core.identity.PciAddress;
import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery against the kernel's own facts, for every PCI function of the lab board (vmboard/vm --board
 * lab: e1000e, two NVMe, ivshmem, a PCIe switch, igb and the NVMe with two SR-IOV VFs each, the q35's
 * edus and bridge): the board imported from the guest's sysfs snapshot must say exactly what lspci
 * (config space, BARs, capabilities, groups, drivers) and vfio-pci (regions, mmap, IRQ indexes and
 * counts) reported in the same boot. Each test lists every difference it finds, not only the first.
 * What the model has no field for yet (SR-IOV totals, the PF-VF link, MSI-X vectors in use, MSI-X
 * mappability, what the host uses a device for) is not compared here.
 */
class LabBoardDiscoveryTest {

    @TempDir
    static Path dir;

    private static LabBoardSnapshot lab;

    @BeforeAll
    static void captureAndImport() throws Exception {
        lab = LabBoardSnapshot.capture(dir);
    }

    @Test
    void importsCleanly() {
        Board board = lab.imported().board();
        assertEquals(List.of(), lab.imported().warnings());
        Models.assertValid(board);
        assertEquals(BoardSource.SYSFS, board.getSource());
        assertEquals(List.of(), lab.vfio().errors(), "vfio-pci took and gave back every function");
    }

    @Test
    void theLabDevicesAreThereAndComparedWithVfioPci() {
        List<String> wanted = new ArrayList<>(List.of("8086:10d3 e1000e", "1b36:0010 NVMe", "1af4:1110 ivshmem",
                "104c:8232 switch upstream port", "104c:8233 switch downstream port", "1b36:000c root port", "1234:11e8 edu"));
        if (lab.qemuMajor() >= 8) {
            wanted.addAll(List.of("8086:10c9 igb PF", "8086:10ca igb VF"));
        }
        for (String device : wanted) {
            int vendor = Integer.parseInt(device.substring(0, 4), 16);
            int id = Integer.parseInt(device.substring(5, 9), 16);
            List<PciDevice> found = pci().stream().filter(d -> d.getVendorId() == vendor && d.getDeviceId() == id).toList();
            assertFalse(found.isEmpty(), device + " is on the lab board");
            if (!found.get(0).isBridge()) {
                assertTrue(found.stream().allMatch(d -> lab.vfio().devices().containsKey(d.getSysfsName())),
                        device + ": every such function was opened through vfio-pci");
            }
        }
        assertTrue(lab.lspci().functions().values().stream().anyMatch(f -> f.sriov() != null && f.sriov().numVfs() > 0),
                "an SR-IOV PF has VFs in the snapshot");
    }

    @Test
    void everyFunctionTheKernelListsIsImported() {
        assertEquals(new TreeSet<>(lab.lspci().functions().keySet()), pci().stream().map(Device::getSysfsName)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void identityClassAndDriverAsLspciSaysThem() {
        List<String> differences = new ArrayList<>();
        for (LspciReport.Function f : lab.lspci().functions().values()) {
            PciDevice d = device(f.address());
            compare(differences, f.address(), "vendor", hex(f.vendorId()), hex(d.getVendorId()));
            compare(differences, f.address(), "device", hex(f.deviceId()), hex(d.getDeviceId()));
            compare(differences, f.address(), "class", hex(f.classCode()), hex(d.getClassCode()));
            compare(differences, f.address(), "revision", f.revision(), d.getRevision());
            compare(differences, f.address(), "subsystem", hex(f.subsystemVendorId()) + ":" + hex(f.subsystemDeviceId()),
                    hex(d.getSubsystemVendorId()) + ":" + hex(d.getSubsystemDeviceId()));
            compare(differences, f.address(), "driver", f.driver(), d.getDriver());
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void barsAsLspciSaysThem() {
        List<String> differences = new ArrayList<>();
        for (LspciReport.Function f : lab.lspci().functions().values()) {
            PciDevice d = device(f.address());
            Map<Integer, Region> model = d.getRegions().stream().filter(r -> r.getIndex() <= 6)
                    .collect(Collectors.toMap(Region::getIndex, r -> r));
            compare(differences, f.address(), "BAR indexes", new TreeSet<>(f.bars().stream().map(LspciReport.Bar::index).toList()),
                    new TreeSet<>(model.keySet()));
            for (LspciReport.Bar bar : f.bars()) {
                Region r = model.get(bar.index());
                if (r == null) {
                    continue;
                }
                String what = "region " + bar.index();
                compare(differences, f.address(), what + " kind", bar.index() == 6 ? RegionKind.ROM : bar.io() ? RegionKind.PIO
                        : RegionKind.MMIO, r.getKind());
                compare(differences, f.address(), what + " base", hex(bar.base()), hex(r.getBase()));
                compare(differences, f.address(), what + " size", hex(bar.size()), hex(r.getSize()));
                compare(differences, f.address(), what + " 64-bit", bar.sixtyFourBit(), r.isSixtyFourBit());
                compare(differences, f.address(), what + " prefetchable", bar.prefetchable(), r.isPrefetchable());
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void regionsAsVfioPciReportsThem() {
        List<String> differences = new ArrayList<>();
        for (VfioReport.Device v : lab.vfio().devices().values()) {
            PciDevice d = device(v.address());
            Map<Integer, Region> model = d.getRegions().stream().collect(Collectors.toMap(Region::getIndex, r -> r));
            Map<Integer, VfioReport.Region> kernel = v.regions().values().stream().filter(r -> r.size() > 0)
                    .collect(Collectors.toMap(VfioReport.Region::index, r -> r));
            compare(differences, v.address(), "region indexes", new TreeSet<>(kernel.keySet()), new TreeSet<>(model.keySet()));
            for (VfioReport.Region k : kernel.values()) {
                Region r = model.get(k.index());
                if (r == null) {
                    continue;
                }
                String what = "region " + k.index();
                compare(differences, v.address(), what + " size", hex(k.size()), hex(r.getSize()));
                compare(differences, v.address(), what + " offset", hex(k.offset()), hex(r.getOffset()));
                compare(differences, v.address(), what + " readable", k.flags().contains("READ"), r.isReadable());
                compare(differences, v.address(), what + " writable", k.flags().contains("WRITE"), r.isWritable());
                compare(differences, v.address(), what + " mmappable", k.flags().contains("MMAP"), r.isMmappable());
                // the kernel says MSIX_MAPPABLE for the BAR that holds the MSI-X table, and only for it
                compare(differences, v.address(), what + " MSI-X mappable", k.msixMappable(), r.isMsixTable() && r.isMsixMappable());
                compare(differences, v.address(), what + " sparse mmap areas", Objects.requireNonNullElse(k.sparse(), "none"),
                        r.getSparseAreas().isEmpty() ? "none" : r.getSparseAreas().stream()
                                .map(a -> "0x" + Long.toHexString(a.getOffset()) + "+0x" + Long.toHexString(a.getSize()))
                                .collect(Collectors.joining(",")));
            }
            // vfio-pci resets only what the kernel can reset: a function it can reset has reset methods
            if (v.flags().contains("RESET") && d.getResetMethods().isEmpty()) {
                differences.add(v.address() + ": vfio-pci can reset it, but the model has no reset method");
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void interruptsAsLspciAndVfioPciReportThem() {
        List<String> differences = new ArrayList<>();
        // vfio-pci reports MSI-X without NORESIZE since Linux 6.5 on x86 (dynamic MSI-X), and never offers
        // INTx on a VF, whatever pin its config space claims (QEMU 7.2's NVMe VFs claim pin A; the kernel logs
        // "VF reports bogus INTx pin 1"): discovery says the same, so both are compared like everything else
        for (LspciReport.Function f : lab.lspci().functions().values()) {
            PciDevice d = device(f.address());
            Interrupt intx = interrupt(d, InterruptKind.INTX);
            compare(differences, f.address(), "INTx pin", f.intxPin() == 0 || lab.isVirtualFunction(f.address()) ? null
                    : String.valueOf(f.intxPin()), intx == null ? null : intx.getPin());
            Interrupt msi = interrupt(d, InterruptKind.MSI);
            compare(differences, f.address(), "MSI vectors", f.msiVectors(), msi == null ? -1 : msi.getCount());
            Interrupt msix = interrupt(d, InterruptKind.MSIX);
            compare(differences, f.address(), "MSI-X table size", f.msixVectors(), msix == null ? -1 : msix.getCount());
            compare(differences, f.address(), "ERR (a PCI Express endpoint)", f.express() != null && !d.isBridge(),
                    interrupt(d, InterruptKind.ERR) != null);
        }
        for (VfioReport.Device v : lab.vfio().devices().values()) {
            PciDevice d = device(v.address());
            Map<Integer, VfioReport.Irq> kernel = v.irqs().values().stream().filter(i -> i.count() > 0)
                    .collect(Collectors.toMap(VfioReport.Irq::index, i -> i));
            Map<Integer, Interrupt> model = d.getInterrupts().stream().collect(Collectors.toMap(Interrupt::getIndex, i -> i));
            compare(differences, v.address(), "IRQ indexes", new TreeSet<>(kernel.keySet()), new TreeSet<>(model.keySet()));
            for (VfioReport.Irq k : kernel.values()) {
                Interrupt i = model.get(k.index());
                if (i == null) {
                    continue;
                }
                String what = "IRQ " + k.index() + " (" + i.getKind() + ")";
                compare(differences, v.address(), what + " count", k.count(), i.getCount());
                compare(differences, v.address(), what + " flags", k.flags(), irqFlags(i));
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void groupsAsTheKernelFormedThem() {
        List<String> differences = new ArrayList<>();
        for (LspciReport.Function f : lab.lspci().functions().values()) {
            PciDevice d = device(f.address());
            compare(differences, f.address(), "IOMMU group", f.iommuGroup(), d.getIommuGroup() == null ? -1 : d.getIommuGroup().getId());
            if (d.getIommuGroup() != null) {
                Set<String> kernelMembers = lab.lspci().functions().values().stream().filter(o -> o.iommuGroup() == f.iommuGroup())
                        .map(LspciReport.Function::address).collect(Collectors.toCollection(TreeSet::new));
                compare(differences, f.address(), "group members", kernelMembers, d.getIommuGroup().getDevices().stream()
                        .map(Device::getSysfsName).collect(Collectors.toCollection(TreeSet::new)));
            }
            VfioReport.Device v = lab.vfio().devices().get(f.address());
            if (v != null) {
                compare(differences, f.address(), "group vfio-pci opened", v.group(), String.valueOf(f.iommuGroup()));
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void virtualFunctionsAreWhereTheSriovCapabilityPutsThem() {
        List<String> differences = new ArrayList<>();
        for (LspciReport.Function pf : lab.lspci().functions().values()) {
            if (pf.sriov() == null) {
                continue;
            }
            PciAddress a = PciAddress.parse(pf.address());
            int routingId = a.busNumber() << 8 | a.slot() << 3 | a.function();
            for (int i = 0; i < pf.sriov().numVfs(); i++) {
                int vf = routingId + pf.sriov().offset() + i * pf.sriov().stride();
                String address = new PciAddress(a.domain(), vf >> 8, (vf >> 3) & 0x1f, vf & 7).kernelName();
                PciDevice d = pci().stream().filter(x -> x.getSysfsName().equals(address)).findFirst().orElse(null);
                if (d == null) {
                    differences.add(pf.address() + ": VF " + i + " should be at " + address + ", the model has no such device");
                    continue;
                }
                compare(differences, address, "VF vendor:device", hex(pf.vendorId()) + ":" + hex(pf.sriov().vfDeviceId()),
                        hex(d.getVendorId()) + ":" + hex(d.getDeviceId()));
                compare(differences, address, "VF in a group of its own, apart from its PF", Boolean.TRUE,
                        d.getIommuGroup() != null && d.getIommuGroup() != device(pf.address()).getIommuGroup());
            }
        }
        assertEquals(List.of(), differences);
    }

    private static List<PciDevice> pci() {
        return lab.imported().board().getDevices().stream().filter(PciDevice.class::isInstance).map(PciDevice.class::cast).toList();
    }

    private static PciDevice device(String address) {
        return (PciDevice) Models.bySysfsName(lab.imported().board(), address);
    }

    private static Interrupt interrupt(Device d, InterruptKind kind) {
        return d.getInterrupts().stream().filter(i -> i.getKind() == kind).findFirst().orElse(null);
    }

    private static Set<String> irqFlags(Interrupt i) {
        Set<String> flags = new TreeSet<>();
        if (i.isEventfd()) {
            flags.add("EVENTFD");
        }
        if (i.isMaskable()) {
            flags.add("MASKABLE");
        }
        if (i.isAutomasked()) {
            flags.add("AUTOMASKED");
        }
        if (i.isNoresize()) {
            flags.add("NORESIZE");
        }
        return flags;
    }

    /** Records "ADDRESS: WHAT: the kernel says K, the model M" when they differ. */
    private static void compare(List<String> differences, String address, String what, Object kernel, Object model) {
        Object k = kernel instanceof Set<?> s ? new TreeSet<>(s) : kernel;
        Object m = model instanceof Set<?> s ? new TreeSet<>(s) : model;
        if (!Objects.equals(k, m)) {
            differences.add(address + ": " + what + ": the kernel says " + k + ", the model " + m);
        }
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
