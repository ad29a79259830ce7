package org.devassign.core.sysfs;

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
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.HostUse.Kind;

/**
 * The one detector of what a board's host uses its devices for ({@link HostUse}), from its sysfs and
 * procfs (the live board, or a captured tree): the block devices each device carries (NVMe multipath
 * included, see {@link BlockDevices}) with the file systems mounted from them and the swap on them,
 * device-mapper, md and LVM devices stacked on them (and what is mounted from those), the network
 * interfaces with whether they are up, their addresses and routes, device nodes other processes have
 * open, and consoles. Also which devices carry the root file system ({@code /}), which the agent
 * protects whatever a config says. Discovery records the uses in the board model; the agent refuses
 * to take a device in use unless asked with {@code force}, and checks again right before the bind.
 */
public final class HostUses {

    /** How deep a stack of holders (dm on md on a partition ...) is followed. */
    private static final int MAX_STACK = 8;

    /**
     * What the scan found.
     *
     * @param uses per device, what the host uses it for (block devices and interfaces first)
     * @param rootFilesystem per device that carries the root file system, what it is ("the root file system (/) (/dev/vda1)")
     * @param interfaces per network interface, the device that carries it
     */
    public record Found(Map<DeviceId, List<HostUse>> uses, Map<DeviceId, String> rootFilesystem, Map<String, DeviceId> interfaces,
            List<String> defaultRoute) {

        public List<HostUse> of(DeviceId device) {
            return uses.getOrDefault(device, List.of());
        }
    }

    private final SysfsDevices devices;
    private final Path proc;
    private final boolean live;

    /** @param live whether this is the machine the caller runs on (its own process is then not an "other" process, and addresses are asked for) */
    public HostUses(SysfsDevices devices, Path proc, boolean live) {
        this.devices = devices;
        this.proc = proc;
        this.live = live;
    }

    /** On the live board: /sys and /proc. */
    public static HostUses live() {
        return new HostUses(SysfsDevices.at(Path.of("/sys")), Path.of("/proc"), true);
    }

    /** Every device's uses, open device nodes included. */
    public Found scan() {
        return scan(null);
    }

    /**
     * The uses of these devices (null: every device); file systems and interfaces are read whole,
     * device nodes and open files only for the devices asked for.
     */
    public Found scan(Collection<DeviceId> only) {
        SysfsReader files = devices.reader();
        BlockDevices blocks = BlockDevices.read(devices);
        List<Mounts.Mount> mounts = Mounts.read(files, proc);
        List<Mounts.Swap> swaps = Mounts.swaps(files, proc);
        Map<DeviceId, List<HostUse>> uses = new LinkedHashMap<>();
        Map<DeviceId, String> root = new LinkedHashMap<>();
        for (BlockDevices.Block block : blocks.all()) {
            if (block.hidden() || block.owners().isEmpty() || !wanted(only, block.owners())) {
                continue;
            }
            List<HostUse> found = new ArrayList<>();
            String node = "/dev/" + block.name();
            found.add(new HostUse(Kind.BLOCK, node, size(block), false));
            usesOf(block, node, blocks, mounts, swaps, found, new LinkedHashSet<>(), 0);
            for (DeviceId owner : block.owners()) {
                uses.computeIfAbsent(owner, o -> new ArrayList<>()).addAll(found);
            }
        }
        for (Mounts.Mount m : mounts) {
            if (!m.mountPoint().equals("/")) {
                continue;
            }
            Optional<BlockDevices.Block> block = mounted(m, blocks);
            if (block.isPresent()) {
                String what = "the root file system (/) (/dev/" + block.get().name() + ")";
                block.get().owners().forEach(d -> root.putIfAbsent(d, what));
            }
        }
        virtioMounts(mounts, only, uses, root);
        Map<String, DeviceId> interfaces = new LinkedHashMap<>();
        for (NetInterfaces.Interface nif : NetInterfaces.read(devices, proc, live)) {
            if (nif.owner().isEmpty()) {
                continue;
            }
            interfaces.put(nif.name(), nif.owner().get());
            if (wanted(only, List.of(nif.owner().get()))) {
                uses.computeIfAbsent(nif.owner().get(), o -> new ArrayList<>()).add(new HostUse(Kind.INTERFACE, nif.name(), state(nif), nif.up()));
            }
        }
        openNodes(only, blocks, uses);
        Map<DeviceId, List<HostUse>> frozen = new LinkedHashMap<>();
        uses.forEach((d, list) -> frozen.put(d, List.copyOf(list)));
        return new Found(frozen, root, interfaces, NetInterfaces.defaultRoute(files, proc));
    }

    private static boolean wanted(Collection<DeviceId> only, List<DeviceId> owners) {
        return only == null || owners.stream().anyMatch(only::contains);
    }

    /** The mounts, swap and holders of one block device, following the holders up the stack. */
    private static void usesOf(BlockDevices.Block block, String node, BlockDevices blocks, List<Mounts.Mount> mounts, List<Mounts.Swap> swaps,
            List<HostUse> out, Set<String> seen, int depth) {
        if (!seen.add(block.name()) || depth > MAX_STACK) {
            return;
        }
        for (Mounts.Mount m : mounts) {
            if (mounted(m, blocks).filter(b -> b.name().equals(block.name())).isPresent()) {
                String via = depth == 0 ? "" : "under /dev/" + block.name() + describeAlias(block) + ", ";
                out.add(new HostUse(depth == 0 ? Kind.MOUNT : Kind.HOLDER, node, via + "mounted on " + Printable.escape(m.mountPoint()), true));
            }
        }
        for (Mounts.Swap s : swaps) {
            if (!s.file() && blocks.ofPath(s.path()).filter(b -> b.name().equals(block.name())).isPresent()) {
                String via = depth == 0 ? "" : "under /dev/" + block.name() + describeAlias(block) + ", ";
                out.add(new HostUse(depth == 0 ? Kind.SWAP : Kind.HOLDER, node, via + "used as swap", true));
            }
        }
        for (String holder : block.holders()) {
            Optional<BlockDevices.Block> h = blocks.named(holder);
            if (h.isEmpty()) {
                continue;
            }
            int before = out.size();
            usesOf(h.get(), node, blocks, mounts, swaps, out, seen, depth + 1);
            if (out.size() == before) {
                out.add(new HostUse(Kind.HOLDER, node, "under /dev/" + holder + describeAlias(h.get()), true));
            }
        }
    }

    private static String describeAlias(BlockDevices.Block block) {
        return block.alias() == null ? "" : " (" + block.alias() + ")";
    }

    /** The block device a mount is from: by number (mountinfo), else by its source path. */
    private static Optional<BlockDevices.Block> mounted(Mounts.Mount m, BlockDevices blocks) {
        Optional<BlockDevices.Block> byNumber = blocks.numbered(m.device());
        return byNumber.isPresent() ? byNumber : blocks.ofPath(m.source());
    }

    /** 9p and virtiofs file systems, carried by the virtio device whose mount_tag is the mount's source. */
    private void virtioMounts(List<Mounts.Mount> mounts, Collection<DeviceId> only, Map<DeviceId, List<HostUse>> uses, Map<DeviceId, String> root) {
        for (Mounts.Mount m : mounts) {
            if (!m.type().equals("9p") && !m.type().equals("virtiofs")) {
                continue;
            }
            for (Path virtio : devices.reader().list(devices.sys().resolve("bus/virtio/devices"))) {
                String tag = Optional.ofNullable(devices.reader().text(virtio.resolve("mount_tag"), false)).orElse("").replace("\0", "").strip();
                if (!tag.equals(m.source())) {
                    continue;
                }
                Optional<DeviceId> owner = devices.owner(virtio);
                if (owner.isEmpty()) {
                    continue;
                }
                String what = m.type() + " tag " + Printable.escape(tag) + " on " + virtio.getFileName();
                if (m.mountPoint().equals("/")) {
                    root.putIfAbsent(owner.get(), "the root file system (/) (" + what + ")");
                }
                if (wanted(only, List.of(owner.get()))) {
                    uses.computeIfAbsent(owner.get(), o -> new ArrayList<>())
                            .add(new HostUse(Kind.MOUNT, what, "mounted on " + Printable.escape(m.mountPoint()), true));
                }
            }
        }
    }

    /** Device nodes of the devices asked for (and of their block devices) that other processes have open; consoles. */
    private void openNodes(Collection<DeviceId> only, BlockDevices blocks, Map<DeviceId, List<HostUse>> uses) {
        Map<String, DeviceId> nodes = new LinkedHashMap<>();
        Collection<DeviceId> asked = only != null ? only : allDevices();
        for (DeviceId device : asked) {
            if (!devices.exists(device)) {
                continue;
            }
            for (String node : OpenNodes.nodesOf(devices, device)) {
                nodes.putIfAbsent(node, device);
            }
        }
        for (BlockDevices.Block b : blocks.all()) {
            for (DeviceId owner : b.owners()) {
                if (!b.hidden() && asked.contains(owner)) {
                    nodes.putIfAbsent("/dev/" + b.name(), owner);
                }
            }
        }
        consoles(nodes, uses);
        long self = live ? ProcessHandle.current().pid() : -1;
        Map<String, List<OpenNodes.Opener>> open = OpenNodes.openers(devices.reader(), proc, List.copyOf(nodes.keySet()), self);
        for (Map.Entry<String, DeviceId> node : nodes.entrySet()) {
            for (OpenNodes.Opener o : open.getOrDefault(node.getKey(), List.of())) {
                uses.computeIfAbsent(node.getValue(), d -> new ArrayList<>())
                        .add(new HostUse(Kind.FD, node.getKey(), "open in process " + o.pid() + " (" + o.command() + ")", true));
            }
        }
    }

    private List<DeviceId> allDevices() {
        List<DeviceId> all = new ArrayList<>();
        for (org.devassign.core.identity.Bus bus : org.devassign.core.identity.Bus.values()) {
            all.addAll(devices.devices(bus));
        }
        return all;
    }

    /** A framebuffer the kernel's console draws on, or a tty that is the console. */
    private void consoles(Map<String, DeviceId> nodes, Map<DeviceId, List<HostUse>> uses) {
        SysfsReader files = devices.reader();
        boolean fbConsole = false;
        for (Path vt : files.list(devices.sys().resolve("class/vtconsole"))) {
            String name = files.text(vt.resolve("name"), false);
            fbConsole |= name != null && name.contains("frame buffer") && "1".equals(files.text(vt.resolve("bind"), false));
        }
        String active = files.text(devices.sys().resolve("class/tty/console/active"), false);
        List<String> consoles = active == null ? List.of() : List.of(active.split("\\s+"));
        for (Map.Entry<String, DeviceId> n : nodes.entrySet()) {
            String node = n.getKey().substring(5);
            if (node.matches("fb[0-9]+")) {
                uses.computeIfAbsent(n.getValue(), d -> new ArrayList<>()).add(new HostUse(Kind.CONSOLE, n.getKey(),
                        fbConsole ? "a framebuffer the kernel's console draws on" : "a framebuffer", fbConsole));
            } else if (consoles.contains(node)) {
                uses.computeIfAbsent(n.getValue(), d -> new ArrayList<>()).add(new HostUse(Kind.CONSOLE, n.getKey(), "the kernel's console", true));
            }
        }
    }

    private static String size(BlockDevices.Block block) {
        String what = block.disk() != null ? "partition of /dev/" + block.disk() : "disk";
        return block.bytes() < 0 ? what : bytes(block.bytes()) + " " + what;
    }

    private static String bytes(long n) {
        String[] units = { "bytes", "KiB", "MiB", "GiB", "TiB", "PiB" };
        int unit = 0;
        double value = n;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? n + " bytes" : (value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value)) + " " + units[unit];
    }

    private static String state(NetInterfaces.Interface nif) {
        if (!nif.up()) {
            return "down";
        }
        StringBuilder text = new StringBuilder("up");
        if (!nif.addresses().isEmpty()) {
            text.append(" with ").append(String.join(", ", nif.addresses().subList(0, Math.min(4, nif.addresses().size()))));
        }
        if (!nif.routes().isEmpty()) {
            text.append(" (routes: ").append(String.join(", ", nif.routes().subList(0, Math.min(4, nif.routes().size())))).append(')');
        }
        return text.toString();
    }
}
