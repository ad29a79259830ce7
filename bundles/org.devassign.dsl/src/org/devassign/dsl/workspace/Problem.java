package org.devassign.dsl.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;

/**
 * One problem of a file, ready to print: {@code file:line:col: severity: message}. Line and
 * column are 1-based (0 when unknown); code and data are what quick fixes and JSON consumers use.
 */
public record Problem(Path file, int line, int column, String severity, String message, String code, List<String> data) {

    /** The validator's issue as the CLI prints it. */
    public static Problem of(Path file, Issue issue) {
        return new Problem(file, issue.getLineNumber() == null ? 0 : issue.getLineNumber(), issue.getColumn() == null ? 0 : issue.getColumn(),
                issue.getSeverity().name().toLowerCase(Locale.ROOT), issue.getMessage(), issue.getCode(),
                issue.getData() == null ? List.of() : List.of(issue.getData()));
    }

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
