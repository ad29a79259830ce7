package org.devassign.core.sysfs;

import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.devassign.core.identity.DeviceId;

/**
 * The network interfaces of a board ({@code sys/class/net}) with the device that carries each,
 * whether it is up ({@code flags} has IFF_UP), its IPv4 routes ({@code proc/net/route}) and, on the live
 * board, its addresses (the kernel keeps them out of sysfs; {@link NetworkInterface} asks it).
 */
final class NetInterfaces {

    static final int MAX_INTERFACES = 4096;
    private static final int IFF_UP = 0x1;

    /** One interface; {@code owner} empty for virtual ones (lo, bridges, tunnels). */
    record Interface(String name, Optional<DeviceId> owner, boolean up, List<String> addresses, List<String> routes) {
    }

    private NetInterfaces() {
    }

    /** @param live whether sysfs and procfs are this machine's own, so its addresses can be asked for */
    static List<Interface> read(SysfsDevices devices, Path proc, boolean live) {
        SysfsReader files = devices.reader();
        List<String[]> routes = routes(files, proc);
        List<Interface> out = new ArrayList<>();
        List<Path> entries = files.list(devices.sys().resolve("class/net"));
        for (Path entry : entries.subList(0, Math.min(entries.size(), MAX_INTERFACES))) {
            String name = entry.getFileName().toString();
            if (!BlockDevices.isName(name)) {
                continue;
            }
            Path device = entry.resolve("device");
            // the device link where there is one (physical interfaces); the interface's own place in the tree otherwise
            Optional<DeviceId> owner = SysfsReader.exists(device) ? devices.owner(device) : devices.owner(entry);
            long flags = files.hex(entry.resolve("flags"), false);
            List<String> own = new ArrayList<>();
            for (String[] r : routes) {
                if (r[0].equals(name)) {
                    own.add(r[1]);
                }
            }
            out.add(new Interface(name, owner, flags >= 0 && (flags & IFF_UP) != 0, live ? addresses(name) : List.of(), own));
        }
        return out;
    }

    /** The default route's interfaces (destination 0.0.0.0/0). */
    static List<String> defaultRoute(SysfsReader files, Path proc) {
        return routes(files, proc).stream().filter(r -> r[1].startsWith("default")).map(r -> r[0]).distinct().toList();
    }

    /** (interface, "10.0.3.0/24" or "default via 10.0.2.2") per line of proc/net/route. */
    private static List<String[]> routes(SysfsReader files, Path proc) {
        List<String[]> out = new ArrayList<>();
        String text = files.text(proc.resolve("net/route"), false, SysfsReader.MAX_TEXT_FILE_BYTES);
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 8 || f[0].equals("Iface") || !f[1].matches("[0-9A-Fa-f]{8}") || !f[2].matches("[0-9A-Fa-f]{8}")
                    || !f[7].matches("[0-9A-Fa-f]{8}")) {
                continue;
            }
            long destination = Long.parseLong(f[1], 16);
            long mask = Long.parseLong(f[7], 16);
            long gateway = Long.parseLong(f[2], 16);
            String route = destination == 0 && mask == 0 ? "default" : ipv4(destination) + "/" + Long.bitCount(mask);
            out.add(new String[] { f[0], gateway == 0 ? route : route + " via " + ipv4(gateway) });
            if (out.size() >= Mounts.MAX_ENTRIES) {
                break;
            }
        }
        return out;
    }

    /** proc/net/route writes addresses in the host's byte order, little-endian on the boards DevAssign runs on. */
    private static String ipv4(long littleEndian) {
        return (littleEndian & 0xff) + "." + (littleEndian >> 8 & 0xff) + "." + (littleEndian >> 16 & 0xff) + "." + (littleEndian >> 24 & 0xff);
    }

    private static List<String> addresses(String name) {
        List<String> out = new ArrayList<>();
        try {
            NetworkInterface nif = NetworkInterface.getByName(name);
            if (nif != null) {
                for (InterfaceAddress a : nif.getInterfaceAddresses()) {
                    if (!a.getAddress().isLinkLocalAddress()) {
                        String host = a.getAddress().getHostAddress();
                        int zone = host.indexOf('%');
                        out.add((zone < 0 ? host : host.substring(0, zone)) + "/" + a.getNetworkPrefixLength());
                    }
                }
            }
        } catch (SocketException e) {
            // no addresses to tell: the interface itself is still reported
        }
        return out;
    }
}
