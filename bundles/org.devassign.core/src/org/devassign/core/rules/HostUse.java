package org.devassign.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One thing the host uses a device for: a block device it holds, a file system mounted from it, swap,
 * a device-mapper, md or LVM device stacked on it, a network interface, a device node another
 * process has open, a console. {@code name} is the host's name of the thing ({@code /dev/nvme0n1},
 * {@code eth1}), {@code detail} how it is used ({@code mounted on /data}). {@code inUse} says
 * whether taking the device away breaks something running: a block device nobody mounts or opens,
 * or an interface that is down, is only lost; everything else is in use, and the agent refuses it
 * unless the assignment says {@code force}. Protection (the root file system, the agent's own
 * connection) is a stronger rule that no {@code force} overrides ({@link ProtectionPolicy}).
 *
 * <p>The wording here is the one the validator, the planner and the agent use, so a refusal reads the
 * same wherever it appears: "device nvme0 (0000:00:09.0) holds /dev/nvme0n1, mounted on /data: giving
 * it away fails those reads and writes; unmount it first, or mark the assignment `force`".
 */
public record HostUse(Kind kind, String name, String detail, boolean inUse) {

    /** What kind of use; the literals are the board model's. */
    public enum Kind {
        BLOCK("block", "holds", "the host loses that block device", "stop using it first"),
        MOUNT("mount", "holds", "giving it away fails those reads and writes", "unmount it first"),
        SWAP("swap", "holds", "giving it away loses the pages swapped out to it", "swapoff it first"),
        HOLDER("holder", "holds", "giving it away fails the device stacked on it", "take down what is stacked on it first"),
        INTERFACE("interface", "carries", "giving it away cuts its connections", "take it down first"),
        FD("fd", "holds", "giving it away fails that process's reads and writes", "stop that process first"),
        CONSOLE("console", "drives", "giving it away leaves the board without that console", "move the console to another device first");

        private final String literal;
        private final String verb;
        private final String consequence;
        private final String remedy;

        Kind(String literal, String verb, String consequence, String remedy) {
            this.literal = literal;
            this.verb = verb;
            this.consequence = consequence;
            this.remedy = remedy;
        }

        public String literal() {
            return literal;
        }

        public static Optional<Kind> ofLiteral(String literal) {
            for (Kind kind : values()) {
                if (kind.literal.equals(literal)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public HostUse {
        if (kind == null || name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a host use needs a kind and a name");
        }
    }

    /** "holds /dev/nvme0n1, mounted on /data", "carries interface eth1, up with 10.0.3.1/24". */
    public String describe() {
        String what = kind == Kind.INTERFACE ? "interface " + name : name;
        return kind.verb + " " + what + (detail == null || detail.isEmpty() ? "" : ", " + detail);
    }

    /** What giving the device away does to this use. */
    public String consequence() {
        return kind.consequence;
    }

    /** What to do first, so that nothing breaks: "unmount it first", "take it down first (ip link set eth1 down)". */
    public String remedy() {
        return kind == Kind.INTERFACE ? kind.remedy + " (ip link set " + name + " down)" : kind.remedy;
    }

    /** The uses that are in use: what a bind breaks. */
    public static List<HostUse> inUse(List<HostUse> uses) {
        return uses.stream().filter(HostUse::inUse).toList();
    }

    /**
     * What the host loses when the device leaves its driver: each block device and interface once
     * ("/dev/nvme0n1", "interface eth1"), whatever uses them.
     */
    public static List<String> losses(List<HostUse> uses) {
        List<String> out = new ArrayList<>();
        for (HostUse use : uses) {
            String what = switch (use.kind) {
                case BLOCK -> use.name + (use.detail == null ? "" : " (" + use.detail + ")");
                case INTERFACE -> "interface " + use.name;
                case CONSOLE -> use.name;
                default -> null;
            };
            if (what != null && !out.contains(what)) {
                out.add(what);
            }
        }
        return out;
    }

    /**
     * Why a device in use cannot be taken, in one sentence per use: "device nvme0 (0000:00:09.0) holds
     * /dev/nvme0n1, mounted on /data: giving it away fails those reads and writes; unmount it first, or
     * mark the assignment `force`". Empty when nothing is in use.
     *
     * @param device how the caller names the device ("device nvme0 (0000:00:09.0)")
     * @param override how the reader overrides the refusal ("mark the assignment `force`")
     */
    public static Optional<String> refusal(String device, List<HostUse> uses, String override) {
        List<HostUse> busy = inUse(uses);
        if (busy.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        for (HostUse use : busy) {
            sentences.add(use.describe() + ": " + use.consequence() + "; " + use.remedy());
        }
        return Optional.of(device + " " + String.join("; it also ", sentences) + ", or " + override);
    }
}
