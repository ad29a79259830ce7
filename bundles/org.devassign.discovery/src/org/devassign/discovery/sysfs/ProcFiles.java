package org.devassign.discovery.sysfs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.model.Trigger;

/**
 * {@code /proc/iomem} and {@code /proc/interrupts}: where the kernel shows the MMIO ranges and
 * interrupts of devices that sysfs does not describe (ACPI platform devices).
 */
final class ProcFiles {

    /** A named range of {@code /proc/iomem}. */
    record IomemRange(long start, long end, String name) {
    }

    /** A line of {@code /proc/interrupts}: the Linux IRQ, the controller's number and the trigger its handler implies. */
    record IrqLine(int irq, String chip, long hwirq, Trigger trigger, List<String> actions) {
    }

    private static final Pattern IOMEM = Pattern.compile("\\s*([0-9a-fA-F]+)-([0-9a-fA-F]+) : (.*)");
    private static final Pattern HWIRQ = Pattern.compile("(\\d+)(?:-(\\S+))?");

    private ProcFiles() {
    }

    static List<IomemRange> iomem(String text) {
        List<IomemRange> ranges = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = IOMEM.matcher(line);
            if (m.matches()) {
                try {
                    ranges.add(new IomemRange(Long.parseUnsignedLong(m.group(1), 16), Long.parseUnsignedLong(m.group(2), 16),
                            m.group(3).trim()));
                } catch (NumberFormatException e) {
                    // a range wider than 64 bits: no device of ours
                }
            }
        }
        return ranges;
    }

    /**
     * Parses {@code /proc/interrupts}: {@code IRQ: count per CPU, chip, hwirq[-handler] [Level|Edge], actions}.
     * Lines of other shapes (NMI, LOC, ERR, ...) are skipped.
     */
    static List<IrqLine> interrupts(String text) {
        List<IrqLine> lines = new ArrayList<>();
        String[] rows = text.split("\n");
        if (rows.length == 0) {
            return lines;
        }
        int cpus = rows[0].trim().isEmpty() ? 0 : rows[0].trim().split("\\s+").length;
        for (int r = 1; r < rows.length; r++) {
            String row = rows[r].trim();
            int colon = row.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            int irq;
            try {
                irq = Integer.parseInt(row.substring(0, colon));
            } catch (NumberFormatException e) {
                continue;
            }
            String[] tokens = row.substring(colon + 1).trim().split("\\s+");
            int t = Math.min(cpus, tokens.length);
            if (tokens.length < t + 2) {
                continue;
            }
            String chip = tokens[t++];
            Matcher hw = HWIRQ.matcher(tokens[t]);
            long hwirq = -1;
            String handler = "";
            if (hw.matches()) {
                hwirq = Long.parseLong(hw.group(1));
                handler = hw.group(2) == null ? "" : hw.group(2);
                t++;
            }
            if (t < tokens.length && (tokens[t].equals("Level") || tokens[t].equals("Edge"))) {
                handler = tokens[t++];
            }
            List<String> actions = new ArrayList<>();
            StringBuilder rest = new StringBuilder();
            for (int i = t; i < tokens.length; i++) {
                rest.append(i > t ? " " : "").append(tokens[i]);
            }
            for (String action : rest.toString().split(",")) {
                if (!action.isBlank()) {
                    actions.add(action.trim());
                }
            }
            lines.add(new IrqLine(irq, chip, hwirq, trigger(handler), actions));
        }
        return lines;
    }

    /** fasteoi and level handlers serve level interrupts; edge handlers edge ones. */
    private static Trigger trigger(String handler) {
        String h = handler.toLowerCase();
        if (h.contains("edge")) {
            return Trigger.EDGE;
        }
        if (h.contains("level") || h.contains("fasteoi")) {
            return Trigger.LEVEL;
        }
        return Trigger.UNKNOWN;
    }
}
