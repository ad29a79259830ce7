package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.MemorySegment;

import org.devassign.agent.vfio.VfioStructs.VfioInfoCapHeader;

/**
 * Walks a VFIO capability chain: each header (id u16, version u16, next u32) sits at an offset from
 * the start of the info buffer; next = 0 ends the chain. Offsets outside the buffer end it too, so a
 * buffer that was too small (argsz grew) never reads past its end, and a chain that loops ends after
 * 64 steps. Reads are unaligned: the offsets are the kernel's, not ours.
 */
final class Capabilities {

    private Capabilities() {
    }

    /** The capability with this id as a slice from its header to the end of the buffer, or null. */
    static MemorySegment find(MemorySegment buffer, int firstOffset, int id) {
        long at = Integer.toUnsignedLong(firstOffset);
        int guard = 0;
        while (at != 0 && at + VfioInfoCapHeader.LAYOUT.byteSize() <= buffer.byteSize() && guard++ < 64) {
            int capId = Short.toUnsignedInt(buffer.get(JAVA_SHORT_UNALIGNED, at + VfioInfoCapHeader.ID));
            if (capId == id) {
                return buffer.asSlice(at);
            }
            at = Integer.toUnsignedLong(buffer.get(JAVA_INT_UNALIGNED, at + VfioInfoCapHeader.NEXT));
        }
        return null;
    }
}
