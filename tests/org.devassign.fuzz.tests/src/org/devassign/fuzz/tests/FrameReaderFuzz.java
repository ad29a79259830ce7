package org.devassign.fuzz.tests;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;

import org.devassign.agent.api.wire.FrameException;
import org.devassign.agent.api.wire.FrameReader;

/**
 * The agent's frame reader on raw bytes, as a peer sends them. Documented: a body, null at a clean
 * end, {@link FrameException} (fatal or not) for a bad header or size, {@link EOFException} for a
 * stream that ends inside a body. A body longer than the limit must never be returned.
 */
public final class FrameReaderFuzz {

    static final int LIMIT = 4096;

    private FrameReaderFuzz() {
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(FrameReaderFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(data), LIMIT);
        for (int frames = 0; frames <= data.length; frames++) {
            String body;
            try {
                body = reader.next();
            } catch (FrameException e) {
                if (e.fatal()) {
                    return;
                }
                continue;
            } catch (EOFException e) {
                return;
            }
            if (body == null) {
                return;
            }
            if (body.length() > LIMIT) {
                throw new IllegalStateException("a body of " + body.length() + " characters passed a limit of " + LIMIT + " bytes");
            }
        }
        throw new IllegalStateException("more frames than input bytes: the reader does not advance");
    }
}
