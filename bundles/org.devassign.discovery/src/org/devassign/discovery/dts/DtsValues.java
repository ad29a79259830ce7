package org.devassign.discovery.dts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.discovery.dts.DtsReferences.Fixup;
import org.devassign.discovery.dts.DtsReferences.Reference;

/**
 * Property values, the part after {@code =}: comma-separated strings, cell arrays ({@code <...>} with
 * {@code /bits/} 8, 16, 32 or 64), byte strings ({@code [...]}), references and {@code /incbin/}, as
 * big-endian bytes. References are left as {@link Fixup}s at their offsets until the tree is read.
 */
final class DtsValues {

    /** A property value under construction: bytes, with references to fill in later. */
    static final class Value {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Fixup> fixups = new ArrayList<>();
    }

    private final DtsLexer lexer;
    private final DtsExpressions expressions;

    DtsValues(DtsLexer lexer, DtsExpressions expressions) {
        this.lexer = lexer;
        this.expressions = expressions;
    }

    Value propertyValue() throws DtsSyntaxException {
        Value value = new Value();
        while (true) {
            lexer.labels();
            lexer.skipSpace();
            char c = lexer.peek();
            if (c == '"') {
                value.bytes.writeBytes(lexer.stringLiteral());
                value.bytes.write(0);
            } else if (c == '<' || lexer.startsWith("/bits/")) {
                cellArray(value);
            } else if (c == '[') {
                byteString(value);
            } else if (c == '&') {
                Reference ref = DtsReferences.read(lexer);
                value.fixups.add(new Fixup(false, ref.text(), value.bytes.size(), ref.at()));
            } else if (lexer.startsWith("/incbin/")) {
                incbin(value);
            } else {
                throw lexer.error("expected a property value (\"string\", <cells>, [bytes], &reference or /incbin/), found "
                        + lexer.describeNext() + ".");
            }
            lexer.labels();
            lexer.skipSpace();
            if (lexer.peek() != ',') {
                return value;
            }
            lexer.next();
        }
    }

    private void cellArray(Value value) throws DtsSyntaxException {
        int bits = 32;
        if (lexer.eat("/bits/")) {
            lexer.skipSpace();
            long b = expressions.primary();
            if (b != 8 && b != 16 && b != 32 && b != 64) {
                throw lexer.error("/bits/ must be 8, 16, 32 or 64, not " + b + ".");
            }
            bits = (int) b;
            lexer.skipSpace();
        }
        lexer.expect('<');
        while (true) {
            lexer.labels();
            lexer.skipSpace();
            char c = lexer.peek();
            if (c == '>') {
                lexer.next();
                return;
            }
            if (lexer.atEnd()) {
                throw lexer.error("the file ends inside a cell array: a '>' is missing.");
            }
            if (c == '&') {
                if (bits != 32) {
                    throw lexer.error("a phandle reference needs 32-bit cells, but this array has /bits/ " + bits + ".");
                }
                Reference ref = DtsReferences.read(lexer);
                value.fixups.add(new Fixup(true, ref.text(), value.bytes.size(), ref.at()));
                writeNumber(value.bytes, 0xffffffffL, 32);
                continue;
            }
            Position at = lexer.position();
            long v = expressions.primary();
            if (bits < 64) {
                long mask = (1L << bits) - 1;
                // like dtc: a value fits if its high bits are all 0 or all 1 (a negative number)
                if ((v & ~mask) != 0 && (v | mask) != -1L) {
                    throw at.error("the value 0x" + Long.toHexString(v) + " does not fit in a " + bits + "-bit cell.");
                }
            }
            writeNumber(value.bytes, v, bits);
        }
    }

    private void byteString(Value value) throws DtsSyntaxException {
        lexer.expect('[');
        while (true) {
            lexer.labels();
            lexer.skipSpace();
            if (lexer.peek() == ']') {
                lexer.next();
                return;
            }
            int hi = DtsLexer.hexDigit(lexer.peek());
            int lo = DtsLexer.hexDigit(lexer.peek(1));
            if (hi < 0 || lo < 0) {
                throw lexer.error("a byte string holds pairs of hex digits, found " + lexer.describeNext() + ".");
            }
            lexer.next();
            lexer.next();
            value.bytes.write(hi * 16 + lo);
        }
    }

    /** The most bytes one {@code /incbin/} takes: a property is register data or a small blob, never a disk image. */
    static final long MAX_INCBIN_BYTES = 1L << 20;

    /** {@code /incbin/("file")} or {@code /incbin/("file", offset, length)}: a file's bytes, found as /include/ finds files. */
    private void incbin(Value value) throws DtsSyntaxException {
        Position at = lexer.position();
        lexer.eat("/incbin/");
        lexer.expect('(');
        lexer.skipSpace();
        String name = new String(lexer.stringLiteral(), StandardCharsets.UTF_8);
        long offset = 0;
        long length = -1;
        lexer.skipSpace();
        if (lexer.peek() == ',') {
            lexer.next();
            offset = expressions.primary();
            lexer.expect(',');
            length = expressions.primary();
        }
        lexer.expect(')');
        Path file = lexer.incbinFile(name, at);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw at.error("/incbin/ cannot read " + file + ": " + e.getMessage(), e);
        }
        // length is compared with what is left, not offset + length with the size: that sum may overflow
        if (offset < 0 || offset > size || (length >= 0 && length > size - offset)) {
            throw at.error("/incbin/ asks for bytes " + offset + ".." + (length < 0 ? "end" : Long.toUnsignedString(offset
                    + length)) + " of " + file + ", which has " + size + ".");
        }
        long taken = length < 0 ? size - offset : length;
        if (taken > MAX_INCBIN_BYTES) {
            throw at.error("/incbin/ takes " + taken + " bytes of " + file + ", more than the " + MAX_INCBIN_BYTES
                    + " a property may hold here: give /incbin/(\"file\", offset, length) the part the device needs.");
        }
        byte[] part = new byte[(int) taken];
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(offset);
            ByteBuffer buffer = ByteBuffer.wrap(part);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until the part is full or the file ends (it may have shrunk since)
            }
            if (buffer.hasRemaining()) {
                throw at.error("/incbin/ read " + buffer.position() + " of " + taken + " bytes of " + file + ": it changed while read.");
            }
        } catch (IOException e) {
            throw at.error("/incbin/ cannot read " + file + ": " + e.getMessage(), e);
        }
        value.bytes.write(part, 0, part.length);
    }

    static void writeNumber(ByteArrayOutputStream out, long v, int bits) {
        for (int shift = bits - 8; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift) & 0xff);
        }
    }
}
