package org.devassign.agent.binding;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.Printable;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.sysfs.HostUses;
import org.devassign.core.sysfs.SysfsDevices;

/**
 * Finds the devices the agent must never take from their host driver, whatever a config says, as a
 * {@link ProtectionPolicy}: the ones carrying the root file system, and the ones carrying the agent's
 * own network connection (the interfaces of the agent's socket addresses and of the default route).
 * Derived from the board itself by the one detector of host use, {@link HostUses}: other mounted file
 * systems, swap, holders, interfaces and open device nodes make a device in use, which the agent
 * refuses unless asked with {@code force}, rather than protected.
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
        return of(new HostUses(devices, proc, sysfs.toAbsolutePath().normalize().equals(Path.of("/sys"))).scan(List.of()), agentInterfaces);
    }

    /**
     * The protection that follows from what the host uses its devices for ({@link HostUses}): the
     * devices of the root file system, and of the agent's interfaces and the default route's.
     */
    public static ProtectionPolicy of(HostUses.Found found, Collection<String> agentInterfaces) {
        Map<DeviceId, Protection> reasons = new LinkedHashMap<>();
        found.rootFilesystem().forEach((device, what) -> reasons.putIfAbsent(device, new Protection(ProtectionKind.ROOT_FILESYSTEM,
                "it carries " + what)));
        Set<String> interfaces = new LinkedHashSet<>(agentInterfaces);
        interfaces.addAll(found.defaultRoute());
        for (String nif : interfaces) {
            DeviceId device = found.interfaces().get(nif);
            if (device != null) {
                reasons.putIfAbsent(device, new Protection(ProtectionKind.AGENT_CONNECTION,
                        "it carries the agent's own network connection (interface " + Printable.escape(nif) + ")"));
            }
        }
        return ProtectionPolicy.of(reasons);
    }
}
