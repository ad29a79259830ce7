package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.devassign.discovery.ImportResult;
import org.devassign.discovery.ImportWarning;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.junit.jupiter.api.Test;

/** This machine's own /sys: a real tree no one here wrote, whatever hardware the machine has. */
class LiveSysfsTest {

    @Test
    void thisMachinesSysImportsAndAgreesWithWhatSysfsLists() throws Exception {
        ImportResult result = SysfsImporter.importBoard(Path.of("/"));
        Board board = result.board();
        Models.assertValid(board);
        assertEquals(entries("/sys/bus/pci/devices"), board.getDevices().stream().filter(PciDevice.class::isInstance)
                .map(Device::getSysfsName).sorted().toList());
        assertEquals(entries("/sys/bus/platform/devices"), board.getDevices().stream().filter(PlatformDevice.class::isInstance)
                .map(Device::getSysfsName).sorted().toList());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip(), board.getKernelVersion());
        assertNotNull(board.getArchitecture());
        assertTrue(board.getPageSize() >= 4096);
        for (Device device : board.getDevices()) {
            if (device instanceof PciDevice pci) {
                assertEquals(Long.decode(Files.readString(Path.of("/sys/bus/pci/devices", pci.getSysfsName(), "vendor")).strip()),
                        (long) pci.getVendorId(), pci.getSysfsName());
            }
        }
        long groups = Files.isDirectory(Path.of("/sys/kernel/iommu_groups")) ? entries("/sys/kernel/iommu_groups").size() : 0;
        assertEquals(groups, board.getIommuGroups().size());

        System.out.printf("this machine's /sys: %s, kernel %s, %s, page %d, %d PCI functions, %d platform devices, "
                + "%d IOMMU groups, capabilities %s, %d warnings%n", board.getName(), board.getKernelVersion(),
                board.getArchitecture(), board.getPageSize(),
                board.getDevices().stream().filter(PciDevice.class::isInstance).count(),
                board.getDevices().stream().filter(PlatformDevice.class::isInstance).count(), board.getIommuGroups().size(),
                board.getKernelCapabilities(), result.warnings().size());
        for (Device device : board.getDevices()) {
            System.out.printf("  %-24s %-16s %d regions, %d interrupts, driver %s%n", device.getName(), device.getSysfsName(),
                    device.getRegions().size(), device.getInterrupts().size(), device.getDriver());
        }
        for (ImportWarning warning : result.warnings()) {
            System.out.println("  warning: " + warning);
        }
    }

    private static List<String> entries(String dir) throws Exception {
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
