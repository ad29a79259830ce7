package org.devassign.model.edit;

import java.util.Set;

import org.devassign.core.identity.Printable;
import org.devassign.model.DevAssignPackage.Literals;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * How a board editor shows and reads the numbers of a board. Hardware people read addresses, sizes,
 * offsets, IDs and class codes in hex ({@code lspci -nn}, data sheets, the kernel's resource files),
 * so those are shown as {@code 0x...}; every number field accepts hex or decimal, bounded by what the
 * attribute can hold, and a refusal says what was typed and what to type instead.
 */
public final class NumberProperties {

    private static final Set<EAttribute> HEX = Set.of(
            Literals.PCI_DEVICE__VENDOR_ID, Literals.PCI_DEVICE__DEVICE_ID,
            Literals.PCI_DEVICE__SUBSYSTEM_VENDOR_ID, Literals.PCI_DEVICE__SUBSYSTEM_DEVICE_ID,
            Literals.PCI_DEVICE__CLASS_CODE, Literals.PCI_DEVICE__REVISION,
            Literals.PCI_DEVICE__DOMAIN, Literals.PCI_DEVICE__BUS, Literals.PCI_DEVICE__SLOT,
            Literals.REGION__BASE, Literals.REGION__SIZE, Literals.REGION__OFFSET,
            Literals.SPARSE_AREA__OFFSET, Literals.SPARSE_AREA__SIZE,
            Literals.REGISTER__OFFSET, Literals.IOVA_RANGE__START, Literals.IOVA_RANGE__LAST,
            Literals.DMA_WINDOW__IOVA, Literals.DMA_WINDOW__SIZE, Literals.BOARD__PAGE_SIZE,
            Literals.DT_DEPENDENCY__CELLS, Literals.INTERRUPT__SPECIFIER);

    private NumberProperties() {
    }

    /** Whether the attribute holds a whole number this class reads and writes. */
    public static boolean isNumber(EAttribute attribute) {
        return isInt(attribute) || isLong(attribute);
    }

    public static boolean isHex(EAttribute attribute) {
        return HEX.contains(attribute);
    }

    /** The value as the editor shows it: hex for the attributes people read in hex, decimal otherwise. */
    public static String text(EAttribute attribute, Object value) {
        if (!(value instanceof Number number)) {
            return value == null ? "" : String.valueOf(value);
        }
        long bits = number.longValue();
        if (!isHex(attribute)) {
            return Long.toString(bits);
        }
        return isInt(attribute) ? "0x" + Integer.toHexString((int) bits) : "0x" + Long.toHexString(bits);
    }

    /**
     * Reads what was typed for the attribute: {@code 0x} hex or decimal, {@code _} allowed between
     * digits. Hex covers the attribute's whole bit width (an address may have the top bit set);
     * decimal must fit as written.
     *
     * @return an {@link Integer} or a {@link Long}, as the attribute holds
     * @throws IllegalArgumentException naming the attribute, the text and the accepted forms
     */
    public static Object parse(EAttribute attribute, String typed) {
        String text = typed == null ? "" : typed.strip().replace("_", "");
        boolean hex = text.startsWith("0x") || text.startsWith("0X");
        String digits = hex ? text.substring(2) : text;
        if (digits.isEmpty() || digits.length() > 20) {
            throw refusal(attribute, typed);
        }
        long value;
        try {
            value = hex ? Long.parseUnsignedLong(digits, 16) : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw refusal(attribute, typed);
        }
        if (!isInt(attribute)) {
            return value;
        }
        boolean fits = hex ? (value >>> 32) == 0 : value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        if (!fits) {
            throw new IllegalArgumentException(attribute.getName() + ": " + Printable.quote(typed)
                    + " does not fit in 32 bits: the largest is 0xffffffff.");
        }
        return (int) value;
    }

    private static IllegalArgumentException refusal(EAttribute attribute, String typed) {
        return new IllegalArgumentException(attribute.getName() + ": " + Printable.quote(typed == null ? "" : typed)
                + " is not a number: type hex as 0x1000 or decimal as 4096.");
    }

    private static boolean isInt(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == int.class || type == Integer.class || attribute.getEAttributeType() == EcorePackage.Literals.EINT;
    }

    private static boolean isLong(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == long.class || type == Long.class;
    }
}
