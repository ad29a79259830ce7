package org.devassign.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of valid agent protocol messages (bit flips, insertions, deletions, truncation,
 * splices, huge numbers and strings, deep nesting, wrong Content-Length): one mutator for the
 * in-process decoder loop of the fuzz bundle ({@code bench/fuzz/loop}) and for the run against a
 * live agent over TLS in the deployment tests, so both feed the same kind of input. Plain Java
 * (no agent classes): the seeds are text.
 */
public final class JsonRpcMutations {

    /** Valid messages of the agent protocol to start from. */
    public static final List<String> SEEDS = List.of(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":3,\"client\":\"fuzz\",\"capabilities\":[\"apply\"]}}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"status\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"inventory\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"digest\":\"d\",\"devices\":[{\"device\":\"0000:00:05.0\","
                    + "\"label\":\"edu0\",\"source\":\"a:1\",\"consumer\":\"agent\",\"consumerKind\":\"probe\",\"driver\":\"vfio-pci\",\"open\":\"group\","
                    + "\"regions\":[0],\"irqs\":[0]}]}}",
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"read\",\"params\":{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":0,\"width\":4,\"value\":0}}",
            "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"watchIrqs\",\"params\":{\"device\":\"0000:00:05.0\",\"millis\":0,\"intervalMillis\":100}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"progress\",\"params\":{\"transaction\":1}}",
            "{\"jsonrpc\":\"2.0\",\"id\":\"seven\",\"result\":{\"x\":1}}");

    private JsonRpcMutations() {
    }

    /** 1 to 4 mutations of {@code input}. */
    public static byte[] mutate(Random random, byte[] input) {
        byte[] data = input;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int n = data.length;
            switch (random.nextInt(9)) {
                case 0 -> {
                    if (n > 0) {
                        data = data.clone();
                        data[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> {
                    int at = random.nextInt(n + 1);
                    byte[] out = new byte[n + 1];
                    System.arraycopy(data, 0, out, 0, at);
                    out[at] = (byte) "{}[]\",:\\0-e.9an\u00ff\n".charAt(random.nextInt(17));
                    System.arraycopy(data, at, out, at + 1, n - at);
                    data = out;
                }
                case 2 -> {
                    if (n > 1) {
                        int at = random.nextInt(n);
                        int len = 1 + random.nextInt(Math.min(16, n - at));
                        byte[] out = new byte[n - len];
                        System.arraycopy(data, 0, out, 0, at);
                        System.arraycopy(data, at + len, out, at, n - at - len);
                        data = out;
                    }
                }
                case 3 -> data = java.util.Arrays.copyOf(data, random.nextInt(n + 1));
                case 4 -> {
                    byte[] other = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
                    int cut = random.nextInt(n + 1);
                    int from = random.nextInt(other.length);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(data, 0, cut);
                    out.write(other, from, other.length - from);
                    data = out.toByteArray();
                }
                case 5 -> data = new String(data, StandardCharsets.ISO_8859_1)
                        .replaceFirst("[0-9]+", random.nextBoolean() ? "99999999999999999999999" : "-1").getBytes(StandardCharsets.ISO_8859_1);
                case 6 -> data = new String(data, StandardCharsets.ISO_8859_1)
                        .replaceFirst("\"[a-z]+\"", "\"" + "A".repeat(random.nextInt(3000)) + "\"").getBytes(StandardCharsets.ISO_8859_1);
                case 7 -> data = new String(data, StandardCharsets.ISO_8859_1)
                        .replaceFirst("\\{", "{".repeat(1 + random.nextInt(400))).getBytes(StandardCharsets.ISO_8859_1);
                default -> {
                    byte[] noise = new byte[random.nextInt(64)];
                    random.nextBytes(noise);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    int at = random.nextInt(n + 1);
                    out.write(data, 0, at);
                    out.writeBytes(noise);
                    out.write(data, at, n - at);
                    data = out.toByteArray();
                }
            }
        }
        return data;
    }

    /** A body framed, usually with its right length, sometimes with a wrong one or no header at all. */
    public static byte[] frame(Random random, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int choice = random.nextInt(20);
        if (choice == 0) {
            out.writeBytes(body); // no header at all
        } else {
            long length = choice == 1 ? body.length + random.nextInt(5) - 2 : body.length;
            out.writeBytes(("Content-Length: " + Math.max(0, length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** A stream of 1-4 framed seeds, most of them mutated: what one connection of a hostile client sends. */
    public static byte[] stream(Random random) {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        int frames = 1 + random.nextInt(4);
        for (int f = 0; f < frames; f++) {
            byte[] body = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
            input.writeBytes(frame(random, random.nextInt(5) == 0 ? body : mutate(random, body)));
        }
        return input.toByteArray();
    }

    /** One mutated seed, framed: a single hostile message. */
    public static byte[] message(Random random) {
        byte[] body = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
        return frame(random, mutate(random, body));
    }
}
