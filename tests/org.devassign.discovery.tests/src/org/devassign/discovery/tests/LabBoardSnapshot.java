package org.devassign.discovery.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.discovery.ImportResult;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.io.ModelFileException;
import org.devassign.testing.RepoFiles;

/**
 * One capture of the lab board (vmboard/capture-sysfs --board lab, 2 VFs on each SR-IOV PF): its sysfs
 * snapshot imported by discovery, and what the guest's kernel reported by itself in the same boot
 * (lspci, vfio-pci). Captured once per kernel, QEMU version and board definition, cached under
 * {@code discovery/sysfs} of the cache the build passes ({@link Oracles#cache()}); a cold cache costs
 * one boot of about a minute.
 */
record LabBoardSnapshot(Path root, ImportResult imported, LspciReport lspci, VfioReport vfio, String info, String hostUse) {

    static final String PROFILE = "full";

    private static final Pattern QEMU_VERSION = Pattern.compile("(?m)^qemu=.*version (\\d+)\\.");

    static LabBoardSnapshot capture(Path dir) throws IOException, ModelFileException {
        Path vmboard = RepoFiles.root().resolve("vmboard");
        Oracles.script(1200, vmboard.resolve("prepare").toString(), "--profile", PROFILE);
        String printed = Oracles.script(1200, vmboard.resolve("capture-sysfs").toString(), "--board", "lab", "--profile", PROFILE,
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
        Matcher m = QEMU_VERSION.matcher(info);
        if (!m.find()) {
            throw new AssertionError("vmboard/info names no QEMU version:\n" + info);
        }
        return Integer.parseInt(m.group(1));
    }

    /** A VF, as the kernel links it to its PF ({@code physfn}); the model has no such link yet. */
    boolean isVirtualFunction(String address) {
        return Files.exists(root.resolve("sys/bus/pci/devices").resolve(address).resolve("physfn"), LinkOption.NOFOLLOW_LINKS);
    }

    private static String read(Path root, String name) throws IOException {
        Path file = root.resolve("vmboard").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("the lab board capture has no vmboard/" + name + ": vmboard/guest/lab-facts.sh did not run");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
