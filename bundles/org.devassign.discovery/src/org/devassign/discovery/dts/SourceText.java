package org.devassign.discovery.dts;

import java.nio.file.Path;

/**
 * One source being read: its text, the position in it, and the file and line the text stands for
 * (cpp's line markers, {@code # 12 "board.dtsi"}, move these to the original files).
 */
final class SourceText {

    final String text;
    final Path file;
    final Path directory;
    int pos;
    private int line = 1;
    private int lineStart;
    /** What linemarkers say: the reported file and the difference to the physical line. */
    Path reportedFile;
    private int lineOffset;

    SourceText(String text, Path file) {
        this.text = text;
        this.file = file;
        this.directory = file.toAbsolutePath().getParent();
        this.reportedFile = file;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    char peek(int ahead) {
        int p = pos + ahead;
        return p < text.length() ? text.charAt(p) : '\0';
    }

    char next() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
            lineStart = pos;
        }
        return c;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    int line() {
        return line + lineOffset;
    }

    int column() {
        return pos - lineStart + 1;
    }

    /** Applies a linemarker whose line was just consumed: the current line is line {@code reported} of {@code reportedPath}. */
    void mark(int reported, Path reportedPath) {
        lineOffset = reported - line;
        reportedFile = reportedPath;
    }

    boolean atLineStart() {
        for (int p = lineStart; p < pos; p++) {
            if (!Character.isWhitespace(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }
}
