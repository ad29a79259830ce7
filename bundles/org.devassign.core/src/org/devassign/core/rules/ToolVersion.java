package org.devassign.core.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a tool a config's output is for (QEMU 7.2, libvirt 9.0): major, minor and patch
 * numbers as the tools print them, ordered numerically (10.0 is newer than 9.2). Generators choose
 * what to write by it ({@link #atLeast}); configs state it as text, which {@link #parse} reads.
 */
public record ToolVersion(int major, int minor, int patch) implements Comparable<ToolVersion> {

    /** "7", "7.2", "7.2.22": up to three numbers of at most six digits, nothing else. */
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?");

    /** The forms {@link #parse} accepts, for messages. */
    public static final String FORMS = "MAJOR.MINOR or MAJOR.MINOR.PATCH";

    public ToolVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers are never negative: " + major + "." + minor + "." + patch);
        }
    }

    /** The version the text states; empty when it is no version ({@link #FORMS}). */
    public static Optional<ToolVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ToolVersion(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    public boolean atLeast(int major, int minor) {
        return compareTo(new ToolVersion(major, minor, 0)) >= 0;
    }

    @Override
    public int compareTo(ToolVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + (patch == 0 ? "" : "." + patch);
    }
}
