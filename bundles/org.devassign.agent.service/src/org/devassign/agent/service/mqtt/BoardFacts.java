package org.devassign.agent.service.mqtt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a board says about itself in its presence, read without running anything: the kernel's
 * release, the machine (as uname -m names it), and the model (DMI's product name on PCs, the
 * device tree's model on SoC boards). Bounded reads; a missing file is "unknown", never an error.
 */
public final class BoardFacts {

    private BoardFacts() {
    }

    public static String kernel() {
        return read(Path.of("/proc/sys/kernel/osrelease"));
    }

    public static String machine() {
        String arch = System.getProperty("os.arch", "unknown").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "arm64", "aarch64" -> "aarch64";
            default -> arch;
        };
    }

    public static String model() {
        String dt = read(Path.of("/proc/device-tree/model"));
        if (!dt.equals("unknown")) {
            return dt;
        }
        return read(Path.of("/sys/class/dmi/id/product_name"));
    }

    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, 0, Math.min(bytes.length, 256), java.nio.charset.StandardCharsets.UTF_8)
                    .replace('\0', ' ').trim();
            return text.isEmpty() ? "unknown" : text.replaceAll("\\p{Cntrl}", "?");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
