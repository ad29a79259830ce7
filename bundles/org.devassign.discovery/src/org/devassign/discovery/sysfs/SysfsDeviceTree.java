package org.devassign.discovery.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.core.sysfs.SysfsReader;
import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.discovery.devicetree.DtProperty;

/** The kernel's view of the device tree, {@code /sys/firmware/devicetree/base}: a directory per node, a file per property. */
final class SysfsDeviceTree {

    private static final int MAX_DEPTH = 64;

    private SysfsDeviceTree() {
    }

    static DeviceTree read(SysfsReader files, Path base) {
        DtNode root = new DtNode("");
        readNode(files, base, root, 0);
        return new DeviceTree(root, List.of(), 0);
    }

    private static void readNode(SysfsReader files, Path dir, DtNode node, int depth) {
        for (Path entry : files.list(dir)) {
            String name = entry.getFileName().toString();
            if (Files.isSymbolicLink(entry)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (depth < MAX_DEPTH) {
                    readNode(files, entry, node.addChild(new DtNode(name)), depth + 1);
                }
            } else {
                byte[] value = files.bytes(entry, false, SysfsReader.MAX_TEXT_FILE_BYTES); // a property is as long as the tree lets it be
                if (value != null) {
                    node.put(new DtProperty(name, value));
                }
            }
        }
    }
}
