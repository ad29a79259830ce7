package org.devassign.discovery.devicetree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.devassign.discovery.ImportResult;
import org.devassign.discovery.ImportWarning;
import org.devassign.discovery.SkippedNode;
import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.PlatformDevice;

/** A whole device tree as a board: every enabled, memory-mapped node with {@code reg} and {@code compatible}. */
public final class DeviceTreeBoards {

    /** The page size of the boards these trees describe, unless stated otherwise (arm64 Debian kernels use 4 KiB). */
    public static final long DEFAULT_PAGE_SIZE = 4096;

    private static final Pattern AARCH64_CPU = Pattern.compile(
            "arm,(armv8|cortex-a(3[2-5]|5\\d|6\\d|7\\d+|3\\d\\d|5\\d\\d|7\\d\\d)|cortex-x\\d+|neoverse-.*)|apple,.*|qcom,kryo.*"
                    + "|nvidia,(denver|carmel)|cavium,thunder.*|brcm,(vulcan|brahma-b53)|amcc,.*|fujitsu,a64fx|hisilicon,.*");
    private static final Pattern ARM32_CPU = Pattern.compile("arm,(cortex-a(5|7|8|9|12|15|17)|arm\\d+.*|cortex-r.*|cortex-m.*)|marvell,.*");

    private DeviceTreeBoards() {
    }

    /**
     * Maps the tree to a board.
     *
     * @param source the file the tree came from (names the board and every warning)
     */
    public static ImportResult toBoard(DeviceTree tree, Path source, BoardSource kind) {
        List<ImportWarning> warnings = new ArrayList<>();
        List<SkippedNode> skipped = new ArrayList<>();
        Board board = DevAssignFactory.eINSTANCE.createBoard();
        board.setName(boardName(source));
        board.setSource(kind);
        board.setSourceLocation(source.toString());
        board.setPageSize(DEFAULT_PAGE_SIZE);
        board.setHardwareModel(tree.root().string("model"));
        board.setArchitecture(architecture(tree));
        DeviceTreeMapper mapper = new DeviceTreeMapper(tree, source, warnings, board.getPageSize());
        Map<String, String> names = new HashMap<>();
        for (DtNode node : tree.nodes()) {
            if (!DeviceTreeMapper.isCandidate(node)) {
                continue;
            }
            String why = mapper.whyNotDevice(node);
            if (why != null) {
                skipped.add(new SkippedNode(node.path(), why));
                continue;
            }
            String linuxName = mapper.linuxName(node);
            String clash = names.putIfAbsent(linuxName, node.path());
            if (clash != null) {
                // Linux cannot register two platform devices of one name: such a node is a part of
                // another (an SRAM partition, say) that its parent's driver handles
                skipped.add(new SkippedNode(node.path(), "gets the same Linux name " + linuxName + " as " + clash
                        + ": the kernel registers only one platform device of a name"));
                continue;
            }
            PlatformDevice device = mapper.map(node, linuxName, linuxName);
            board.getDevices().add(device);
        }
        mapper.link(board, 0);
        return new ImportResult(board, warnings, skipped);
    }

    /** The file name without its extension, as a model name. */
    static String boardName(Path source) {
        Path fileName = source.getFileName();
        String name = fileName == null ? "board" : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** uname -m of the machine the tree describes, guessed from its CPUs' compatibles; null when unsure. */
    static String architecture(DeviceTree tree) {
        DtNode cpus = tree.root().child("cpus");
        if (cpus == null) {
            return null;
        }
        for (DtNode cpu : cpus.children()) {
            if (!"cpu".equals(cpu.string("device_type")) && !cpu.baseName().equals("cpu")) {
                continue;
            }
            if (cpu.baseName().startsWith("PowerPC,")) {
                return "ppc";
            }
            for (String compatible : cpu.strings("compatible")) {
                if (compatible.startsWith("riscv")) {
                    return "riscv64";
                }
                if (AARCH64_CPU.matcher(compatible).matches()) {
                    return "aarch64";
                }
                if (ARM32_CPU.matcher(compatible).matches()) {
                    return "arm";
                }
            }
        }
        return null;
    }
}
