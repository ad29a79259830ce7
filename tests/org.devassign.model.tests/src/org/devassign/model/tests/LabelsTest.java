package org.devassign.model.tests;

import static org.devassign.testing.TestBoards.board;
import static org.devassign.testing.TestBoards.platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.devassign.model.Board;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.naming.Labels;
import org.junit.jupiter.api.Test;

/**
 * Labels name elements whose names come from the kernel or a file (a device tree's node names, a
 * board file): a newline or an escape sequence in them is shown escaped, never passed to a terminal
 * or split into two log lines.
 */
class LabelsTest {

    @Test
    void hostileNamesAreEscaped() {
        Board board = board("lab\nFAKE: all good");
        PlatformDevice device = platform(board, "uart\u001b[2J", "ff000000.serial\nroot", 0xff000000L, 0x1000);
        assertEquals("device uart\\x1b[2J (ff000000.serial\\nroot)", Labels.of(device));
        assertEquals("board lab\\nFAKE: all good", Labels.of(board));
        Region region = device.getRegions().get(0);
        region.setName("reg\u009b0");
        assertEquals("region reg\\x9b0 (index " + region.getIndex() + ") of device uart\\x1b[2J (ff000000.serial\\nroot)", Labels.of(region));
        for (String label : new String[] { Labels.of(device), Labels.of(board), Labels.of(region) }) {
            assertFalse(label.chars().anyMatch(Character::isISOControl), label);
        }
    }

    @Test
    void ordinaryNamesAreAsTheyWere() {
        Board board = board("lab");
        PlatformDevice device = platform(board, "uart0", "ff000000.serial", 0xff000000L, 0x1000);
        assertEquals("device uart0 (ff000000.serial)", Labels.of(device));
        assertEquals("board lab", Labels.of(board));
    }
}
