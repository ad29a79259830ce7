package org.devassign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreadable board files give messages that name the file, the line, and what to do. */
class BoardFilesTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <devassign:Board xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:devassign="http://devassign.org/model/1.0" name="b">
            """;

    @TempDir
    Path dir;

    @Test
    void missingFile() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> BoardFiles.load(dir.resolve("nope.board")));
        assertTrue(e.getMessage().contains("nope.board: no such board file"), e.getMessage());
    }

    @Test
    void brokenXmlNamesTheLine() throws Exception {
        Path file = write("broken.board", HEADER + "  <devices xsi:type=\"devassign:PciDevice\" name=\"x\"\n</devassign:Board>\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> BoardFiles.load(file));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":5:"), e.getMessage());
    }

    @Test
    void unknownAttributeNamesTheAttributeAndTheLine() throws Exception {
        Path file = write("unknown.board", HEADER + "  <devices xsi:type=\"devassign:PciDevice\" name=\"x\" colour=\"red\"/>\n</devassign:Board>\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> BoardFiles.load(file));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.detail().contains("'colour'"), e.detail());
        assertTrue(e.detail().contains("remove or rename the attribute"), e.detail());
    }

    @Test
    void aFileThatIsNoBoardIsRefused() throws Exception {
        Path file = write("config.board", """
                <?xml version="1.0" encoding="UTF-8"?>
                <devassign:AssignmentConfig xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:devassign="http://devassign.org/model/1.0" name="c"/>
                """);
        ModelFileException e = assertThrows(ModelFileException.class, () -> BoardFiles.load(file));
        assertTrue(e.detail().contains("holds a AssignmentConfig, not a Board"), e.detail());
    }

    @Test
    void plainTextIsNoBoard() throws Exception {
        Path file = write("text.board", "this is not xml\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> BoardFiles.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
