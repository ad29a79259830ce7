package org.devassign.agent.binding;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The devices the agent must never take from their host driver, each with the reason: the ones
 * carrying the root file system (and other mounted file systems), and the ones carrying the agent's
 * own network connection. Derived from the board itself: /proc/mounts (block devices through
 * /sys/class/block, 9p file systems through the virtio device with that mount_tag), the agent
 * socket's interface and the default route's interfaces (/proc/net/route) through
 * /sys/class/net/IF/device, each walked up to the PCI or platform device that is its transport.
 */
public final class ProtectedDevices {

    private final Map<String, String> reasons;

    private ProtectedDevices(Map<String, String> reasons) {
        this.reasons = Map.copyOf(reasons);
    }

    public static ProtectedDevices none() {
        return new ProtectedDevices(Map.of());
    }

    /** Fixed reasons, e.g. from the board model's protection attributes. */
    public static ProtectedDevices of(Map<String, String> reasons) {
        return new ProtectedDevices(new LinkedHashMap<>(reasons));
    }

    /** The live board, with the interface of the agent's socket (its local address; null: none yet). */
    public static ProtectedDevices live(InetAddress agentLocalAddress) {
        List<String> interfaces = new ArrayList<>();
        if (agentLocalAddress != null) {
            try {
                NetworkInterface nif = NetworkInterface.getByInetAddress(agentLocalAddress);
                if (nif != null) {
                    interfaces.add(nif.getName());
                }
            } catch (SocketException e) {
                // the default route's interfaces below still protect the usual connection
            }
        }
        return detect(Path.of("/sys"), Path.of("/proc"), interfaces);
    }

    /**
     * Detects the protected devices of a board whose sysfs and procfs are at these roots (a live board
     * or a snapshot), given the agent's network interfaces.
     */
    public static ProtectedDevices detect(Path sysfs, Path proc, Collection<String> agentInterfaces) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String[] mount : mounts(proc)) {
            String source = mount[0];
            String mountPoint = mount[1];
            String type = mount[2];
            String what = mountPoint.equals("/") ? "the root file system (/)" : "the mounted file system " + mountPoint;
            if (type.equals("9p") || type.equals("virtiofs")) {
                for (Path virtio : virtioWithTag(sysfs, source)) {
                    transportOf(sysfs, virtio).ifPresent(d -> reasons.putIfAbsent(d,
                            "it carries " + what + " (" + type + " tag " + source + " on " + virtio.getFileName() + ")"));
                }
            } else if (source.startsWith("/dev/")) {
                String name = source.substring(5);
                Path block = sysfs.resolve("class/block").resolve(name);
                if (Files.exists(block)) {
                    transportOf(sysfs, block).ifPresent(d -> reasons.putIfAbsent(d,
                            "it carries " + what + " (" + source + ")"));
                }
            }
        }
        Set<String> interfaces = new LinkedHashSet<>(agentInterfaces);
        interfaces.addAll(defaultRouteInterfaces(proc));
        for (String nif : interfaces) {
            Path device = sysfs.resolve("class/net").resolve(nif).resolve("device");
            if (Files.exists(device)) {
                transportOf(sysfs, device).ifPresent(d -> reasons.putIfAbsent(d,
                        "it carries the agent's own network connection (interface " + nif + ")"));
            }
        }
        return new ProtectedDevices(reasons);
    }

    public Set<String> devices() {
        return reasons.keySet();
    }

    public Optional<String> reason(String device) {
        return Optional.ofNullable(reasons.get(device));
    }

    public boolean isProtected(String device) {
        return reasons.containsKey(device);
    }

    @Override
    public String toString() {
        return reasons.toString();
    }

    /** (source, mount point, type) of /proc/mounts; octal escapes (\040) decoded. */
    private static List<String[]> mounts(Path proc) {
        List<String[]> out = new ArrayList<>();
        Path file = proc.resolve("mounts");
        if (!Files.exists(file)) {
            file = proc.resolve("self/mounts");
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split(" ");
                if (f.length >= 3) {
                    out.add(new String[] { unescape(f[0]), unescape(f[1]), f[2] });
                }
            }
        } catch (IOException e) {
            // no mount table: nothing to protect from it
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }

    private static List<String> defaultRouteInterfaces(Path proc) {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(proc.resolve("net/route"), StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 2 && f[1].equals("00000000") && !f[0].equals("Iface")) {
                    out.add(f[0]);
                }
            }
        } catch (IOException e) {
            // no routing table
        }
        return out;
    }

    /** The virtio devices whose mount_tag is this tag. */
    private static List<Path> virtioWithTag(Path sysfs, String tag) {
        List<Path> out = new ArrayList<>();
        Path dir = sysfs.resolve("bus/virtio/devices");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path v : s.sorted().toList()) {
                Path tagFile = v.resolve("mount_tag");
                if (Files.exists(tagFile)) {
                    String t = Files.readString(tagFile, StandardCharsets.UTF_8).replace("\0", "").strip();
                    if (t.equals(tag)) {
                        out.add(v);
                    }
                }
            }
        } catch (IOException e) {
            // unreadable: not protected by tag
        }
        return out;
    }

    /**
     * Walks a sysfs device path up to the nearest PCI or platform device (the transport of a virtio
     * device, the controller of a disk, the function of a NIC).
     */
    static Optional<String> transportOf(Path sysfs, Path deviceLink) {
        Path real;
        try {
            real = deviceLink.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path p = real; p != null; p = p.getParent()) {
            if (p.getFileName() == null) {
                break;
            }
            String name = p.getFileName().toString();
            for (String bus : SysfsDevice.BUSES) {
                Path candidate = sysfs.resolve("bus").resolve(bus).resolve("devices").resolve(name);
                try {
                    if (Files.exists(candidate) && candidate.toRealPath().equals(p)) {
                        return Optional.of(name);
                    }
                } catch (IOException e) {
                    // keep walking up
                }
            }
        }
        return Optional.empty();
    }
}
