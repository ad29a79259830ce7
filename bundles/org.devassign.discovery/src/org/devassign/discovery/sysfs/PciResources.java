package org.devassign.discovery.sysfs;

import java.util.ArrayList;
import java.util.List;

import org.devassign.core.sysfs.SysfsReader;

/** The lines of a PCI function's sysfs {@code resource} file: start, end and IORESOURCE_* flags per BAR. */
final class PciResources {

    static final long IORESOURCE_IO = 0x100;
    static final long IORESOURCE_MEM = 0x200;
    static final long IORESOURCE_PREFETCH = 0x2000;
    static final long IORESOURCE_MEM_64 = 0x100000;

    /** One line: index 0..5 BARs, 6 the expansion ROM, 7..12 an SR-IOV PF's VF BARs, then a bridge's windows. */
    record Resource(int index, long start, long end, long flags) {
        long size() {
            return start == 0 && end == 0 ? 0 : end - start + 1;
        }

        boolean io() {
            return (flags & IORESOURCE_IO) != 0;
        }

        boolean memory() {
            return (flags & IORESOURCE_MEM) != 0;
        }
    }

    private PciResources() {
    }

    /** Parses the file; a malformed line is reported through {@code problems} and skipped. */
    static List<Resource> parse(String text, List<String> problems) {
        List<Resource> resources = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException("expected 3 numbers");
                }
                resources.add(new Resource(i, number(parts[0]), number(parts[1]), number(parts[2])));
            } catch (NumberFormatException e) {
                problems.add("line " + (i + 1) + " '" + SysfsReader.abbreviate(line) + "' is not 'start end flags'");
            }
        }
        return resources;
    }

    private static long number(String text) {
        return Long.parseUnsignedLong(text.startsWith("0x") ? text.substring(2) : text, 16);
    }
}
