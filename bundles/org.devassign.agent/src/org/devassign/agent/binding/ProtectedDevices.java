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

import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.Printable;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.sysfs.SysfsDevices;

/**
 * Finds the devices the agent must never take from their host driver, as a {@link ProtectionPolicy}:
 * the ones carrying the root file system (and other mounted file systems), and the ones carrying
 * the agent's own network connection. Derived from the board itself: /proc/mounts (block devices
 * through /sys/class/block, 9p and virtiofs through the virtio device with that mount_tag), the
 * interfaces of the agent's socket addresses and of the default route (/proc/net/route) through
 * /sys/class/net/IF/device, each walked up to the device that is its transport
 * ({@link SysfsDevices#owner}). Mounted file systems other than / are reported with the root file
 * system's kind: the board's own storage, with the mount point in the reason.
 */
public final class ProtectedDevices {

    private ProtectedDevices() {
    }

    /** The live board, with the interface of the agent's socket (its local address; null: none yet). */
    public static ProtectionPolicy live(InetAddress agentLocalAddress) {
        return live(agentLocalAddress == null ? List.of() : List.of(agentLocalAddress));
    }

    /** The live board, with the interfaces that carry these local addresses of the agent's sockets. */
    public static ProtectionPolicy live(Collection<InetAddress> agentLocalAddresses) {
        return detect(Path.of("/sys"), Path.of("/proc"), interfacesOf(agentLocalAddresses));
    }

    /** The network interfaces that carry these local addresses (wildcard and unknown addresses carry none). */
    public static List<String> interfacesOf(Collection<InetAddress> addresses) {
        List<String> interfaces = new ArrayList<>();
        for (InetAddress address : addresses) {
            if (address == null || address.isAnyLocalAddress()) {
                continue;
            }
            try {
                NetworkInterface nif = NetworkInterface.getByInetAddress(address);
                if (nif != null && !interfaces.contains(nif.getName())) {
                    interfaces.add(nif.getName());
                }
            } catch (SocketException e) {
                // the default route's interfaces still protect the usual connection
            }
        }
        return interfaces;
    }

    /**
     * The protected devices of a board whose sysfs and procfs are at these roots (a live board or a
     * snapshot), given the agent's network interfaces.
     */
    public static ProtectionPolicy detect(Path sysfs, Path proc, Collection<String> agentInterfaces) {
        SysfsDevices devices = SysfsDevices.at(sysfs);
        Path sys = devices.sys();
        Map<DeviceId, Protection> reasons = new LinkedHashMap<>();
        for (String[] mount : mounts(proc)) {
            String source = mount[0];
            String mountPoint = mount[1];
            String type = mount[2];
            String what = mountPoint.equals("/") ? "the root file system (/)" : "the mounted file system " + Printable.escape(mountPoint);
            if (type.equals("9p") || type.equals("virtiofs")) {
                for (Path virtio : virtioWithTag(devices, source)) {
                    devices.owner(virtio).ifPresent(d -> reasons.putIfAbsent(d, new Protection(ProtectionKind.ROOT_FILESYSTEM,
                            "it carries " + what + " (" + type + " tag " + Printable.escape(source) + " on " + virtio.getFileName() + ")")));
                }
            } else if (source.startsWith("/dev/") && isName(source.substring(5))) {
                Path block = sys.resolve("class/block").resolve(source.substring(5));
                if (Files.exists(block)) {
                    devices.owner(block).ifPresent(d -> reasons.putIfAbsent(d, new Protection(ProtectionKind.ROOT_FILESYSTEM,
                            "it carries " + what + " (" + Printable.escape(source) + ")")));
                }
            }
        }
        Set<String> interfaces = new LinkedHashSet<>(agentInterfaces);
        interfaces.addAll(defaultRouteInterfaces(proc));
        for (String nif : interfaces) {
            if (!isName(nif)) {
                continue;
            }
            Path device = sys.resolve("class/net").resolve(nif).resolve("device");
            if (Files.exists(device)) {
                devices.owner(device).ifPresent(d -> reasons.putIfAbsent(d, new Protection(ProtectionKind.AGENT_CONNECTION,
                        "it carries the agent's own network connection (interface " + nif + ")")));
            }
        }
        return ProtectionPolicy.of(reasons);
    }

    /** One directory entry's name: a kernel block device or interface name, never a path. */
    private static boolean isName(String name) {
        return !name.isEmpty() && name.length() <= 255 && name.indexOf('/') < 0 && !name.equals(".") && !name.equals("..");
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
    private static List<Path> virtioWithTag(SysfsDevices devices, String tag) {
        List<Path> out = new ArrayList<>();
        for (Path v : devices.reader().list(devices.sys().resolve("bus/virtio/devices"))) {
            String t = Optional.ofNullable(devices.reader().text(v.resolve("mount_tag"), false)).orElse("").replace("\0", "").strip();
            if (t.equals(tag)) {
                out.add(v);
            }
        }
        return out;
    }
}
