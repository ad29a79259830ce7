package org.devassign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devassign.model.DevAssignPackage.Literals;
import org.devassign.model.edit.NumberProperties;
import org.junit.jupiter.api.Test;

class NumberPropertiesTest {

    @Test
    void addressesSizesAndIdsShowInHexCountsInDecimal() {
        assertEquals("0x8086", NumberProperties.text(Literals.PCI_DEVICE__VENDOR_ID, 0x8086));
        assertEquals("0x20000", NumberProperties.text(Literals.REGION__SIZE, 0x20000L));
        assertEquals("0xfffffffff0000000", NumberProperties.text(Literals.REGION__BASE, 0xfffffffff0000000L));
        assertEquals("0xffffffff", NumberProperties.text(Literals.PCI_DEVICE__CLASS_CODE, -1));
        assertEquals("65", NumberProperties.text(Literals.INTERRUPT__COUNT, 65));
        assertTrue(NumberProperties.isHex(Literals.REGISTER__OFFSET));
        assertFalse(NumberProperties.isHex(Literals.INTERRUPT__COUNT));
        assertFalse(NumberProperties.isNumber(Literals.DEVICE__DRIVER));
    }

    @Test
    void hexAndDecimalAreReadAsTheAttributeHoldsThem() {
        assertEquals(0x2000L, NumberProperties.parse(Literals.REGION__SIZE, " 0x2000 "));
        assertEquals(8192L, NumberProperties.parse(Literals.REGION__SIZE, "8192"));
        assertEquals(0x1_0000_0000L, NumberProperties.parse(Literals.REGION__BASE, "0x1_0000_0000"));
        assertEquals(0xfffffffff0000000L, NumberProperties.parse(Literals.REGION__BASE, "0xFFFFFFFFF0000000"));
        assertEquals(0x10ec, NumberProperties.parse(Literals.PCI_DEVICE__VENDOR_ID, "0x10EC"));
        assertEquals(-1, NumberProperties.parse(Literals.PCI_DEVICE__CLASS_CODE, "0xffffffff"));
        assertEquals(3, NumberProperties.parse(Literals.INTERRUPT__COUNT, "3"));
    }

    @Test
    void whatIsNotANumberIsRefusedNamingTheFieldTheTextAndTheForms() {
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> NumberProperties.parse(Literals.REGION__SIZE, "4 KiB\n"));
        assertEquals("size: '4 KiB\\n' is not a number: type hex as 0x1000 or decimal as 4096.", words.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberProperties.parse(Literals.REGION__SIZE, "0x"));
        assertThrows(IllegalArgumentException.class, () -> NumberProperties.parse(Literals.REGION__SIZE, ""));
        assertThrows(IllegalArgumentException.class, () -> NumberProperties.parse(Literals.REGION__SIZE, "0x1ffffffffffffffff"));
        assertThrows(IllegalArgumentException.class, () -> NumberProperties.parse(Literals.REGION__SIZE, "99999999999999999999"));
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> NumberProperties.parse(Literals.PCI_DEVICE__VENDOR_ID, "0x100000000"));
        assertEquals("vendorId: '0x100000000' does not fit in 32 bits: the largest is 0xffffffff.", wide.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberProperties.parse(Literals.INTERRUPT__COUNT, "3000000000"));
    }
}
