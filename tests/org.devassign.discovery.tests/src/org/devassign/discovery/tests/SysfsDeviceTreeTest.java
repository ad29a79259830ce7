package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.discovery.BoardImport;
import org.devassign.discovery.ImportResult;
import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.discovery.devicetree.DtProperty;
import org.devassign.discovery.fdt.DtbReader;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PlatformDevice;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device-tree board seen through sysfs, as the agent sees an ARM board: QEMU's virt tree laid out
 * the way the kernel shows it (/sys/firmware/devicetree/base, a folder per node and a file per
 * property; platform devices with of_node links). Its platform devices must come out as the DTB
 * import makes them.
 */
class SysfsDeviceTreeTest {

    @TempDir
    Path dir;

    @Test
    void platformDevicesFollowTheirOfNodeIntoTheDeviceTree() throws Exception {
        Path dtb = Oracles.qemuDtb(dir, "aarch64", "virt");
        DeviceTree tree = DtbReader.read(dtb);
        Board fromDtb = BoardImport.dtb(dtb).board();
        Path root = Files.createDirectories(dir.resolve("board"));
        Path base = Files.createDirectories(root.resolve("sys/firmware/devicetree/base"));
        write(tree.root(), base);
        Path devices = Files.createDirectories(root.resolve("sys/devices/platform"));
        Path bus = Files.createDirectories(root.resolve("sys/bus/platform/devices"));
        for (Device device : fromDtb.getDevices()) {
            Path dev = Files.createDirectories(devices.resolve(device.getSysfsName()));
            String dtPath = ((PlatformDevice) device).getDtPath().substring(1);
            Files.createSymbolicLink(dev.resolve("of_node"), Path.of("../../../firmware/devicetree/base/" + dtPath));
            Files.writeString(dev.resolve("driver_override"), "(null)\n");
            Files.createSymbolicLink(bus.resolve(device.getSysfsName()), Path.of("../../../devices/platform/" + device.getSysfsName()));
        }
        Files.createDirectories(root.resolve("proc/sys/kernel"));
        Files.writeString(root.resolve("proc/sys/kernel/osrelease"), "6.1.0-test-arm64\n");
        Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nCPU architecture: 8\n");
        Files.createDirectories(root.resolve("sys/kernel/mm/transparent_hugepage"));
        Files.writeString(root.resolve("sys/kernel/mm/transparent_hugepage/hpage_pmd_size"), "2097152\n");

        ImportResult result = SysfsImporter.importBoard(root);

        Board fromSysfs = result.board();
        assertEquals(List.of(), result.warnings());
        assertEquals("aarch64", fromSysfs.getArchitecture());
        assertEquals(4096, fromSysfs.getPageSize(), "a 2 MiB PMD means 4 KiB pages");
        assertEquals("linux,dummy-virt", fromSysfs.getHardwareModel());
        Models.assertValid(fromSysfs);
        assertEquals(fromDtb.getDevices().size(), fromSysfs.getDevices().size());
        for (Device expected : fromDtb.getDevices()) {
            PlatformDevice actual = (PlatformDevice) Models.bySysfsName(fromSysfs, expected.getSysfsName());
            assertEquals(((PlatformDevice) expected).getDtPath(), actual.getDtPath());
            assertEquals(((PlatformDevice) expected).getCompatible(), actual.getCompatible());
            assertTrue(EcoreUtil.equals(expected.getRegions(), actual.getRegions()), expected.getSysfsName() + " regions");
            assertTrue(EcoreUtil.equals(expected.getInterrupts(), actual.getInterrupts()), expected.getSysfsName() + " interrupts");
        }
    }

    /** The kernel's layout: a folder per node, a file per property holding its raw value. */
    private static void write(DtNode node, Path dir) throws IOException {
        for (DtProperty property : node.properties()) {
            Files.write(dir.resolve(property.name()), property.value());
        }
        for (DtNode child : node.children()) {
            write(child, Files.createDirectories(dir.resolve(child.name())));
        }
    }
}
