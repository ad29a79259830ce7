package org.devassign.dsl.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * One problem of a file, ready to print: {@code file:line:col: severity: message}. Line and
 * column are 1-based (0 when unknown); code and data are what quick fixes and JSON consumers use.
 */
public record Problem(Path file, int line, int column, String severity, String message, String code, List<String> data) {

    public boolean isError() {
        return "error".equals(severity);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(severity).append(": ").append(message).toString();
    }
}
