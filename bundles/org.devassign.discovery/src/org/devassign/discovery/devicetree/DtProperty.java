package org.devassign.discovery.devicetree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A property of a device-tree node: a name and its raw big-endian value. */
public final class DtProperty {

    private final String name;
    private final byte[] value;

    public DtProperty(String name, byte[] value) {
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    /** The raw value; callers must not change it. */
    public byte[] value() {
        return value;
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Number of whole 32-bit cells. */
    public int cellCount() {
        return value.length / 4;
    }

    /** Cell {@code i} as an unsigned value. */
    public long cell(int i) {
        int o = i * 4;
        return ((value[o] & 0xffL) << 24) | ((value[o + 1] & 0xffL) << 16) | ((value[o + 2] & 0xffL) << 8)
                | (value[o + 3] & 0xffL);
    }

    /** {@code count} cells from {@code start} as one number (Linux's of_read_number: higher cells shift out). */
    public long number(int start, int count) {
        long r = 0;
        for (int i = 0; i < count; i++) {
            r = (r << 32) | cell(start + i);
        }
        return r;
    }

    public long[] cells() {
        long[] cells = new long[cellCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(i);
        }
        return cells;
    }

    /** The first string of a string or string-list property (up to the first NUL). */
    public String string() {
        int end = 0;
        while (end < value.length && value[end] != 0) {
            end++;
        }
        return new String(value, 0, end, StandardCharsets.UTF_8);
    }

    /** The NUL-separated strings of a string list. */
    public List<String> strings() {
        List<String> strings = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == 0) {
                strings.add(new String(value, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < value.length) {
            strings.add(new String(value, start, value.length - start, StandardCharsets.UTF_8));
        }
        return strings;
    }

    @Override
    public String toString() {
        return name + " (" + value.length + " bytes)";
    }
}
