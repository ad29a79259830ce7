package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;
import org.devassign.core.identity.FslMcName;
import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.PlatformName;
import org.devassign.core.identity.Printable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {

    /** Names a client, a file or a broken kernel might send, none of which is a device. */
    static Stream<String> hostileNames() {
        return Stream.of("./0000:00:1f.2", "a/../0000:00:03.0", "../../../../etc", "../../etc", "0000:00:05.0/", "LNRO0005:00/", "",
                "x".repeat(4096), "0000:00:05.0\n", "edu0\nagent: forged log line", "caf\u00e9", "\u0000", ".", "..", ".hidden",
                "-rf", "0000:00:05.0 ", " 0000:00:05.0", "LNRO0005:00 ", "a\tb", "dev\u007f", "0000:00:20.0", "00:1f.8", "/sys/bus/pci/devices/0000:00:05.0",
                "\u202e0000:00:05.0");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void refusesWhatIsNoKernelDeviceName(String text) {
        DeviceNameException e = assertThrows(DeviceNameException.class, () -> DeviceId.parse(text));
        assertTrue(e.getMessage().contains(DeviceNameException.VALID_FORMS), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "the message is one line: " + e.getMessage());
        assertTrue(e.getMessage().length() < 600, "a 4 KiB name does not make a 4 KiB message");
        assertTrue(DeviceId.tryParse(text).isEmpty());
    }

    @Test
    void aRefusalQuotesTheTextEscapedAndSaysWhy() {
        assertEquals("'a/../0000:00:03.0' is not a device name (it contains '/': a device name is not a path): "
                + DeviceNameException.VALID_FORMS, assertThrows(DeviceNameException.class, () -> DeviceId.parse("a/../0000:00:03.0"))
                        .getMessage());
        String newline = assertThrows(DeviceNameException.class, () -> DeviceId.parse("edu0\nforged")).getMessage();
        assertTrue(newline.startsWith("'edu0\\nforged' is not a device name (it contains the character '\\n' at position 5)"),
                newline);
        String longOne = assertThrows(DeviceNameException.class, () -> DeviceId.parse("x".repeat(4096))).getMessage();
        assertTrue(longOne.contains("... (4096 characters)") && longOne.contains("more than the 255"), longOne);
        assertTrue(assertThrows(DeviceNameException.class, () -> DeviceId.parse("0000:00:20.0")).getMessage()
                .contains("out of range"));
    }

    @Test
    void pciAddressesAreNormalised() {
        assertEquals(new PciAddress(0, 0, 4, 0), DeviceId.parse("0000:00:04.0"));
        assertEquals(new PciAddress(0, 1, 0x1f, 7), DeviceId.parse("01:1f.7"));
        assertEquals("0010:ab:02.1", DeviceId.parse("0010:AB:02.1").kernelName());
        assertEquals("10000:e0:06.0", DeviceId.parse("10000:e0:06.0").kernelName(), "VMD domains have five digits");
        assertEquals(DeviceId.parse("0000:00:1F.2"), DeviceId.parse("00:1f.2"), "one device, however it is spelled");
        assertEquals(Bus.PCI, DeviceId.parse("0000:00:1f.2").bus());
        assertThrows(IllegalArgumentException.class, () -> new PciAddress(0, 256, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "LNRO0005:00", "fe300000.serial", "soc:gpio-keys", "serial8250", "alarmtimer.0.auto", "PNP0C0A:00",
            "efi-framebuffer.0", "vhci_hcd.0", "snd-soc-dummy", "a0000000.pcie", "regulatory.0", "Fixed MDIO bus.0" })
    void platformNamesAsTheKernelWritesThem(String name) {
        DeviceId id = DeviceId.parse(name);
        assertInstanceOf(PlatformName.class, id);
        assertEquals(name, id.kernelName());
        assertEquals(Bus.PLATFORM, id.bus());
    }

    @Test
    void fslMcObjects() {
        DeviceId container = DeviceId.parse("dprc.1");
        assertEquals(new FslMcName("dprc", 1), container);
        assertTrue(((FslMcName) container).isContainer());
        assertEquals(Bus.FSL_MC, DeviceId.parse("dpni.12").bus());
        assertFalse(((FslMcName) DeviceId.parse("dpni.12")).isContainer());
    }

    @Test
    void identitiesSortByBusThenNaturally() {
        List<DeviceId> sorted = Stream.of("dprc.1", "LNRO0005:00", "0000:01:00.0", "0000:00:1f.2", "0000:00:02.0").map(DeviceId::parse)
                .sorted().toList();
        assertEquals(List.of("0000:00:02.0", "0000:00:1f.2", "0000:01:00.0", "LNRO0005:00", "dprc.1"),
                sorted.stream().map(DeviceId::kernelName).toList());
    }

    @Test
    void printableEscapesEverythingATerminalWouldInterpret() {
        assertEquals("'a\\nb\\x1b[31m\\u202e'", Printable.quote("a\nb\u001b[31m\u202e"));
        assertEquals("(none)", Printable.quote(null));
        assertEquals("tab\\there", Printable.escape("tab\there"));
        assertEquals("mismatched input '\\x7f' at 'don't' in /tmp/\u00e9t\u00e9",
                Printable.line("mismatched input '\u007f' at 'don't' in /tmp/\u00e9t\u00e9"), "only what a terminal acts on or hides is escaped");
        assertEquals("a\\nb\\x1b[31m\\u202e\\ufeff\\u2028 \\x85", Printable.line("a\nb\u001b[31m\u202e\ufeff\u2028 \u0085"));
        String plain = "The device edu0 (0000:00:05.0) is 'fine'.";
        assertEquals(plain, Printable.line(plain));
    }
}
