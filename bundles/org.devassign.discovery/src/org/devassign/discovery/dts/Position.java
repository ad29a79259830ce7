package org.devassign.discovery.dts;

import java.nio.file.Path;

/**
 * Where a token of a device-tree source starts: the file and line it stands for (after cpp's line
 * markers), and the column in the text read. Errors are made here so that each names file:line:column
 * taken at one moment, never a file from one point and a line from another.
 */
record Position(Path file, int line, int column) {

    DtsSyntaxException error(String detail) {
        return new DtsSyntaxException(file, line, column, detail);
    }

    DtsSyntaxException error(String detail, Throwable cause) {
        return new DtsSyntaxException(file, line, column, detail, cause);
    }
}
