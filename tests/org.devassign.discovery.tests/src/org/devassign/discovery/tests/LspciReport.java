package org.devassign.discovery.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code lspci -vvv -nn -D} printed in a guest (pciutils reads config space and sysfs its own
 * way): the oracle that discovery's PCI facts are checked against. Only the lines the model has a
 * field for are read; everything else is ignored. Device lines are indented by one tab, the lines of
 * a capability by two, which keeps the VF BARs of an SR-IOV capability apart from the device's own.
 */
final class LspciReport {

    /** One BAR or the expansion ROM (index 6) as lspci printed it. */
    record Bar(int index, boolean io, long base, long size, boolean sixtyFourBit, boolean prefetchable) {
    }

    /** An SR-IOV capability: counts, and where the VFs are (routing ID offset and stride). */
    record Sriov(int initialVfs, int totalVfs, int numVfs, int offset, int stride, int vfDeviceId) {
    }

    /** One function. {@code msiVectors} is the capability's maximum (the N of Count=n/N); -1 when absent. */
    record Function(String address, int classCode, int vendorId, int deviceId, int revision, int subsystemVendorId,
            int subsystemDeviceId, String driver, int iommuGroup, char intxPin, List<Bar> bars, int msiVectors,
            int msixVectors, String express, Sriov sriov) {
    }

    private static final Pattern HEADER = Pattern.compile(
            "^(\\S+) [^\\[]*\\[([0-9a-f]{4})\\]: .*\\[([0-9a-f]{4}):([0-9a-f]{4})\\]( \\(rev ([0-9a-f]{2})\\))?"
                    + "( \\(prog-if ([0-9a-f]{2})( \\[[^\\]]*\\])?\\))?$");
    private static final Pattern SUBSYSTEM = Pattern.compile("^\tSubsystem: .*\\[([0-9a-f]{4}):([0-9a-f]{4})\\]$");
    private static final Pattern GROUP = Pattern.compile("^\tIOMMU group: (\\d+)$");
    private static final Pattern INTERRUPT = Pattern.compile("^\tInterrupt: pin (.) routed to IRQ");
    private static final Pattern REGION = Pattern.compile(
            "^\tRegion (\\d): (Memory|I/O ports) at ([0-9a-f]+)( \\((32|64)-bit, (non-)?prefetchable\\))?.*\\[size=(\\d+)([KMG]?)\\]$");
    private static final Pattern ROM = Pattern.compile("^\tExpansion ROM at ([0-9a-f]+).*\\[size=(\\d+)([KMG]?)\\]$");
    private static final Pattern MSI = Pattern.compile("^\tCapabilities: \\[[0-9a-f]+\\] MSI: Enable. Count=(\\d+)/(\\d+)");
    private static final Pattern MSIX = Pattern.compile("^\tCapabilities: \\[[0-9a-f]+\\] MSI-X: Enable. Count=(\\d+)");
    private static final Pattern EXPRESS = Pattern.compile("^\tCapabilities: \\[[0-9a-f]+\\] Express \\(v\\d\\) (.+?), MSI");
    private static final Pattern SRIOV_COUNTS = Pattern.compile("^\t\tInitial VFs: (\\d+), Total VFs: (\\d+), Number of VFs: (\\d+)");
    private static final Pattern SRIOV_ROUTING = Pattern.compile("^\t\tVF offset: (\\d+), stride: (\\d+), Device ID: ([0-9a-f]{4})");
    private static final Pattern DRIVER = Pattern.compile("^\tKernel driver in use: (\\S+)$");

    private final Map<String, Function> functions;

    private LspciReport(Map<String, Function> functions) {
        this.functions = functions;
    }

    Map<String, Function> functions() {
        return functions;
    }

    static LspciReport parse(String text) {
        Map<String, Function> functions = new LinkedHashMap<>();
        Builder current = null;
        for (String line : text.split("\n")) {
            Matcher m = HEADER.matcher(line);
            if (!line.startsWith("\t") && m.matches()) {
                if (current != null) {
                    functions.put(current.address, current.build());
                }
                current = new Builder(m);
            } else if (current != null) {
                current.line(line);
            }
        }
        if (current != null) {
            functions.put(current.address, current.build());
        }
        if (functions.isEmpty()) {
            throw new AssertionError("lspci printed no PCI function:\n" + text);
        }
        return new LspciReport(functions);
    }

    /** Collects one function's lines. */
    private static final class Builder {
        final String address;
        final int classCode;
        final int vendorId;
        final int deviceId;
        final int revision;
        int subsystemVendorId;
        int subsystemDeviceId;
        String driver;
        int group = -1;
        char pin;
        final List<Bar> bars = new ArrayList<>();
        int msi = -1;
        int msix = -1;
        String express;
        int[] sriovCounts;
        int[] sriovRouting;

        Builder(Matcher header) {
            address = header.group(1);
            int progIf = header.group(8) == null ? 0 : hex(header.group(8));
            classCode = hex(header.group(2)) << 8 | progIf;
            vendorId = hex(header.group(3));
            deviceId = hex(header.group(4));
            revision = header.group(6) == null ? 0 : hex(header.group(6));
        }

        void line(String line) {
            Matcher m;
            if ((m = SUBSYSTEM.matcher(line)).matches()) {
                subsystemVendorId = hex(m.group(1));
                subsystemDeviceId = hex(m.group(2));
            } else if ((m = GROUP.matcher(line)).matches()) {
                group = Integer.parseInt(m.group(1));
            } else if ((m = INTERRUPT.matcher(line)).lookingAt()) {
                pin = m.group(1).charAt(0) == '?' ? 0 : m.group(1).charAt(0);
            } else if ((m = REGION.matcher(line)).matches()) {
                boolean io = m.group(2).equals("I/O ports");
                bars.add(new Bar(Integer.parseInt(m.group(1)), io, Long.parseUnsignedLong(m.group(3), 16),
                        size(m.group(7), m.group(8)), "64".equals(m.group(5)), !io && m.group(6) == null && m.group(5) != null));
            } else if ((m = ROM.matcher(line)).matches()) {
                bars.add(new Bar(6, false, Long.parseUnsignedLong(m.group(1), 16), size(m.group(2), m.group(3)), false, false));
            } else if ((m = MSI.matcher(line)).lookingAt()) {
                msi = Integer.parseInt(m.group(2));
            } else if ((m = MSIX.matcher(line)).lookingAt()) {
                msix = Integer.parseInt(m.group(1));
            } else if ((m = EXPRESS.matcher(line)).lookingAt()) {
                express = m.group(1);
            } else if ((m = SRIOV_COUNTS.matcher(line)).lookingAt()) {
                sriovCounts = new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)) };
            } else if ((m = SRIOV_ROUTING.matcher(line)).lookingAt()) {
                sriovRouting = new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), hex(m.group(3)) };
            } else if ((m = DRIVER.matcher(line)).matches()) {
                driver = m.group(1);
            }
        }

        Function build() {
            Sriov sriov = sriovCounts == null || sriovRouting == null ? null
                    : new Sriov(sriovCounts[0], sriovCounts[1], sriovCounts[2], sriovRouting[0], sriovRouting[1], sriovRouting[2]);
            return new Function(address, classCode, vendorId, deviceId, revision, subsystemVendorId, subsystemDeviceId, driver,
                    group, pin, List.copyOf(bars), msi, msix, express, sriov);
        }
    }

    private static long size(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            case "G" -> n << 30;
            default -> n;
        };
    }

    private static int hex(String text) {
        return Integer.parseInt(text, 16);
    }
}
