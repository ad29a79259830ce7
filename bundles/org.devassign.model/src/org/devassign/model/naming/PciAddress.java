package org.devassign.model.naming;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.model.PciDevice;

/** A PCI address as the kernel writes it: {@code dddd:bb:ss.f}. */
public record PciAddress(int domain, int bus, int slot, int function) {

    private static final Pattern FORM = Pattern.compile(
            "(?:(\\p{XDigit}{1,4}):)?(\\p{XDigit}{1,2}):(\\p{XDigit}{1,2})\\.([0-7])");

    public PciAddress {
        if (domain < 0 || domain > 0xffff || bus < 0 || bus > 0xff || slot < 0 || slot > 0x1f
                || function < 0 || function > 7) {
            throw new IllegalArgumentException(
                    "PCI address out of range: domain " + domain + ", bus " + bus + ", slot " + slot + ", function " + function);
        }
    }

    /** Parses {@code 0000:00:04.0} or the short {@code 00:04.0} (domain 0); returns null for anything else. */
    public static PciAddress parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int slot = Integer.parseInt(m.group(3), 16);
        if (slot > 0x1f) {
            return null;
        }
        int domain = m.group(1) == null ? 0 : Integer.parseInt(m.group(1), 16);
        return new PciAddress(domain, Integer.parseInt(m.group(2), 16), slot, Integer.parseInt(m.group(4)));
    }

    public static PciAddress of(PciDevice device) {
        return new PciAddress(device.getDomain(), device.getBus(), device.getSlot(), device.getFunction());
    }

    @Override
    public String toString() {
        return String.format("%04x:%02x:%02x.%x", domain, bus, slot, function);
    }
}
