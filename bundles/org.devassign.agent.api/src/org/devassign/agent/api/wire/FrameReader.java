package org.devassign.agent.api.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.Protocol;

/**
 * Reads {@code Content-Length: N\r\n\r\n<N bytes>} frames. Unlike LSP4J's stream producer, which
 * allocates whatever length a peer announces, it checks the header block and the announced length
 * against the limits first: a body somewhat over the limit (up to {@link #SKIP_FACTOR} times) is
 * skipped (not buffered) and reported, a larger one is refused at once and ends the stream without
 * being read (a peer announcing 100 MB gets its answer before it has sent them), garbage without a
 * Content-Length header ends the stream.
 */
public final class FrameReader {

    /** A body up to this many times the limit is read past (the connection goes on); a larger one ends it. */
    public static final int SKIP_FACTOR = 4;

    private final InputStream in;
    private final long maxBody;

    public FrameReader(InputStream in, long maxBody) {
        this.in = in;
        this.maxBody = maxBody;
    }

    /** The next body as text, or null at a clean end of stream (between frames). */
    public String next() throws IOException {
        long length = -1;
        StringBuilder line = new StringBuilder();
        int headerBytes = 0;
        boolean any = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (!any) {
                    return null;
                }
                throw new FrameException(ErrorCode.PARSE_ERROR, "the stream ended inside a message header", true);
            }
            any = true;
            if (++headerBytes > Protocol.MAX_HEADER_BYTES) {
                throw new FrameException(ErrorCode.INVALID_REQUEST,
                        "no message header ends within " + Protocol.MAX_HEADER_BYTES + " bytes: expected 'Content-Length: N' and an empty line", true);
            }
            if (c == '\r') {
                continue;
            }
            if (c != '\n') {
                if (c < 0x20 && c != '\t' || c > 0x7e) {
                    throw new FrameException(ErrorCode.PARSE_ERROR,
                            String.format("byte 0x%02x in a message header: expected 'Content-Length: N' and an empty line", c), true);
                }
                line.append((char) c);
                continue;
            }
            if (line.isEmpty()) {
                if (length < 0) {
                    throw new FrameException(ErrorCode.INVALID_REQUEST, "a message without a Content-Length header", true);
                }
                break;
            }
            String header = line.toString();
            line.setLength(0);
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new FrameException(ErrorCode.PARSE_ERROR, "not a message header: '" + shorten(header) + "'", true);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (name.equals("content-length")) {
                try {
                    length = Long.parseLong(header.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    throw new FrameException(ErrorCode.INVALID_REQUEST, "Content-Length is not a number: '" + shorten(header) + "'", true);
                }
                if (length < 0) {
                    throw new FrameException(ErrorCode.INVALID_REQUEST, "negative Content-Length", true);
                }
            }
        }
        if (length > maxBody && length / SKIP_FACTOR > maxBody) {
            throw new FrameException(ErrorCode.MESSAGE_TOO_LARGE, "message of " + length + " bytes is larger than the limit of " + maxBody
                    + " bytes: refused unread, and the connection is closed", true);
        }
        if (length > maxBody) {
            skip(length);
            throw new FrameException(ErrorCode.MESSAGE_TOO_LARGE,
                    "message of " + length + " bytes is larger than the limit of " + maxBody + " bytes", false);
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new EOFException("the stream ended inside a message body");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private void skip(long length) throws IOException {
        long left = length;
        byte[] buffer = new byte[8192];
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the stream ended inside an oversized message");
            }
            left -= n;
        }
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
