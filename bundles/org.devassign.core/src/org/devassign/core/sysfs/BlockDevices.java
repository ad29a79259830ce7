package org.devassign.core.sysfs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.core.identity.DeviceId;

/**
 * The block devices of a board ({@code sys/class/block}), each with the devices that carry it and what
 * is stacked on it. A disk belongs to the device its directory sits under (the controller of a SCSI,
 * virtio or non-multipath NVMe disk); a partition to its disk's. With native NVMe multipath (Debian's
 * kernels) a namespace's disk {@code nvme0n1} is a virtual device of its NVMe subsystem
 * ({@code sys/devices/virtual/nvme-subsystem/nvme-subsys0/nvme0n1}): only the hidden path devices
 * {@code nvme0cXn1}, one per controller, sit under the controllers, so the disk belongs to the
 * controller of every path. Device-mapper (and so LVM) and md devices are found through
 * {@code holders/}, with their names ({@code dm/name}, {@code md/level}).
 */
final class BlockDevices {

    /** At most this many block devices are read (a board has tens; loop devices add a few hundred). */
    static final int MAX_DEVICES = 4096;

    private static final Pattern NVME_HEAD = Pattern.compile("nvme([0-9]+)n([0-9]+)");
    private static final Pattern NVME_PATH = Pattern.compile("nvme([0-9]+)c([0-9]+)n([0-9]+)");

    /**
     * One block device: its name, number ("259:0"), size in bytes, the devices that carry it, the
     * disk it is a partition of (null: a disk), what is stacked on it, and a name people know it by
     * ("LVM volume vg0-data", "md raid1"; null when it is plain).
     */
    record Block(String name, String number, long bytes, List<DeviceId> owners, String disk, List<String> holders, String alias,
            boolean hidden) {
    }

    private final Map<String, Block> byName = new LinkedHashMap<>();
    private final Map<String, Block> byNumber = new LinkedHashMap<>();

    private BlockDevices() {
    }

    static BlockDevices read(SysfsDevices devices) {
        BlockDevices out = new BlockDevices();
        SysfsReader files = devices.reader();
        List<Path> entries = files.list(devices.sys().resolve("class/block"));
        Map<String, Path> real = new LinkedHashMap<>();
        for (Path entry : entries.subList(0, Math.min(entries.size(), MAX_DEVICES))) {
            Path dir = files.resolve(entry);
            if (dir != null && isName(entry.getFileName().toString())) {
                real.put(entry.getFileName().toString(), dir);
            }
        }
        for (Map.Entry<String, Path> e : real.entrySet()) {
            String name = e.getKey();
            Path dir = e.getValue();
            String disk = files.text(dir.resolve("partition"), false) != null && dir.getParent() != null
                    && real.containsKey(dir.getParent().getFileName().toString()) ? dir.getParent().getFileName().toString() : null;
            List<DeviceId> owners = owners(devices, real, disk != null ? disk : name);
            List<String> holders = new ArrayList<>();
            for (Path h : files.list(dir.resolve("holders"))) {
                String holder = h.getFileName().toString();
                if (isName(holder)) {
                    holders.add(holder);
                }
            }
            long sectors = files.decimal(dir.resolve("size"), false, -1);
            String number = files.text(dir.resolve("dev"), false);
            Block block = new Block(name, number != null && number.matches("[0-9]{1,10}:[0-9]{1,10}") ? number : null,
                    sectors < 0 || sectors > Long.MAX_VALUE / 512 ? -1 : sectors * 512, owners, disk, List.copyOf(holders),
                    alias(files, dir, name), NVME_PATH.matcher(name).matches());
            out.byName.put(name, block);
            if (block.number() != null) {
                out.byNumber.putIfAbsent(block.number(), block);
            }
        }
        return out;
    }

    /** The devices that carry a disk: the one its directory sits under, or for an NVMe multipath disk the controllers of its paths. */
    private static List<DeviceId> owners(SysfsDevices devices, Map<String, Path> real, String disk) {
        Path dir = real.get(disk);
        if (dir == null) {
            return List.of();
        }
        Optional<DeviceId> direct = devices.owner(dir);
        if (direct.isPresent()) {
            return List.of(direct.get());
        }
        Matcher head = NVME_HEAD.matcher(disk);
        if (!head.matches()) {
            return List.of();
        }
        Set<DeviceId> owners = new LinkedHashSet<>();
        for (Map.Entry<String, Path> e : real.entrySet()) {
            Matcher path = NVME_PATH.matcher(e.getKey());
            if (path.matches() && path.group(1).equals(head.group(1)) && path.group(3).equals(head.group(2))) {
                devices.owner(e.getValue()).ifPresent(owners::add);
            }
        }
        return List.copyOf(owners);
    }

    private static String alias(SysfsReader files, Path dir, String name) {
        String dm = files.text(dir.resolve("dm/name"), false);
        if (dm != null && !dm.isEmpty()) {
            String uuid = files.text(dir.resolve("dm/uuid"), false);
            return (uuid != null && uuid.startsWith("LVM-") ? "LVM volume " : "device-mapper device ") + clean(dm);
        }
        String level = files.text(dir.resolve("md/level"), false);
        if (level != null && !level.isEmpty()) {
            return "md " + clean(level);
        }
        return null;
    }

    private static String clean(String text) {
        return org.devassign.core.identity.Printable.escape(text.length() > 128 ? text.substring(0, 128) : text);
    }

    /** A kernel block device name: one path component. */
    static boolean isName(String name) {
        return !name.isEmpty() && name.length() <= 255 && name.indexOf('/') < 0 && !name.equals(".") && !name.equals("..");
    }

    Optional<Block> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Optional<Block> numbered(String number) {
        return Optional.ofNullable(number == null ? null : byNumber.get(number));
    }

    /** A block device as a path names it: /dev/NAME, /dev/mapper/DM-NAME. */
    Optional<Block> ofPath(String path) {
        if (path == null || !path.startsWith("/dev/")) {
            return Optional.empty();
        }
        String rest = path.substring(5);
        if (rest.startsWith("mapper/")) {
            String wanted = rest.substring(7);
            return byName.values().stream().filter(b -> b.alias() != null && b.alias().endsWith(" " + wanted)).findFirst();
        }
        return named(rest);
    }

    List<Block> all() {
        return new ArrayList<>(byName.values());
    }
}
