package org.devassign.agent.service.unix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A minimal user-space driver: receives its devices' descriptors from the agent and reads a
 * 32-bit register from each device through the descriptor it was handed (pread on the VFIO device
 * fd at the region's offset), without opening anything itself. It must run as the consumer's uid
 * and gid (or root): the agent checks the process's credentials, not what it says.
 *
 * <pre>java -cp ... org.devassign.agent.service.unix.HandoffConsumer /run/devassign/consumers/CONSUMER.sock CONSUMER [REGION OFFSET]</pre>
 *
 * Exit 0 with the values read; 1 when the agent refuses (or cannot be reached), with why on stderr.
 */
public final class HandoffConsumer {

    private HandoffConsumer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HandoffConsumer SOCKET CONSUMER [REGION [OFFSET]]   (SOCKET: the consumer's, e.g. /run/devassign/consumers/CONSUMER.sock)");
            System.exit(2);
        }
        int region = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long offset = args.length > 3 ? Long.decode(args[3]) : 0;
        HandoffServer.Received received;
        try {
            received = HandoffServer.receive(Path.of(args[0]), args[1]);
        } catch (IOException e) {
            System.err.println("refused: " + e.getMessage());
            System.exit(1);
            return;
        }
        JsonObject json = JsonParser.parseString(received.json()).getAsJsonObject();
        if (json.has("error")) {
            System.err.println("refused: " + json.get("error").getAsString());
            System.exit(1);
        }
        System.out.println("received " + received.fds().size() + " descriptors for " + args[1]);
        for (JsonElement element : json.getAsJsonArray("fds")) {
            JsonObject entry = element.getAsJsonObject();
            int fd = received.fds().get(entry.get("index").getAsInt());
            String kind = entry.get("kind").getAsString();
            String device = entry.get("device").getAsString();
            System.out.println("fd " + fd + ": " + kind + " of " + device);
            if (kind.equals("device") && entry.has("regions")) {
                for (Map.Entry<String, JsonElement> r : entry.getAsJsonObject("regions").entrySet()) {
                    if (Integer.parseInt(r.getKey()) == region) {
                        long base = r.getValue().getAsLong();
                        byte[] bytes = Native.pread(fd, 4, base + offset);
                        int value = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
                        System.out.printf("%s region %d offset 0x%x = 0x%08x (read through the received fd)%n", device, region, offset, value);
                    }
                }
            }
        }
        received.fds().forEach(Native::close);
    }
}
