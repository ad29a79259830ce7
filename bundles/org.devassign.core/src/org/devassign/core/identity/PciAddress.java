package org.devassign.core.identity;

/**
 * A PCI function's address as the kernel writes it: {@code dddd:bb:ss.f}, hexadecimal, lower case.
 * The domain takes up to eight digits (VMD domains start at 0x10000) and prints with at least four.
 * An SR-IOV virtual function is a PCI function like any other: its address is its identity, and
 * which physical function it belongs to is a fact of the board, not of the name. The PCI bus is
 * {@code busNumber}: {@link #bus()} is the kernel bus every identity has.
 */
public record PciAddress(int domain, int busNumber, int slot, int function) implements DeviceId {

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

    /**
     * {@link #parse}, or null. Read by hand, not by a regular expression: the language checks every
     * assigned device's name several times, and at ten thousand devices a matcher per name costs
     * more than the rest of the check.
     */
    public static PciAddress parseOrNull(String text) {
        if (text == null || text.length() > 20) {
            return null;
        }
        int n = text.length();
        // dddd:bb:ss.f: the last seven characters are bb:ss.f; a domain of 1 to 8 digits and ':' may precede them
        int start = n - 7;
        if (start < 0 || text.charAt(start + 2) != ':' || text.charAt(start + 5) != '.') {
            return null;
        }
        long domain = 0;
        if (start > 0) {
            if (start < 2 || start > 9 || text.charAt(start - 1) != ':') {
                return null;
            }
            for (int i = 0; i < start - 1; i++) {
                int digit = hexDigit(text.charAt(i));
                if (digit < 0) {
                    return null;
                }
                domain = domain << 4 | digit;
            }
        }
        int bus = hexByte(text, start);
        int slot = hexByte(text, start + 3);
        char function = text.charAt(start + 6);
        if (bus < 0 || slot < 0 || function < '0' || function > '7' || domain > Integer.MAX_VALUE || slot > 0x1f) {
            return null;
        }
        return new PciAddress((int) domain, bus, slot, function - '0');
    }

    private static int hexByte(String text, int at) {
        int high = hexDigit(text.charAt(at));
        int low = hexDigit(text.charAt(at + 1));
        return high < 0 || low < 0 ? -1 : high << 4 | low;
    }

    /** An ASCII hexadecimal digit's value (upper or lower case), or -1. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
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
