package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One layout: formatting is idempotent, keeps comments, and the examples are already in it. */
class FormatterTest {

    @TempDir
    Path dir;

    @Test
    void messyTextGetsTheOneLayoutAndKeepsItsComments() {
        Workspace ws = new Workspace(dir);
        String messy = """
                import   "x.assign"
                config   c for "vm-q35.board"
                probe agent { memlock   16 MiB }
                // the driver
                userspace drv{uid 1000 gid 1000}



                assign edu0 to agent{driver vfio-pci open group map BAR0 irq intx eventfd // INTx: edu is level-triggered
                dma buf at 0x100000 size 4 KiB}
                assign group 3 to agent { map edu2 . BAR0 }
                """;
        Path file = ws.write("c.assign", messy);
        ws.load(file);
        String formatted = ws.assign.format(file);
        assertEquals("""
                import "x.assign"

                config c for "vm-q35.board"
                probe agent {
                	memlock 16 MiB
                }
                // the driver
                userspace drv {
                	uid 1000
                	gid 1000
                }

                assign edu0 to agent {
                	driver vfio-pci
                	open group
                	map BAR0
                	irq intx eventfd // INTx: edu is level-triggered
                	dma buf at 0x100000 size 4 KiB
                }
                assign group 3 to agent {
                	map edu2.BAR0
                }
                """, formatted);
        assertEquals(formatted, formatTwice(ws, formatted), "formatting is idempotent");
    }

    @Test
    void theExamplesAreFormatted() {
        Workspace ws = new Workspace(dir);
        for (String example : new String[] { "vm-q35.assign", "vm-microvm.assign" }) {
            String text = LanguageTest.read(RepoFiles.example(example));
            Path file = ws.write(example, text);
            ws.load(file);
            assertEquals(text, ws.assign.format(file), example);
        }
    }

    @Test
    void aByteOrderMarkAtTheStartGoesAndOneInsideLeavesTheFileAlone() {
        Workspace ws = new Workspace(dir);
        Path leading = ws.write("bom.assign", "\uFEFFimport \"x.assign\"\nconfig   c for \"vm-q35.board\"\n");
        ws.load(leading);
        assertEquals("import \"x.assign\"\n\nconfig c for \"vm-q35.board\"\n", ws.assign.format(leading));
        String inside = "config c for \"vm-q35.board\"\n// concatenated\n\uFEFFprobe   p {\uFEFF memlock 1 MiB }\n";
        Path middle = ws.write("inside.assign", inside);
        ws.load(middle);
        assertEquals(List.of(), ws.validate(middle), "a byte order mark is white space wherever it is");
        assertEquals(inside, ws.assign.format(middle), "its neighbours' layout could not be made stable: nothing changes");
    }

    private String formatTwice(Workspace ws, String text) {
        Path again = ws.write("again.assign", text);
        ws.load(again);
        return ws.assign.format(again);
    }
}
