package org.devassign.core.sysfs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.core.identity.DeviceId;

/**
 * The device nodes a device has below it ({@code /dev/nvme0}, {@code /dev/fb0}: each class device
 * with a {@code dev} attribute, named by DEVNAME in its {@code uevent}), and the other processes that
 * have one of them open ({@code proc/PID/fd}). VFIO's own nodes are not the host's use. The walk stays
 * inside the device: it does not follow links nor descend into the devices of a bus below it (the
 * functions behind a bridge are devices of their own), and it is bounded in depth and entries.
 */
final class OpenNodes {

    static final int MAX_DEPTH = 5;
    static final int MAX_ENTRIES = 4096;
    static final int MAX_PROCESSES = 65_536;
    static final int MAX_FDS = 1 << 20;

    /** A process that has a node open: its id and command name. */
    record Opener(long pid, String command) {
    }

    private OpenNodes() {
    }

    /** "/dev/NAME" for every class device below the device's directory. */
    static List<String> nodesOf(SysfsDevices devices, DeviceId device) {
        List<String> out = new ArrayList<>();
        Path dir = devices.reader().resolve(devices.directory(device));
        if (dir != null) {
            walk(devices, dir, 0, out, new int[] { 0 });
        }
        return out;
    }

    private static void walk(SysfsDevices devices, Path dir, int depth, List<String> out, int[] seen) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Path entry : devices.reader().list(dir)) {
            if (++seen[0] > MAX_ENTRIES) {
                return;
            }
            String name = entry.getFileName().toString();
            if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || name.equals("subsystem") || name.equals("vfio-dev")
                    || DeviceId.tryParse(name).filter(devices::exists).isPresent()) {
                continue;
            }
            if (Files.exists(entry.resolve("dev"), LinkOption.NOFOLLOW_LINKS)) {
                String node = devName(devices.reader(), entry);
                if (node != null && !node.startsWith("vfio") && !out.contains("/dev/" + node)) {
                    out.add("/dev/" + node);
                }
            }
            walk(devices, entry, depth + 1, out, seen);
        }
    }

    /** DEVNAME from a class device's uevent (a relative path below /dev), else its directory's name. */
    private static String devName(SysfsReader files, Path classDevice) {
        String uevent = files.text(classDevice.resolve("uevent"), false);
        if (uevent != null) {
            for (String line : uevent.split("\n")) {
                if (line.startsWith("DEVNAME=")) {
                    String name = line.substring(8).trim();
                    return name.isEmpty() || name.contains("..") || name.startsWith("/") || name.length() > 255 ? null : name;
                }
            }
        }
        String name = classDevice.getFileName().toString();
        return BlockDevices.isName(name) ? name : null;
    }

    /**
     * Which processes have these nodes open, by node; {@code self} (the caller's own process, on the
     * live board) is left out. Processes that end while they are read are skipped.
     */
    static Map<String, List<Opener>> openers(SysfsReader files, Path proc, List<String> nodes, long self) {
        Map<String, List<Opener>> out = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            return out;
        }
        int processes = 0;
        int fds = 0;
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("[0-9]{1,10}"))) {
            for (Path pid : pids) {
                if (++processes > MAX_PROCESSES) {
                    break;
                }
                long id = Long.parseLong(pid.getFileName().toString());
                if (id == self) {
                    continue;
                }
                try (DirectoryStream<Path> open = Files.newDirectoryStream(pid.resolve("fd"))) {
                    for (Path fd : open) {
                        if (++fds > MAX_FDS) {
                            return out;
                        }
                        String target;
                        try {
                            target = Files.readSymbolicLink(fd).toString();
                        } catch (IOException | UnsupportedOperationException e) {
                            continue;
                        }
                        if (nodes.contains(target)) {
                            List<Opener> list = out.computeIfAbsent(target, t -> new ArrayList<>());
                            if (list.stream().noneMatch(o -> o.pid() == id)) {
                                String comm = files.text(pid.resolve("comm"), false);
                                list.add(new Opener(id, comm == null ? "?" : org.devassign.core.identity.Printable.escape(comm)));
                            }
                        }
                    }
                } catch (IOException e) {
                    // the process ended, or its fds are not ours to read
                }
            }
        } catch (IOException e) {
            // no procfs: nothing known to be open
        }
        out.values().forEach(list -> list.sort(java.util.Comparator.comparingLong(Opener::pid)));
        return out;
    }
}
