package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.core.identity.PciAddress;
import org.junit.jupiter.api.Test;

/**
 * PciAddress reads addresses by hand (the language reads every assigned device's name several
 * times); this test holds it to the address form as a regular expression states it, over edge
 * cases and many random near-addresses.
 */
class PciAddressFormTest {

    private static final Pattern FORM = Pattern.compile("(?:(\\p{XDigit}{1,8}):)?(\\p{XDigit}{2}):(\\p{XDigit}{2})\\.([0-7])");

    /** What the address form accepts: the reference the hand-written reader must agree with. */
    private static PciAddress byForm(String text) {
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

    @Test
    void edgeCasesAgreeWithTheForm() {
        String[] texts = { "0000:00:04.0", "00:04.0", "ffff:ff:1f.7", "FFFF:AB:1F.7", "10000:00:00.0", "7fffffff:00:00.0",
                "80000000:00:00.0", "123456789:00:00.0", "0:00:00.0", ":00:00.0", "0000:00:20.0", "0000:00:04.8", "0000:0:04.0",
                "0000:00:04:0", "0000-00:04.0", "0000:00:04.0 ", " 0000:00:04.0", "00:04.", "", "g0:00.0", "0000:00:04.01",
                "\u0660\u0660:00.0", "0000:00:1g.0", "x:00:00.0", "00:00.0\n" };
        for (String text : texts) {
            assertEquals(byForm(text), PciAddress.parseOrNull(text), text);
        }
        assertNull(PciAddress.parseOrNull(null));
    }

    @Test
    void randomNearAddressesAgreeWithTheForm() {
        Random random = new Random(14);
        String alphabet = "0123456789abcdefABCDEFgG:.-x \u0660";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(String.format("%x:%02x:%02x.%x", random.nextInt(1 << random.nextInt(31)),
                    random.nextInt(256), random.nextInt(40), random.nextInt(10)));
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.deleteCharAt(Math.min(at, text.length() - 1));
                    default -> text.setCharAt(Math.min(at, text.length() - 1), alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String each = text.toString();
            assertEquals(byForm(each), PciAddress.parseOrNull(each), each);
        }
    }
}
