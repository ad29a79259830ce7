package org.devassign.ui.deploy.live;

import java.util.ArrayList;
import java.util.List;

import org.devassign.model.Region;
import org.devassign.model.Register;
import org.devassign.model.RegisterAccess;
import org.devassign.model.RegisterField;

/**
 * One register of a region as the Registers view shows it: the board model's name, offset, width
 * (bytes), access and fields, and the last value read (null before the first read or for
 * write-only registers).
 */
public final class RegisterRow {

    final String name;
    final long offset;
    final int width;
    final RegisterAccess access;
    final String description;
    final List<RegisterField> fields;
    volatile Long value;
    volatile String error;

    RegisterRow(String name, long offset, int width, RegisterAccess access, String description, List<RegisterField> fields) {
        this.name = name;
        this.offset = offset;
        this.width = width;
        this.access = access;
        this.description = description;
        this.fields = fields;
    }

    /** The region's registers from the board model; without any, the first 16 32-bit words, unnamed. */
    static List<RegisterRow> of(Region region) {
        List<RegisterRow> rows = new ArrayList<>();
        for (Register r : region.getRegisters()) {
            rows.add(new RegisterRow(r.getName(), r.getOffset(), Math.max(1, r.getWidth() / 8), r.getAccess(), r.getDescription(),
                    List.copyOf(r.getFields())));
        }
        if (rows.isEmpty()) {
            for (int offset = 0; offset < Math.min(64, region.getSize()); offset += 4) {
                rows.add(new RegisterRow(String.format("+0x%02x", offset), offset, 4, RegisterAccess.READ_WRITE, null, List.of()));
            }
        }
        return rows;
    }

    boolean readable() {
        return access != RegisterAccess.WRITE_ONLY;
    }

    public String name() {
        return name;
    }

    public Long value() {
        return value;
    }

    public String valueText() {
        if (error != null) {
            return "error: " + error;
        }
        if (!readable()) {
            return "(write-only)";
        }
        return value == null ? "" : String.format("0x%0" + (width * 2) + "x", value);
    }

    /** The named fields of the value: NAME=value per field, in bit order. */
    public String fieldsText() {
        if (value == null || fields.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (RegisterField f : fields) {
            long mask = f.getBitWidth() >= 64 ? -1L : (1L << f.getBitWidth()) - 1;
            long v = (value >>> f.getBitOffset()) & mask;
            out.add(f.getName() + "=" + (f.getBitWidth() == 1 ? String.valueOf(v) : "0x" + Long.toHexString(v)));
        }
        return String.join(" ", out);
    }
}
