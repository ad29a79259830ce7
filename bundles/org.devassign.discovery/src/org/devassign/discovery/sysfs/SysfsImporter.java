package org.devassign.discovery.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.DmaWindows;
import org.devassign.core.sysfs.HostUses;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.core.sysfs.SysfsReader;
import org.devassign.discovery.ImportResult;
import org.devassign.discovery.ImportWarning;
import org.devassign.discovery.devicetree.DeviceTreeMapper;
import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.IovaRange;
import org.devassign.model.Protection;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.facts.HostUsages;
import org.devassign.model.io.ModelFileException;

/**
 * Imports the board a sysfs tree describes: {@code importBoard(Path.of("/"))} on the live board, or the
 * root of a captured tree (which holds {@code sys/} and {@code proc/} like {@code /}).
 */
public final class SysfsImporter {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;
    private static final String DEVICE_TREE = "sys/firmware/devicetree/base";

    private SysfsImporter() {
    }

    /**
     * Imports the board under {@code root}. Missing or unreadable files become warnings; only a root
     * without {@code sys/} fails.
     *
     * @throws ModelFileException when {@code root} is no sysfs root at all
     */
    public static ImportResult importBoard(Path root) throws ModelFileException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute.resolve("sys"))) {
            throw new ModelFileException(root, "has no sys/ directory: give the root of a sysfs tree (/ on the board, "
                    + "or the folder a captured snapshot was unpacked into).");
        }
        List<ImportWarning> warnings = new ArrayList<>();
        SysfsReader files = new SysfsReader(absolute, (path, message) -> warnings.add(new ImportWarning(path, message)));
        boolean live = absolute.getParent() == null;
        Board board = F.createBoard();
        board.setName(boardName(files, absolute));
        board.setSource(BoardSource.SYSFS);
        board.setSourceLocation(absolute.toString());
        KernelFacts.read(files, board, live);

        Set<String> names = new HashSet<>();
        Map<Path, Device> byDirectory = new HashMap<>();
        Map<Device, String> groupLinks = new HashMap<>();
        for (PciImporter.Imported pci : new PciImporter(files, board.getPageSize(), KernelFacts.msixMappable(board.getKernelVersion()),
                KernelFacts.msixResizable(board.getKernelVersion(), board.getArchitecture())).importAll()) {
            board.getDevices().add(pci.device());
            names.add(pci.device().getName());
            byDirectory.put(pci.directory(), pci.device());
            if (pci.groupLink() != null) {
                groupLinks.put(pci.device(), pci.groupLink());
            }
        }
        Path deviceTreeBase = files.path(DEVICE_TREE);
        DeviceTreeMapper deviceTree = null;
        if (Files.isDirectory(deviceTreeBase)) {
            deviceTree = new DeviceTreeMapper(SysfsDeviceTree.read(files, deviceTreeBase), deviceTreeBase, warnings,
                    board.getPageSize());
        }
        for (PlatformImporter.Imported platform : new PlatformImporter(files, board.getPageSize(), deviceTree, deviceTreeBase)
                .importAll(names)) {
            board.getDevices().add(platform.device());
            byDirectory.put(platform.directory(), platform.device());
            if (platform.groupLink() != null) {
                groupLinks.put(platform.device(), platform.groupLink());
            }
        }
        readGroups(files, board, byDirectory, groupLinks);
        readHostUse(files, absolute, board, live);
        if (deviceTree != null) {
            // dependencies and parents within the tree; provisional groups only for devices the kernel put in none
            deviceTree.link(board, nextGroupId(board));
        }
        return new ImportResult(board, warnings);
    }

    /**
     * IOMMU groups from {@code sys/kernel/iommu_groups}: members from each group's {@code devices}
     * directory, and each device's own {@code iommu_group} link, kept apart as the model asks; the
     * IOVA ranges VFIO will offer ({@link IovaRanges}), except for no-IOMMU groups, which map no DMA.
     */
    private static void readGroups(SysfsReader files, Board board, Map<Path, Device> byDirectory, Map<Device, String> groupLinks) {
        Map<String, IommuGroup> groups = new HashMap<>();
        IovaRanges iova = new IovaRanges(files);
        for (Path dir : files.list(files.path("sys/kernel/iommu_groups"))) {
            String id = dir.getFileName().toString();
            int number;
            try {
                number = Integer.parseInt(id);
            } catch (NumberFormatException e) {
                files.warn(dir, "is not named by a group number; skipped");
                continue;
            }
            IommuGroup group = F.createIommuGroup();
            group.setId(number);
            String name = files.text(dir.resolve("name"), false);
            group.setNoIommu("vfio-noiommu".equals(name));
            Path firstMember = null;
            for (Path member : files.list(dir.resolve("devices"))) {
                Path memberDir = files.resolve(member);
                Device device = memberDir == null ? null : byDirectory.get(memberDir);
                if (device == null) {
                    files.warn(member, "is in the group but is neither a PCI nor a platform device of this import; left out of the group");
                    continue;
                }
                firstMember = firstMember == null ? memberDir : firstMember;
                group.getDevices().add(device);
            }
            if (!group.isNoIommu()) {
                for (DmaWindows.Range range : iova.of(dir, firstMember)) {
                    IovaRange usable = F.createIovaRange();
                    usable.setStart(range.start());
                    usable.setLast(range.last());
                    group.getIovaRanges().add(usable);
                }
            }
            groups.put(id, group);
            board.getIommuGroups().add(group);
        }
        for (Map.Entry<Device, String> link : groupLinks.entrySet()) {
            IommuGroup group = groups.get(link.getValue());
            if (group == null) {
                files.warn(files.path("sys/kernel/iommu_groups/" + link.getValue()),
                        "is missing, but " + link.getKey().getSysfsName() + " links to it");
                continue;
            }
            link.getKey().setIommuGroup(group);
        }
    }

    /**
     * What the host uses each device for ({@link HostUses}, the detector the agent refuses on), and the
     * protection that follows: the root file system's device, and the device of the default route's
     * interface (the board's own connection).
     */
    private static void readHostUse(SysfsReader files, Path root, Board board, boolean live) {
        HostUses.Found found = new HostUses(new SysfsDevices(root.resolve("sys"), files), root.resolve("proc"), live).scan();
        Set<DeviceId> connection = new HashSet<>();
        for (String nif : found.defaultRoute()) {
            if (found.interfaces().containsKey(nif)) {
                connection.add(found.interfaces().get(nif));
            }
        }
        for (Device device : board.getDevices()) {
            Optional<DeviceId> id = DeviceFacts.id(device);
            if (id.isEmpty()) {
                continue;
            }
            HostUsages.record(device, found.of(id.get()));
            if (found.rootFilesystem().containsKey(id.get())) {
                device.setProtection(Protection.ROOT_FILESYSTEM);
            } else if (connection.contains(id.get())) {
                device.setProtection(Protection.AGENT_CONNECTION);
            }
        }
    }

    private static int nextGroupId(Board board) {
        int next = 0;
        for (IommuGroup group : board.getIommuGroups()) {
            next = Math.max(next, group.getId() + 1);
        }
        return next;
    }

    /** The host name, for the live board; otherwise the name of the folder the snapshot is in. */
    private static String boardName(SysfsReader files, Path root) {
        String hostname = files.text(files.path("proc/sys/kernel/hostname"), false);
        if (hostname != null && !hostname.isBlank() && !hostname.equals("(none)")) {
            return hostname;
        }
        Path name = root.getFileName();
        return name == null ? "board" : name.toString();
    }
}
