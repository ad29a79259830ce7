package org.devassign.discovery.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.core.identity.PciAddress;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.Mmap;
import org.devassign.core.rules.PciIrq;
import org.devassign.core.sysfs.SysfsReader;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.Trigger;

/**
 * PCI functions from {@code sys/bus/pci/devices}: identity, BARs from {@code resource}, and the
 * regions and interrupts vfio-pci would report for them (region and IRQ indexes as in
 * include/uapi/linux/vfio.h), from the config space's capability list; SR-IOV physical functions
 * with their capability and VFs linked to them ({@link PciSriov}).
 */
final class PciImporter {

    static final int ROM_INDEX = 6;
    static final int CONFIG_INDEX = 7;
    static final int INTX = PciIrq.INTX.index();
    static final int MSI = PciIrq.MSI.index();
    static final int MSIX = PciIrq.MSIX.index();
    static final int ERR = PciIrq.ERR.index();
    static final int REQ = PciIrq.REQ.index();

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private final SysfsReader files;
    private final long pageSize;
    private final boolean msixMappable;
    private final boolean msixResizable;

    /**
     * @param msixMappable whether the kernel offers the MSI-X table's BAR for mmap whole (MSIX_MAPPABLE, since 4.16)
     * @param msixResizable whether vfio-pci lets a user add MSI-X vectors to a device in use (no NORESIZE on the MSI-X index)
     */
    PciImporter(SysfsReader files, long pageSize, boolean msixMappable, boolean msixResizable) {
        this.files = files;
        this.pageSize = pageSize;
        this.msixMappable = msixMappable;
        this.msixResizable = msixResizable;
    }

    /** One imported function and the real directory it came from (to link parents and groups). */
    record Imported(PciDevice device, Path directory, String groupLink) {
    }

    List<Imported> importAll() {
        List<Imported> imported = new ArrayList<>();
        Path devices = files.path("sys/bus/pci/devices");
        for (Path entry : files.list(devices)) {
            String name = entry.getFileName().toString();
            PciAddress address = PciAddress.parseOrNull(name);
            if (address == null) {
                files.warn(entry, "is not named like a PCI address (dddd:bb:ss.f); skipped");
                continue;
            }
            Path directory = files.resolve(entry);
            if (directory == null) {
                continue;
            }
            imported.add(importOne(name, address, directory));
        }
        linkTopology(imported);
        PciSriov.link(files, imported);
        return imported;
    }

    private Imported importOne(String name, PciAddress address, Path dir) {
        PciDevice device = F.createPciDevice();
        device.setSysfsName(name);
        device.setDomain(address.domain());
        device.setBus(address.busNumber());
        device.setSlot(address.slot());
        device.setFunction(address.function());
        device.setVendorId((int) Math.max(0, files.hex(dir.resolve("vendor"), true)));
        device.setDeviceId((int) Math.max(0, files.hex(dir.resolve("device"), true)));
        device.setSubsystemVendorId((int) Math.max(0, files.hex(dir.resolve("subsystem_vendor"), false)));
        device.setSubsystemDeviceId((int) Math.max(0, files.hex(dir.resolve("subsystem_device"), false)));
        long classCode = files.hex(dir.resolve("class"), true);
        device.setClassCode((int) Math.max(0, classCode));
        device.setRevision((int) Math.max(0, files.hex(dir.resolve("revision"), false)));
        device.setName(PciNames.name(device.getClassCode(), address));
        device.setDriver(files.linkName(dir.resolve("driver")));
        String override = files.text(dir.resolve("driver_override"), false);
        device.setDriverOverride(override == null || override.isEmpty() || override.equals("(null)") ? null : override);
        device.setNumaNode((int) files.decimal(dir.resolve("numa_node"), false, -1));
        long mask = files.decimal(dir.resolve("dma_mask_bits"), false, 0);
        if (mask < 0 || mask > 64) {
            files.warn(dir.resolve("dma_mask_bits"), "holds " + mask + ", which is no DMA mask width (0 to 64 bits): left unknown");
            mask = 0;
        }
        device.setDmaMaskBits((int) mask);
        String resetMethods = files.text(dir.resolve("reset_method"), false);
        if (resetMethods != null && !resetMethods.isBlank()) {
            device.getResetMethods().addAll(List.of(resetMethods.trim().split("\\s+")));
        }
        byte[] configBytes = files.bytes(dir.resolve("config"), true);
        PciConfigSpace config = configBytes == null ? null : PciConfigSpace.parse(configBytes);
        if (config != null && config.problem() != null) {
            files.warn(dir.resolve("config"), config.problem() + ": interrupts may be missing from the model");
        }
        device.setBridge(Bridges.isPciBridge(device.getClassCode(), config == null ? -1 : config.headerType()));
        // vfio-pci takes only functions with a normal (type 0) header; without config space, the class tells
        boolean normal = config == null ? !device.isBridge() : config.headerType() == 0;
        device.setMultifunction(config != null && config.multifunctionBit());
        List<PciResources.Resource> resources = addRegions(device, dir, config, normal);
        if (normal) {
            device.setSriov(PciSriov.read(files, dir, configBytes, resources, pageSize));
        }
        if (config != null) {
            long irq = files.decimal(dir.resolve("irq"), false, -1);
            // a VF has no INTx whatever its config space claims (QEMU's NVMe VFs say pin A); vfio-pci offers it none
            boolean virtualFunction = Files.isSymbolicLink(dir.resolve("physfn"));
            addInterrupts(device, config, irq >= 0 ? (int) irq : config.interruptLine(), normal, virtualFunction);
        }
        return new Imported(device, dir, files.linkName(dir.resolve("iommu_group")));
    }

    /** The BARs and config space as regions; returns every line of the resource file (VF BARs and bridge windows too). */
    private List<PciResources.Resource> addRegions(PciDevice device, Path dir, PciConfigSpace config, boolean normal) {
        String text = files.text(dir.resolve("resource"), true);
        List<PciResources.Resource> resources = List.of();
        if (text != null) {
            List<String> problems = new ArrayList<>();
            resources = PciResources.parse(text, problems);
            for (PciResources.Resource r : resources) {
                if (r.index() > ROM_INDEX || r.size() <= 0) {
                    continue; // VF BARs (PciSriov), bridge windows, unimplemented BARs, the upper half of a 64-bit BAR
                }
                Region region = F.createRegion();
                region.setIndex(r.index());
                region.setOffset((long) r.index() << 40);
                region.setBase(r.start());
                region.setSize(r.size());
                region.setPrefetchable((r.flags() & PciResources.IORESOURCE_PREFETCH) != 0);
                region.setSixtyFourBit((r.flags() & PciResources.IORESOURCE_MEM_64) != 0);
                region.setReadable(true);
                if (r.index() == ROM_INDEX) {
                    region.setName("ROM");
                    region.setKind(RegionKind.ROM);
                } else {
                    region.setName("BAR" + r.index());
                    region.setKind(r.io() ? RegionKind.PIO : RegionKind.MMIO);
                    region.setWritable(true);
                    region.setMmappable(r.memory() && Mmap.refusal(new Mmap.Facts(r.io(), false, true, r.start(), r.size(), pageSize)).isEmpty());
                    if (config != null && config.msixTableBar() == r.index() && r.memory()) {
                        region.setMsixTable(true);
                        region.setMsixMappable(msixMappable);
                    }
                }
                device.getRegions().add(region);
            }
            for (String problem : problems) {
                files.warn(dir.resolve("resource"), problem + ": that BAR is missing from the model");
            }
        }
        if (config != null && normal) {
            Region region = F.createRegion();
            region.setIndex(CONFIG_INDEX);
            region.setName("CONFIG");
            region.setKind(RegionKind.CONFIG);
            region.setSize(config.length());
            region.setOffset((long) CONFIG_INDEX << 40);
            region.setReadable(true);
            region.setWritable(true);
            device.getRegions().add(region);
        }
        return resources;
    }

    /**
     * The IRQ indexes as vfio-pci reports them: INTx when a pin is wired and the function is no VF
     * (level, auto-masked), MSI with the vectors the capability allows, MSI-X with its table size
     * (resizable where the kernel allocates MSI-X vectors dynamically), ERR for PCI Express functions
     * and REQ for every function vfio-pci can take (normal header).
     */
    private void addInterrupts(PciDevice device, PciConfigSpace config, int line, boolean normal, boolean virtualFunction) {
        if (config.interruptPin() != 0 && !virtualFunction) {
            Interrupt intx = interrupt(INTX, InterruptKind.INTX, 1, Trigger.LEVEL);
            intx.setMaskable(true);
            intx.setAutomasked(true);
            intx.setNoresize(false);
            intx.setPin(String.valueOf((char) ('A' + config.interruptPin() - 1)));
            intx.setLine(line);
            device.getInterrupts().add(intx);
        }
        if (config.msiVectors() > 0) {
            device.getInterrupts().add(interrupt(MSI, InterruptKind.MSI, config.msiVectors(), Trigger.EDGE));
        }
        if (config.msixVectors() > 0) {
            Interrupt msix = interrupt(MSIX, InterruptKind.MSIX, config.msixVectors(), Trigger.EDGE);
            msix.setNoresize(!msixResizable);
            device.getInterrupts().add(msix);
        }
        if (normal && config.pciExpress()) {
            device.getInterrupts().add(interrupt(ERR, InterruptKind.ERR, 1, Trigger.UNKNOWN));
        }
        if (normal) {
            device.getInterrupts().add(interrupt(REQ, InterruptKind.REQ, 1, Trigger.UNKNOWN));
        }
    }

    private static Interrupt interrupt(int index, InterruptKind kind, int count, Trigger trigger) {
        Interrupt interrupt = F.createInterrupt();
        interrupt.setIndex(index);
        interrupt.setKind(kind);
        interrupt.setCount(count);
        interrupt.setEventfd(true);
        interrupt.setNoresize(true);
        interrupt.setTrigger(trigger);
        return interrupt;
    }

    /** Parent bridges from the directory nesting; multifunction from siblings in the same slot. */
    private static void linkTopology(List<Imported> imported) {
        Map<Path, PciDevice> byDirectory = new HashMap<>();
        Map<String, Integer> functionsPerSlot = new HashMap<>();
        for (Imported i : imported) {
            byDirectory.put(i.directory(), i.device());
            functionsPerSlot.merge(slotKey(i.device()), 1, Integer::sum);
        }
        for (Imported i : imported) {
            PciDevice parent = byDirectory.get(i.directory().getParent());
            if (parent != null) {
                i.device().setParent(parent);
            }
            if (functionsPerSlot.get(slotKey(i.device())) > 1) {
                i.device().setMultifunction(true);
            }
        }
    }

    private static String slotKey(PciDevice d) {
        return d.getDomain() + ":" + d.getBus() + ":" + d.getSlot();
    }
}
