package org.devassign.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.devassign.agent.api.Protocol;
import org.devassign.testing.JsonRpcMutations;
import org.junit.jupiter.api.Test;

/**
 * The seeds the fuzzers start from speak the protocol the agent speaks: a seed {@code hello} of an
 * older version is refused at once, so every mutation of it tests the version check and nothing
 * behind it. Covers the committed seeds ({@code seed-*} of every target's corpus; the other corpus
 * files are what fuzz runs found, named by their content's hash, and stay as found) and the seeds of
 * the mutation loop and the live-agent run ({@link JsonRpcMutations#SEEDS}).
 */
class CorpusSeedsTest {

    private static final Pattern VERSION = Pattern.compile("\"protocol\"\\s*:\\s*(-?\\d+)");

    @Test
    void everySeedNamesTheCurrentProtocolVersion() throws IOException {
        List<String> named = new ArrayList<>();
        for (Class<?> target : FuzzTargets.ALL) {
            Path folder = FuzzTargets.corpus(target);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path seed : files.filter(f -> f.getFileName().toString().startsWith("seed-")).sorted().toList()) {
                    versions(target.getSimpleName() + "/" + seed.getFileName(), new String(Files.readAllBytes(seed), StandardCharsets.ISO_8859_1),
                            named);
                }
            }
        }
        for (int i = 0; i < JsonRpcMutations.SEEDS.size(); i++) {
            versions("JsonRpcMutations.SEEDS[" + i + "]", JsonRpcMutations.SEEDS.get(i), named);
        }
        assertTrue(named.contains("JsonRpcFuzz/seed-0.json") && named.contains("FrameReaderFuzz/seed-three-frames")
                && named.contains("JsonRpcMutations.SEEDS[0]"), "the hello seeds name a version: " + named);
    }

    /** Checks every protocol version {@code text} names against {@link Protocol#VERSION}; notes the seed in {@code named}. */
    private static void versions(String seed, String text, List<String> named) {
        Matcher m = VERSION.matcher(text);
        while (m.find()) {
            assertEquals(String.valueOf(Protocol.VERSION), m.group(1), seed + " says " + m.group() + ", but the agent speaks protocol "
                    + Protocol.VERSION + ": update the seed");
            named.add(seed);
        }
    }
}
