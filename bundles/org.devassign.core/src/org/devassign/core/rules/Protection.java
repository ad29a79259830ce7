package org.devassign.core.rules;

/**
 * Why one device is protected: the kind, and the board's own words for it ("it carries the root
 * file system (/dev/vda1)"); {@code detail} may be null when the kind says it all.
 */
public record Protection(ProtectionKind kind, String detail) {

    public Protection {
        if (kind == null) {
            throw new IllegalArgumentException("a protection needs a kind");
        }
    }

    public static Protection of(ProtectionKind kind) {
        return new Protection(kind, null);
    }

    /** The detail when there is one, else the kind's sentence. */
    public String describe() {
        return detail != null ? detail : kind.why();
    }
}
