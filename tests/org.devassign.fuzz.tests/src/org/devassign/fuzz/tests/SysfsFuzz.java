package org.devassign.fuzz.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.io.ModelFileException;

/**
 * The sysfs importer over a tree generated from the input in a temporary folder: a small valid
 * board (one PCI function in an IOMMU group, one platform device) that the input's records then
 * change. A record is {@code op, path, 0, content, 0}: the low three bits of {@code op} choose the
 * folder the path is relative to, bit 3 makes a symbolic link (the content is its target, taken
 * as it is: links that leave the tree are the point), bit 4 a folder. Documented: an import result,
 * or a {@link ModelFileException} for a root without {@code sys/}.
 *
 * <p>The generator never writes through a symbolic link (the fuzzer makes links to anywhere, and
 * the harness may run as root): a record whose path crosses a link is dropped.
 */
public final class SysfsFuzz {

    static final String PCI = "sys/devices/pci0000:00/0000:00:01.0";
    static final String PLATFORM = "sys/devices/platform/f0001000.uart";
    private static final String[] BASES = { "", PCI, PLATFORM, "sys/firmware/devicetree/base", "sys/kernel/iommu_groups",
            "proc", "sys/bus/pci/devices", "sys/bus/platform/devices" };
    private static final int MAX_RECORDS = 64;
    private static final int MAX_CONTENT = 4096;

    private SysfsFuzz() {
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(SysfsFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path root = Scratch.fresh();
        try {
            skeleton(root);
            apply(root, data);
            try {
                SysfsImporter.importBoard(root);
            } catch (ModelFileException e) {
                // the documented refusal (only when sys/ itself is gone)
            }
        } finally {
            Scratch.delete(root);
        }
    }

    private static void skeleton(Path root) throws IOException {
        Path pci = Files.createDirectories(root.resolve(PCI));
        write(pci.resolve("vendor"), "0x1234\n");
        write(pci.resolve("device"), "0x11e8\n");
        write(pci.resolve("class"), "0x00ff00\n");
        write(pci.resolve("revision"), "0x10\n");
        write(pci.resolve("numa_node"), "-1\n");
        write(pci.resolve("dma_mask_bits"), "28\n");
        write(pci.resolve("driver_override"), "(null)\n");
        write(pci.resolve("irq"), "11\n");
        write(pci.resolve("resource"), "0x00000000fea00000 0x00000000feafffff 0x0000000000040200\n"
                + "0x0000000000000000 0x0000000000000000 0x0000000000000000\n");
        byte[] config = new byte[64];
        config[0] = 0x34;
        config[1] = 0x12;
        config[2] = (byte) 0xe8;
        config[3] = 0x11;
        config[0x3d] = 1;
        Files.write(pci.resolve("config"), config);
        Files.createDirectories(root.resolve("sys/kernel/iommu_groups/3/devices"));
        Files.createSymbolicLink(root.resolve("sys/kernel/iommu_groups/3/devices/0000:00:01.0"),
                Path.of("../../../../devices/pci0000:00/0000:00:01.0"));
        Files.createSymbolicLink(pci.resolve("iommu_group"), Path.of("../../../kernel/iommu_groups/3"));
        Files.createDirectories(root.resolve("sys/bus/pci/drivers/vfio-pci"));
        Files.createSymbolicLink(pci.resolve("driver"), Path.of("../../../bus/pci/drivers/vfio-pci"));
        Files.createDirectories(root.resolve("sys/bus/pci/devices"));
        Files.createSymbolicLink(root.resolve("sys/bus/pci/devices/0000:00:01.0"), Path.of("../../../devices/pci0000:00/0000:00:01.0"));
        Path platform = Files.createDirectories(root.resolve(PLATFORM));
        write(platform.resolve("driver_override"), "(null)\n");
        Files.createDirectories(root.resolve("sys/bus/platform/devices"));
        Files.createSymbolicLink(root.resolve("sys/bus/platform/devices/f0001000.uart"),
                Path.of("../../../devices/platform/f0001000.uart"));
        Path proc = Files.createDirectories(root.resolve("proc"));
        write(proc.resolve("iomem"), "f0001000-f0001fff : f0001000.uart\nfea00000-feafffff : 0000:00:01.0\n");
        write(proc.resolve("interrupts"), "           CPU0\n 11:          5   IO-APIC  11-fasteoi   edu\n");
        write(proc.resolve("cmdline"), "console=ttyS0 intel_iommu=on\n");
    }

    private static void apply(Path root, byte[] data) {
        int at = 0;
        for (int records = 0; records < MAX_RECORDS && at < data.length; records++) {
            int op = data[at++] & 0xff;
            int end = end(data, at);
            String path = new String(data, at, end - at, StandardCharsets.UTF_8);
            at = Math.min(data.length, end + 1);
            int contentEnd = end(data, at);
            byte[] content = java.util.Arrays.copyOfRange(data, at, Math.min(contentEnd, at + MAX_CONTENT));
            at = Math.min(data.length, contentEnd + 1);
            try {
                Path target = inside(root.resolve(BASES[op & 7]), path);
                if (target == null || crossesLink(root, target)) {
                    continue;
                }
                if ((op & 16) != 0) {
                    Files.createDirectories(target);
                } else if ((op & 8) != 0) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(new String(content, StandardCharsets.UTF_8)));
                } else {
                    Files.createDirectories(target.getParent());
                    if (Files.isSymbolicLink(target)) {
                        Files.delete(target);
                    }
                    Files.write(target, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                }
            } catch (IOException | RuntimeException e) {
                // a record the file system refuses (a name too long, a file where a folder is): dropped
            }
        }
    }

    private static int end(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return data.length;
    }

    /** The path below {@code base}, without empty, {@code .} and {@code ..} segments; null when nothing is left. */
    private static Path inside(Path base, String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..") && segment.length() < 200) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        Path result = base;
        for (String segment : segments) {
            result = result.resolve(segment);
        }
        return result;
    }

    /** Whether a folder on the way from {@code root} to {@code target} is a symbolic link. */
    private static boolean crossesLink(Path root, Path target) {
        for (Path p = target.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
