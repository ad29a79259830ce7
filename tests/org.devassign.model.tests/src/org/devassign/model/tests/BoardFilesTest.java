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
        assertEquals("'colour' is no attribute or element of a board here. The file may be from a newer DevAssign, or hand-edited:"
                + " remove or rename it.", e.detail());
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
        assertEquals(file + ":1:1: this is not well-formed XML: Content is not allowed in prolog. A .board file is the XMI that DevAssign"
                + " writes (devassign discover, devassign inventory, or by hand as in examples/vm-q35.board).", e.getMessage(),
                "the XML parser's words, not org.xml.sax.SAXParseException's");
    }

    @Test
    void xmlOfAnotherKindAnAbstractDeviceAValueAndAReferenceAreSaidInABoardsWords() throws Exception {
        ModelFileException other = assertThrows(ModelFileException.class, () -> BoardFiles.load(write("other.board", "<foo/>\n")));
        assertTrue(other.detail().startsWith("this XML is no DevAssign board: its root element is not in the board namespace"), other.detail());
        ModelFileException kind = assertThrows(ModelFileException.class,
                () -> BoardFiles.load(write("kind.board", HEADER + "  <devices name=\"x\"/>\n</devassign:Board>\n")));
        assertTrue(kind.detail().startsWith("'Device' is no kind of board element: a device needs its kind"), kind.detail());
        ModelFileException value = assertThrows(ModelFileException.class,
                () -> BoardFiles.load(write("value.board", HEADER.replace("name=\"b\">", "name=\"b\" pageSize=\"big\">") + "</devassign:Board>\n")));
        assertTrue(value.detail().startsWith("'big' is no value for pageSize"), value.detail());
        ModelFileException reference = assertThrows(ModelFileException.class, () -> BoardFiles.load(write("ref.board",
                HEADER + "  <devices xsi:type=\"devassign:PciDevice\" name=\"x\" iommuGroup=\"9\"/>\n</devassign:Board>\n")));
        assertEquals("'9' names nothing in this board (for iommuGroup): name a device by its name, or a group by its id.", reference.detail());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
