package org.devassign.discovery.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What vfio-pci itself reported for each function the guest bound to it (vmboard/guest/vfio-facts.c,
 * run by vmboard/guest/lab-facts.sh): the device flags, every region's size, offset, flags, sparse
 * areas and MSI-X mappability, every IRQ index's count and flags. The oracle for what the model says
 * vfio-pci will offer.
 */
final class VfioReport {

    record Region(int index, long size, long offset, Set<String> flags, String sparse, boolean msixMappable) {
    }

    /** An IRQ index; {@code count} -1 when vfio-pci refused to describe it (ERR on a conventional PCI function). */
    record Irq(int index, int count, Set<String> flags) {
    }

    record Device(String address, String driverBefore, String group, Set<String> flags, Map<Integer, Region> regions,
            Map<Integer, Irq> irqs) {
    }

    private static final Pattern DEVICE = Pattern.compile("^device (\\S+) driver=(\\S+) group=(\\S+) flags=(\\S+) regions=\\d+ irqs=\\d+$");
    private static final Pattern REGION = Pattern.compile(
            "^region (\\d+) size=0x([0-9a-f]+) offset=0x([0-9a-f]+) flags=(\\S+)( sparse=(\\S+))?( msix-mappable)?.*$");
    private static final Pattern REGION_UNREADABLE = Pattern.compile("^region (\\d+) unreadable.*$");
    private static final Pattern IRQ = Pattern.compile("^irq (\\d+) count=(\\d+) flags=(\\S+)$");
    private static final Pattern IRQ_UNREADABLE = Pattern.compile("^irq (\\d+) unreadable.*$");

    private final Map<String, Device> devices;
    private final List<String> errors;

    private VfioReport(Map<String, Device> devices, List<String> errors) {
        this.devices = devices;
        this.errors = errors;
    }

    Map<String, Device> devices() {
        return devices;
    }

    /** The "error ..." lines: functions vfio-facts could not bind, open or give back. */
    List<String> errors() {
        return errors;
    }

    static VfioReport parse(String text) {
        Map<String, Device> devices = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        Device current = null;
        for (String line : text.split("\n")) {
            Matcher m;
            if ((m = DEVICE.matcher(line)).matches()) {
                current = new Device(m.group(1), m.group(2), m.group(3), flags(m.group(4)), new LinkedHashMap<>(),
                        new LinkedHashMap<>());
                devices.put(current.address(), current);
            } else if (line.startsWith("error ")) {
                errors.add(line);
            } else if (current == null) {
                continue;
            } else if ((m = REGION.matcher(line)).matches()) {
                int index = Integer.parseInt(m.group(1));
                current.regions().put(index, new Region(index, Long.parseUnsignedLong(m.group(2), 16),
                        Long.parseUnsignedLong(m.group(3), 16), flags(m.group(4)), m.group(6), m.group(7) != null));
            } else if ((m = IRQ.matcher(line)).matches()) {
                int index = Integer.parseInt(m.group(1));
                current.irqs().put(index, new Irq(index, Integer.parseInt(m.group(2)), flags(m.group(3))));
            } else if ((m = IRQ_UNREADABLE.matcher(line)).matches()) {
                int index = Integer.parseInt(m.group(1));
                current.irqs().put(index, new Irq(index, -1, Set.of()));
            } else if (!REGION_UNREADABLE.matcher(line).matches() && !line.startsWith("restored ") && !line.isBlank()) {
                throw new AssertionError("vfio-facts printed a line this test does not know: " + line);
            }
        }
        if (devices.isEmpty()) {
            throw new AssertionError("vfio-facts reported no device:\n" + text);
        }
        return new VfioReport(devices, errors);
    }

    private static Set<String> flags(String text) {
        return text.equals("none") ? Set.of() : Set.of(text.split("\\|"));
    }
}
