package org.devassign.discovery.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.discovery.ImportResult;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.io.ModelFileException;
import org.devassign.testing.RepoFiles;

/**
 * One capture of the lab board (vmboard/capture-sysfs --board lab, 2 VFs on each SR-IOV PF): its sysfs
 * snapshot imported by discovery, and what the guest's kernel reported by itself in the same boot
 * (lspci, vfio-pci). Captured once per kernel, QEMU version and board definition, cached under
 * {@code ${DEVASSIGN_CACHE}/discovery/sysfs}; a cold cache costs one boot of about a minute.
 */
record LabBoardSnapshot(Path root, ImportResult imported, LspciReport lspci, VfioReport vfio, String info, String hostUse) {

    static final String PROFILE = "full";

    static LabBoardSnapshot capture(Path dir) throws IOException, ModelFileException {
        Path vmboard = RepoFiles.root().resolve("vmboard");
        Oracles.run(1200, vmboard.resolve("prepare").toString(), "--profile", PROFILE);
        String printed = Oracles.run(1200, vmboard.resolve("capture-sysfs").toString(), "--board", "lab", "--profile", PROFILE,
                "--cache", Oracles.cache().resolve("sysfs").toString());
        String[] lines = printed.strip().split("\n");
        Path archive = Path.of(lines[lines.length - 1].strip());
        Path root = dir.resolve("lab-" + PROFILE);
        Files.createDirectories(root);
        Oracles.run(60, "tar", "-xzf", archive.toString(), "-C", root.toString());
        return new LabBoardSnapshot(root, SysfsImporter.importBoard(root), LspciReport.parse(read(root, "lspci.txt")),
                VfioReport.parse(read(root, "vfio.txt")), read(root, "info"), read(root, "host-use.txt"));
    }

    /** The QEMU major version the board ran on (from vmboard/info): igb needs 8 or later. */
    int qemuMajor() {
        for (String line : info.split("\n")) {
            if (line.startsWith("qemu=")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("version (\\d+)\\.").matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        throw new AssertionError("vmboard/info names no QEMU version:\n" + info);
    }

    private static String read(Path root, String name) throws IOException {
        Path file = root.resolve("vmboard").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("the lab board capture has no vmboard/" + name + ": vmboard/guest/lab-facts.sh did not run");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
