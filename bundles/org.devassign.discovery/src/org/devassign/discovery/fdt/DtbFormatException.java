package org.devassign.discovery.fdt;

import java.nio.file.Path;

import org.devassign.model.io.ModelFileException;

/** A DTB that is not a well-formed flattened device tree; the message names the file and byte offset. */
public class DtbFormatException extends ModelFileException {

    private static final long serialVersionUID = 1L;

    private final long offset;

    public DtbFormatException(Path file, long offset, String detail) {
        super(file, 0, 0, "at byte " + offset + " (0x" + Long.toHexString(offset) + "): " + detail, null);
        this.offset = offset;
    }

    /** The byte offset in the file where the problem is. */
    public long offset() {
        return offset;
    }
}
