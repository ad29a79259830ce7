package org.devassign.discovery.dts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The lexer of dtc's source syntax: white space, comments, cpp line markers and {@code /include/}
 * are skipped or entered here, and tokens are read on demand. Names, numbers and labels overlap
 * lexically ({@code 1}, {@code a,b}, {@code x:}), so the parser asks for the kind of token its
 * context allows, as dtc's lexer start conditions do, instead of reading a token stream ahead.
 * Every token and error carries the file and line it stands for.
 */
final class DtsLexer {

    /** A name as read and where it starts. */
    record Token(String text, Position at) {
    }

    private final Deque<SourceText> sources = new ArrayDeque<>();
    private final DtsIncludes includes;

    DtsLexer(String text, Path file, DtsIncludes includes) {
        this.includes = includes;
        sources.push(new SourceText(text, file));
    }

    // ------------------------------------------------------------------ the cursor

    /** Skips white space, comments, cpp line markers, and enters {@code /include/} files. */
    void skipSpace() throws DtsSyntaxException {
        while (true) {
            SourceText s = sources.peek();
            if (s.atEnd()) {
                if (sources.size() > 1) {
                    sources.pop();
                    continue;
                }
                return;
            }
            char c = s.peek();
            if (Character.isWhitespace(c)) {
                s.next();
            } else if (c == '/' && s.peek(1) == '*') {
                Position start = position(s);
                s.next();
                s.next();
                while (!(s.peek() == '*' && s.peek(1) == '/')) {
                    if (s.atEnd()) {
                        throw start.error("the comment is not closed: a '*/' is missing.");
                    }
                    s.next();
                }
                s.next();
                s.next();
            } else if (c == '/' && s.peek(1) == '/') {
                while (!s.atEnd() && s.peek() != '\n') {
                    s.next();
                }
            } else if (c == '#' && s.atLineStart() && DtsIncludes.isLineMarker(s)) {
                DtsIncludes.applyLineMarker(s);
            } else if (c == '/' && s.startsWith("/include/")) {
                sources.push(includes.include(s, sources));
            } else {
                return;
            }
        }
    }

    boolean atEnd() {
        return sources.size() == 1 && sources.peek().atEnd();
    }

    /** Whether the file being read has no more text (an included file ends before the one including it). */
    boolean atSourceEnd() {
        return sources.peek().atEnd();
    }

    char peek() {
        return sources.peek().peek();
    }

    char peek(int ahead) {
        return sources.peek().peek(ahead);
    }

    char next() {
        return sources.peek().next();
    }

    boolean startsWith(String s) {
        return sources.peek().startsWith(s);
    }

    /** Skips space, then reads {@code word} if it comes next. */
    boolean eat(String word) throws DtsSyntaxException {
        skipSpace();
        if (startsWith(word)) {
            for (int i = 0; i < word.length(); i++) {
                next();
            }
            return true;
        }
        return false;
    }

    void expect(char c) throws DtsSyntaxException {
        skipSpace();
        if (peek() != c || sources.peek().atEnd()) {
            throw error("expected '" + c + "', found " + describeNext() + ".");
        }
        next();
    }

    /** The next word of the source, quoted, for messages: {@code 'foo'} or "the end of the file". */
    String describeNext() {
        SourceText s = sources.peek();
        if (s.atEnd()) {
            return "the end of the file";
        }
        int end = s.pos;
        while (end < s.text.length() && end - s.pos < 20 && !Character.isWhitespace(s.text.charAt(end))) {
            end++;
        }
        return "'" + (end == s.pos ? s.text.charAt(s.pos) : s.text.substring(s.pos, end)) + "'";
    }

    Position position() {
        return position(sources.peek());
    }

    private static Position position(SourceText s) {
        return new Position(s.reportedFile, s.line(), s.column());
    }

    DtsSyntaxException error(String detail) {
        return position().error(detail);
    }

    /** The file {@code /incbin/} names, looked up as {@code /include/} looks it up and confined as {@link DtsIncludes#incbinFile} says. */
    Path incbinFile(String name, Position at) throws DtsSyntaxException {
        return includes.incbinFile(name, sources.peek(), at);
    }

    // ------------------------------------------------------------------ names and labels

    /** Labels ({@code name:}) before the next item; none is fine. */
    List<String> labels() throws DtsSyntaxException {
        List<String> labels = new ArrayList<>();
        while (true) {
            skipSpace();
            SourceText s = sources.peek();
            int p = s.pos;
            int end = p;
            while (end < s.text.length() && isLabelChar(s.text.charAt(end))) {
                end++;
            }
            if (end > p && end < s.text.length() && s.text.charAt(end) == ':' && !Character.isDigit(s.text.charAt(p))) {
                labels.add(s.text.substring(p, end));
                while (s.pos <= end) {
                    s.next();
                }
                continue;
            }
            return labels;
        }
    }

    /** The label after {@code &}; empty when none follows. */
    String labelName() {
        StringBuilder b = new StringBuilder();
        while (isLabelChar(peek())) {
            b.append(next());
        }
        return b.toString();
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '_';
    }

    private static boolean isNameChar(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || ",._+*#?@-".indexOf(c) >= 0;
    }

    Token propertyOrNodeName() throws DtsSyntaxException {
        skipSpace();
        Position at = position();
        StringBuilder b = new StringBuilder();
        while (isNameChar(peek())) {
            b.append(next());
        }
        if (b.isEmpty()) {
            throw error("expected a property or node name, found " + describeNext() + ".");
        }
        return new Token(b.toString(), at);
    }

    /** The letters and digits of a number literal, suffix included ({@code 0x10}, {@code 1ull}). */
    Token literal() {
        Position at = position();
        StringBuilder b = new StringBuilder();
        while (Character.isLetterOrDigit(peek())) {
            b.append(next());
        }
        return new Token(b.toString(), at);
    }

    // ------------------------------------------------------------------ strings and characters

    /** {@code "text"} with C escapes, as bytes (UTF-8 for what is not ASCII). */
    byte[] stringLiteral() throws DtsSyntaxException {
        expect('"');
        return escapedUntil('"');
    }

    /** {@code 'c'}: one character or escape. */
    byte[] charLiteral() throws DtsSyntaxException {
        expect('\'');
        return escapedUntil('\'');
    }

    private byte[] escapedUntil(char close) throws DtsSyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SourceText s = sources.peek();
        while (true) {
            if (s.atEnd() || s.peek() == '\n') {
                throw error("the string or character literal is not closed on its line.");
            }
            char c = s.next();
            if (c == close) {
                return out.toByteArray();
            }
            if (c != '\\') {
                if (c < 0x80) {
                    out.write(c);
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
                continue;
            }
            char e = s.atEnd() ? '\0' : s.next();
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'v' -> out.write(11);
                case 'x' -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && hexDigit(s.peek()) >= 0) {
                        v = v * 16 + hexDigit(s.next());
                        digits++;
                    }
                    if (digits == 0) {
                        throw error("'\\x' must be followed by hex digits.");
                    }
                    out.write(v);
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int digits = 1; digits < 3 && s.peek() >= '0' && s.peek() <= '7'; digits++) {
                        v = v * 8 + (s.next() - '0');
                    }
                    out.write(v & 0xff);
                }
                default -> out.write(e);
            }
        }
    }

    static int hexDigit(char c) {
        return Character.digit(c, 16);
    }
}
