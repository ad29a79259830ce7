package org.devassign.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.devassign.discovery.devicetree.DeviceTreeBoards;
import org.devassign.discovery.dts.DtsReader;
import org.devassign.discovery.fdt.DtbReader;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.BoardSource;
import org.devassign.model.io.ModelFileException;

/**
 * The one way to turn hardware descriptions into boards: a sysfs root (a folder), a DTB or a DTS
 * file. Callers that know the kind use {@link #dtb}, {@link #dts} or {@link #sysfs}; those that
 * have a path (File &gt; Open, the CLI) use {@link #importPath}.
 */
public final class BoardImport {

    /** File extensions the device-tree importers take (without the dot). */
    public static final List<String> DEVICE_TREE_EXTENSIONS = List.of("dtb", "dts");

    private BoardImport() {
    }

    public static ImportResult dtb(Path file) throws ModelFileException {
        return DeviceTreeBoards.toBoard(DtbReader.read(file), file, BoardSource.DTB);
    }

    public static ImportResult dts(Path file, List<Path> includeDirectories) throws ModelFileException {
        return DeviceTreeBoards.toBoard(DtsReader.read(file, includeDirectories), file, BoardSource.DTS);
    }

    public static ImportResult sysfs(Path root) throws ModelFileException {
        return SysfsImporter.importBoard(root);
    }

    /** Whether {@link #importPath} takes this file by its name: {@code .dtb}, {@code .dts}, {@code .dtsi}. */
    public static boolean isDeviceTreeFile(Path file) {
        String extension = extension(file);
        return extension.equals("dtb") || extension.equals("dts") || extension.equals("dtsi") || extension.equals("dtbo");
    }

    /**
     * Imports whatever {@code path} is: a folder is a sysfs root; {@code .dts}/{@code .dtsi} a source;
     * {@code .dtb} or any file starting with the FDT magic a flattened tree.
     */
    public static ImportResult importPath(Path path) throws ModelFileException {
        if (Files.isDirectory(path)) {
            return sysfs(path);
        }
        String extension = extension(path);
        if (extension.equals("dts") || extension.equals("dtsi")) {
            return dts(path, List.of());
        }
        if (extension.equals("dtb") || extension.equals("dtbo") || startsWithFdtMagic(path)) {
            return dtb(path);
        }
        if (!Files.exists(path)) {
            throw new ModelFileException(path, "no such file or folder.");
        }
        throw new ModelFileException(path, "is neither a folder (a sysfs root), a .dtb nor a .dts file: "
                + "name device trees by their kind, or pass the folder that holds sys/.");
    }

    private static boolean startsWithFdtMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return DtbReader.looksLikeDtb(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    private static String extension(Path path) {
        Path name = path.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
