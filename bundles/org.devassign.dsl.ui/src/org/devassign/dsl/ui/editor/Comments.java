package org.devassign.dsl.ui.editor;

/** Whether an offset of config text is inside a comment ({@code // ...} to the end of the line, or {@code /* ... *}{@code /}), lexically. */
final class Comments {

    private Comments() {
    }

    static boolean isInComment(String text, int offset) {
        int end = Math.min(offset, text.length());
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        boolean inString = false;
        for (int i = lineStart; i < end; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < end && text.charAt(i + 1) == '/') {
                return true;
            }
        }
        int open = text.lastIndexOf("/*", end - 2);
        return open >= 0 && text.lastIndexOf("*/", end - 2) < open + 2 && !isInLineCommentOrString(text, open);
    }

    /** Whether the "/*" at {@code at} is itself inside a line comment or a string of its line. */
    private static boolean isInLineCommentOrString(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        boolean inString = false;
        for (int i = lineStart; i < at; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < at && text.charAt(i + 1) == '/') {
                return true;
            }
        }
        return inString;
    }
}
