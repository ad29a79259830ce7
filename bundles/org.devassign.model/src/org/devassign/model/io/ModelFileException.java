package org.devassign.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be read. The message is ready for users: it starts with
 * {@code file:line:column:} when the position is known, says what is wrong and what to do.
 */
public class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String detail;

    public ModelFileException(Path file, int line, int column, String detail, Throwable cause) {
        super(location(file, line, column) + ": " + detail, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public ModelFileException(Path file, String message) {
        this(file, 0, 0, message, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location: what is wrong and what to do. */
    public String detail() {
        return detail;
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    public String location() {
        return location(file, line, column);
    }

    private static String location(Path file, int line, int column) {
        StringBuilder b = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.toString();
    }
}
