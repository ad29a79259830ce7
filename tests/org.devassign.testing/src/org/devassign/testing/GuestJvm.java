package org.devassign.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The options of every JVM a test starts in a virtual board's guest: {@code releng/guest-jvm.options}, which the
 * releng scripts read too (it says why each is there).
 */
public final class GuestJvm {

    private GuestJvm() {
    }

    public static List<String> options() {
        try {
            return Files.readAllLines(RepoFiles.root().resolve("releng/guest-jvm.options")).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read releng/guest-jvm.options", e);
        }
    }
}
