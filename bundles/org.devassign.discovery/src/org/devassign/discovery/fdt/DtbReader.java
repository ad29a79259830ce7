package org.devassign.discovery.fdt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.discovery.devicetree.DtProperty;
import org.devassign.model.io.ModelFileException;

/**
 * Reads a flattened device tree (DTB). Checks the header (magic, version 16 or 17, block offsets and
 * sizes inside the blob), then walks the structure block token by token with every read bounded.
 */
public final class DtbReader {

    public static final int MAGIC = 0xd00dfeed;
    private static final int HEADER_SIZE = 40;
    private static final int HEADER_SIZE_V16 = 36;
    private static final int FDT_BEGIN_NODE = 1;
    private static final int FDT_END_NODE = 2;
    private static final int FDT_PROP = 3;
    private static final int FDT_NOP = 4;
    private static final int FDT_END = 9;
    /** Deeper than any real tree (the kernel's own limit is 64); bounds the work on hostile input. */
    private static final int MAX_DEPTH = 256;

    private final Path file;
    private final byte[] blob;
    private final Map<Integer, String> names = new HashMap<>();
    private int stringsStart;
    private int stringsSize;

    private DtbReader(Path file, byte[] blob) {
        this.file = file;
        this.blob = blob;
    }

    /** Reads a DTB file. */
    public static DeviceTree read(Path file) throws ModelFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file: check the path of the DTB.");
        } catch (IOException e) {
            throw new ModelFileException(file, 0, 0, "cannot read the DTB: " + e.getMessage(), e);
        }
        return read(file, bytes);
    }

    /** Reads a DTB held in memory; {@code file} names it in errors. */
    public static DeviceTree read(Path file, byte[] blob) throws DtbFormatException {
        return new DtbReader(file, blob).read();
    }

    /** Whether the bytes start with the FDT magic. */
    public static boolean looksLikeDtb(byte[] start) {
        return start.length >= 4 && be32(start, 0) == MAGIC;
    }

    private DeviceTree read() throws DtbFormatException {
        if (blob.length < HEADER_SIZE_V16) {
            throw error(0, "the file has " + blob.length + " bytes, fewer than a DTB header (40): not a DTB, or truncated.");
        }
        int magic = be32(blob, 0);
        if (magic != MAGIC) {
            throw error(0, String.format("magic is 0x%08x, not 0xd00dfeed: not a flattened device tree "
                    + "(a DTS source? then open it as .dts).", magic));
        }
        long totalSize = u32(4);
        long offStruct = u32(8);
        long offStrings = u32(12);
        long offMemRsv = u32(16);
        long version = u32(20);
        long lastCompVersion = u32(24);
        long bootCpu = u32(28);
        if (version < 16) {
            throw error(20, "format version " + version + " is too old: this reader reads versions 16 and 17 "
                    + "(recompile the source with a current dtc).");
        }
        if (lastCompVersion > 17) {
            throw error(24, "the tree needs a reader of format version " + lastCompVersion
                    + " or newer; this one reads versions 16 and 17.");
        }
        int headerSize = version >= 17 ? HEADER_SIZE : HEADER_SIZE_V16;
        if (blob.length < headerSize) {
            throw error(0, "the file has " + blob.length + " bytes, fewer than a version " + version + " header ("
                    + headerSize + "): truncated.");
        }
        if (totalSize < headerSize || totalSize > blob.length) {
            throw error(4, "the header says the tree has " + totalSize + " bytes but the file has " + blob.length
                    + (totalSize > blob.length ? ": the file is truncated." : ": the size is impossible."));
        }
        long sizeStrings = u32(32);
        long sizeStruct = version >= 17 ? u32(36) : totalSize - offStruct;
        checkBlock(8, "structure block", offStruct, sizeStruct, totalSize, headerSize);
        checkBlock(12, "strings block", offStrings, sizeStrings, totalSize, headerSize);
        if (offMemRsv < headerSize || offMemRsv > totalSize || (offMemRsv & 7) != 0) {
            throw error(16, "the memory reservation block offset " + offMemRsv + " is not an 8-byte aligned offset inside the "
                    + totalSize + "-byte tree.");
        }
        if ((offStruct & 3) != 0) {
            throw error(8, "the structure block offset " + offStruct + " is not 4-byte aligned.");
        }
        stringsStart = (int) offStrings;
        stringsSize = (int) sizeStrings;
        List<DeviceTree.Reservation> reservations = readReservations((int) offMemRsv, (int) totalSize);
        DtNode root = readStructure((int) offStruct, (int) (offStruct + sizeStruct));
        return new DeviceTree(root, reservations, bootCpu);
    }

    private void checkBlock(int field, String what, long offset, long size, long totalSize, int headerSize)
            throws DtbFormatException {
        if (offset < headerSize || offset > totalSize || size > totalSize - offset) {
            throw error(field, "the " + what + " (offset " + offset + ", " + size + " bytes) does not lie inside the "
                    + totalSize + "-byte tree after its header.");
        }
    }

    private List<DeviceTree.Reservation> readReservations(int at, int end) throws DtbFormatException {
        List<DeviceTree.Reservation> reservations = new ArrayList<>();
        for (int o = at;; o += 16) {
            if (o + 16 > end) {
                throw error(o, "the memory reservation block has no terminating empty entry before the end of the tree.");
            }
            long address = be64(o);
            long size = be64(o + 8);
            if (address == 0 && size == 0) {
                return reservations;
            }
            reservations.add(new DeviceTree.Reservation(address, size));
        }
    }

    private DtNode readStructure(int start, int end) throws DtbFormatException {
        int o = start;
        DtNode root = null;
        DtNode current = null;
        int depth = 0;
        while (true) {
            if (o + 4 > end) {
                throw error(o, "the structure block ends without an FDT_END token"
                        + (depth > 0 ? " (" + depth + " node" + (depth == 1 ? "" : "s") + " still open)" : "") + ".");
            }
            int tokenAt = o;
            int token = be32(blob, o);
            o += 4;
            switch (token) {
                case FDT_BEGIN_NODE -> {
                    int nameEnd = findNul(o, end, tokenAt, "node name");
                    String name = new String(blob, o, nameEnd - o, StandardCharsets.UTF_8);
                    o = align4(nameEnd + 1);
                    if (current == null) {
                        if (root != null) {
                            throw error(tokenAt, "a second root node: a tree has exactly one.");
                        }
                        if (!name.isEmpty()) {
                            throw error(tokenAt, "the root node is named '" + name + "'; the root's name must be empty.");
                        }
                        root = new DtNode("");
                        current = root;
                    } else {
                        if (name.isEmpty()) {
                            throw error(tokenAt, "a node under " + current.path() + " has an empty name.");
                        }
                        if (++depth > MAX_DEPTH) {
                            throw error(tokenAt, "nodes nest deeper than " + MAX_DEPTH + " levels.");
                        }
                        DtNode child = new DtNode(name);
                        DtNode added = current.addChild(child);
                        if (added != child) {
                            throw error(tokenAt, "two nodes named " + name + " under " + current.path() + ".");
                        }
                        current = child;
                    }
                }
                case FDT_END_NODE -> {
                    if (current == null) {
                        throw error(tokenAt, "FDT_END_NODE without an open node.");
                    }
                    current = current.parent();
                    if (current != null) {
                        depth--;
                    }
                }
                case FDT_PROP -> {
                    if (current == null) {
                        throw error(tokenAt, "a property outside any node.");
                    }
                    if (o + 8 > end) {
                        throw error(tokenAt, "a property header runs past the end of the structure block.");
                    }
                    long length = u32(o);
                    long nameOffset = u32(o + 4);
                    o += 8;
                    if (length > end - o) {
                        throw error(tokenAt, "a property of " + current.path() + " claims " + length
                                + " bytes, past the end of the structure block.");
                    }
                    String name = propertyName(nameOffset, tokenAt);
                    byte[] value = new byte[(int) length];
                    System.arraycopy(blob, o, value, 0, (int) length);
                    o = align4(o + (int) length);
                    current.put(new DtProperty(name, value));
                }
                case FDT_NOP -> {
                    // padding left by in-place editors
                }
                case FDT_END -> {
                    if (current != null || root == null) {
                        throw error(tokenAt, root == null ? "FDT_END before the root node."
                                : "FDT_END while node " + current.path() + " is still open.");
                    }
                    return root;
                }
                default -> throw error(tokenAt, String.format("unknown structure token 0x%08x: the structure block is corrupt.", token));
            }
        }
    }

    private String propertyName(long nameOffset, int tokenAt) throws DtbFormatException {
        String cached = names.get((int) nameOffset);
        if (cached != null) {
            return cached;
        }
        if (nameOffset >= stringsSize) {
            throw error(tokenAt, "a property name offset " + nameOffset + " lies outside the " + stringsSize
                    + "-byte strings block.");
        }
        int start = stringsStart + (int) nameOffset;
        int end = stringsStart + stringsSize;
        int nul = findNul(start, end, tokenAt, "property name");
        String name = new String(blob, start, nul - start, StandardCharsets.UTF_8);
        if (name.isEmpty()) {
            throw error(tokenAt, "a property has an empty name.");
        }
        names.put((int) nameOffset, name);
        return name;
    }

    private int findNul(int from, int end, int reportAt, String what) throws DtbFormatException {
        for (int i = from; i < end; i++) {
            if (blob[i] == 0) {
                return i;
            }
        }
        throw error(reportAt, "a " + what + " is not NUL-terminated inside its block.");
    }

    private static int align4(int o) {
        return (o + 3) & ~3;
    }

    private long u32(int o) {
        return be32(blob, o) & 0xffffffffL;
    }

    private long be64(int o) {
        return (u32(o) << 32) | u32(o + 4);
    }

    private static int be32(byte[] b, int o) {
        return ((b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
    }

    private DtbFormatException error(long offset, String detail) {
        return new DtbFormatException(file, offset, detail);
    }
}
