package org.devassign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.devassign.model.naming.Labels;
import org.devassign.model.naming.PciAddress;
import org.junit.jupiter.api.Test;

class PciAddressTest {

    @Test
    void parsesTheKernelFormAndTheShortForm() {
        assertEquals(new PciAddress(0, 0, 4, 0), PciAddress.parse("0000:00:04.0"));
        assertEquals(new PciAddress(0, 1, 0x1f, 7), PciAddress.parse("01:1f.7"));
        assertEquals(new PciAddress(0x10, 0xab, 2, 1), PciAddress.parse("0010:AB:02.1"));
        assertEquals("0010:ab:02.1", PciAddress.parse("0010:AB:02.1").toString());
    }

    @Test
    void refusesWhatIsNoPciAddress() {
        assertNull(PciAddress.parse("00:20.0"));
        assertNull(PciAddress.parse("00:04.8"));
        assertNull(PciAddress.parse("edu0"));
        assertNull(PciAddress.parse(null));
    }

    @Test
    void sizesReadTheWayPeopleSayThem() {
        assertEquals("512 bytes", Labels.size(512));
        assertEquals("4 KiB", Labels.size(4096));
        assertEquals("1 MiB", Labels.size(1 << 20));
        assertEquals("1.5 GiB", Labels.size(3L << 29));
    }
}
