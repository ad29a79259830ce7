package org.devassign.discovery.dts;

import java.nio.file.Path;

import org.devassign.model.io.ModelFileException;

/** A device-tree source that cannot be read; the message starts with {@code file:line:column:}. */
public class DtsSyntaxException extends ModelFileException {

    private static final long serialVersionUID = 1L;

    public DtsSyntaxException(Path file, int line, int column, String detail) {
        super(file, line, column, detail, null);
    }

    public DtsSyntaxException(Path file, int line, int column, String detail, Throwable cause) {
        super(file, line, column, detail, cause);
    }
}
