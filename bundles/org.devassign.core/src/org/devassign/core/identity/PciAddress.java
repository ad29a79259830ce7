package org.devassign.core.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PCI function's address as the kernel writes it: {@code dddd:bb:ss.f}, hexadecimal, lower case.
 * The domain takes up to eight digits (VMD domains start at 0x10000) and prints with at least four.
 * An SR-IOV virtual function is a PCI function like any other: its address is its identity, and
 * which physical function it belongs to is a fact of the board, not of the name. The PCI bus is
 * {@code busNumber}: {@link #bus()} is the kernel bus every identity has.
 */
public record PciAddress(int domain, int busNumber, int slot, int function) implements DeviceId {

    private static final Pattern FORM = Pattern.compile("(?:(\\p{XDigit}{1,8}):)?(\\p{XDigit}{2}):(\\p{XDigit}{2})\\.([0-7])");

    public PciAddress {
        if (domain < 0 || busNumber < 0 || busNumber > 0xff || slot < 0 || slot > 0x1f || function < 0 || function > 7) {
            throw new IllegalArgumentException("PCI address out of range: domain " + domain + ", bus " + busNumber + ", slot " + slot
                    + ", function " + function);
        }
    }

    /**
     * {@code 0000:00:04.0}, upper or lower case, or the short {@code 00:04.0} (domain 0).
     *
     * @throws DeviceNameException for anything else, a slot above 0x1f included
     */
    public static PciAddress parse(String text) {
        PciAddress address = parseOrNull(text);
        if (address == null) {
            throw new DeviceNameException(text, "not a PCI address dddd:bb:ss.f");
        }
        return address;
    }

    /** {@link #parse}, or null. */
    public static PciAddress parseOrNull(String text) {
        if (text == null || text.length() > 20) {
            return null;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        long domain = m.group(1) == null ? 0 : Long.parseLong(m.group(1), 16);
        int slot = Integer.parseInt(m.group(3), 16);
        if (domain > Integer.MAX_VALUE || slot > 0x1f) {
            return null;
        }
        return new PciAddress((int) domain, Integer.parseInt(m.group(2), 16), slot, Integer.parseInt(m.group(4)));
    }

    @Override
    public Bus bus() {
        return Bus.PCI;
    }

    @Override
    public String kernelName() {
        return String.format("%04x:%02x:%02x.%x", domain, busNumber, slot, function);
    }

    @Override
    public String sortKey() {
        return String.format("%08x:%02x:%02x.%x", domain, busNumber, slot, function);
    }

    @Override
    public String toString() {
        return kernelName();
    }
}
