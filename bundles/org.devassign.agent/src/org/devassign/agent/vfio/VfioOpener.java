package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.devassign.agent.AgentException;
import org.devassign.agent.Failure;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.GroupViability;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.SysfsDevices;

/**
 * Opens a device bound to a VFIO driver. Container/group: checks the group is viable (naming the
 * companions that make it not), sets a type1v2 IOMMU (type1 on old kernels) or no-IOMMU mode from
 * the group's kind. cdev: binds the device's /dev/vfio/devices node to a fresh iommufd IOAS. AUTO
 * takes the cdev when the kernel offers one for the device ({@link OpenPath#resolve}). PCI,
 * platform and fsl-mc devices open the same way (an fsl-mc container through its group). Every
 * descriptor opened on the way is closed again when a step fails.
 */
public final class VfioOpener {

    private final SysfsDevices sysfs;
    private final Path dev;

    /** The live board: /sys and /dev. */
    public VfioOpener() {
        this(Path.of("/sys"), Path.of("/dev"));
    }

    public VfioOpener(Path sysfs, Path dev) {
        this(SysfsDevices.at(sysfs), dev);
    }

    public VfioOpener(SysfsDevices sysfs, Path dev) {
        this.sysfs = sysfs;
        this.dev = dev;
    }

    /** Whether the kernel offers the cdev/iommufd path for this device now (bound, node present). */
    public boolean cdevAvailable(DeviceId device) {
        Optional<String> node = sysfs.vfioCdev(device);
        return node.isPresent() && Files.exists(dev.resolve("iommu")) && Files.exists(dev.resolve("vfio/devices").resolve(node.get()));
    }

    /** Opens the device by {@code path} (null: AUTO). */
    public OpenedDevice open(DeviceId device, OpenPath path) throws AgentException {
        if (!sysfs.exists(device)) {
            throw new AgentException(Failure.NO_SUCH_DEVICE, "Device " + device + " is not in " + sysfs.busDirectory(device.bus()).resolve("devices")
                    + ": name a device of this board as the kernel spells it.");
        }
        String driver = sysfs.driver(device);
        if (!Vfio.isVfioDriver(driver)) {
            throw new AgentException(Failure.NOT_ON_VFIO, "Device " + device + " is bound to " + (driver == null ? "no driver" : driver)
                    + ", not to a VFIO driver: bind it to " + Vfio.forDevice(device) + " first (DeviceBinder), then open it.");
        }
        OpenPath asked = path == null ? OpenPath.AUTO : path;
        boolean cdev = cdevAvailable(device) && (asked == OpenPath.CDEV || !noIommuGroup(device));
        OpenPath chosen = asked.resolve(cdev).orElseThrow(() -> new AgentException(Failure.OPEN_FAILED, "Device " + device
                + " has no VFIO cdev (no vfio-dev/ in sysfs, or no /dev/iommu): " + OpenPath.CDEV_UNAVAILABLE));
        return chosen == OpenPath.CDEV ? openCdev(device) : openGroup(device);
    }

    private boolean noIommuGroup(DeviceId d) {
        int g = sysfs.iommuGroup(d);
        return g >= 0 && Files.exists(dev.resolve("vfio").resolve("noiommu-" + g));
    }

    private OpenedDevice openGroup(DeviceId d) throws AgentException {
        int groupId = sysfs.iommuGroup(d);
        if (groupId < 0) {
            throw new AgentException(Failure.GROUP_NOT_VIABLE, "Device " + d + " has no IOMMU group (no iommu_group link in sysfs): enable "
                    + "the IOMMU (intel_iommu=on) or vfio's no-IOMMU mode (vfio.enable_unsafe_noiommu_mode=1).");
        }
        boolean noIommu = noIommuGroup(d);
        String groupName = noIommu ? "noiommu-" + groupId : Integer.toString(groupId);
        Path groupNode = dev.resolve("vfio").resolve(groupName);
        String what = (noIommu ? "no-IOMMU group " : "group ") + groupId;
        int container = -1;
        int group = -1;
        int deviceFd = -1;
        try (Arena arena = Arena.ofConfined()) {
            container = open(dev.resolve("vfio/vfio"), "the VFIO container for " + d.kernelName());
            int api = LibC.ioctl(container, VfioIoctls.VFIO_GET_API_VERSION, 0L, "VFIO_GET_API_VERSION");
            if (api != VfioIoctls.VFIO_API_VERSION) {
                throw new AgentException(Failure.OPEN_FAILED, "The kernel's VFIO API version is " + api + ", the agent speaks version "
                        + VfioIoctls.VFIO_API_VERSION + ": update the agent.");
            }
            try {
                group = LibC.open(groupNode.toString(), LibC.O_RDWR);
            } catch (NativeException e) {
                throw new AgentException(Failure.OPEN_FAILED, switch (e.errno()) {
                case 16 -> what + " of " + d.kernelName() + " (" + groupNode + ") is already open, by this agent or another "
                        + "process: close the other user of the group first.";
                case 2 -> what + " of " + d.kernelName() + " has no node " + groupNode + ": bind the device to a VFIO driver.";
                default -> "Opening " + groupNode + " for " + d.kernelName() + " failed: " + e.getMessage();
                }, e);
            }
            if ((IommuDomain.Type1Container.groupStatus(group) & VfioIoctls.GROUP_FLAGS_VIABLE) == 0) {
                throw new AgentException(Failure.GROUP_NOT_VIABLE, notViable(groupId, d));
            }
            LibC.ioctl(group, VfioIoctls.VFIO_GROUP_SET_CONTAINER, arena.allocateFrom(JAVA_INT, container),
                    "VFIO_GROUP_SET_CONTAINER");
            int type;
            if (noIommu) {
                type = VfioIoctls.VFIO_NOIOMMU_IOMMU;
            } else if (LibC.ioctl(container, VfioIoctls.VFIO_CHECK_EXTENSION, VfioIoctls.VFIO_TYPE1V2_IOMMU,
                    "VFIO_CHECK_EXTENSION") > 0) {
                type = VfioIoctls.VFIO_TYPE1V2_IOMMU;
            } else {
                type = VfioIoctls.VFIO_TYPE1_IOMMU;
            }
            LibC.ioctl(container, VfioIoctls.VFIO_SET_IOMMU, type, "VFIO_SET_IOMMU");
            deviceFd = LibC.ioctl(group, VfioIoctls.VFIO_GROUP_GET_DEVICE_FD, arena.allocateFrom(d.kernelName()),
                    "VFIO_GROUP_GET_DEVICE_FD");
            IommuDomain domain = new IommuDomain.Type1Container(container, group, type);
            return new OpenedDevice(d.kernelName(), d.bus().sysfsName(), org.devassign.model.OpenPath.GROUP, groupName, deviceFd, domain);
        } catch (NativeException e) {
            LibC.close(deviceFd);
            LibC.close(group);
            LibC.close(container);
            throw new AgentException(Failure.OPEN_FAILED, "Opening " + d.kernelName() + " through " + what + " failed at " + e.call() + ": "
                    + e.getMessage() + ". Check that the device is bound to a VFIO driver and the IOMMU is enabled.", e);
        } catch (AgentException | RuntimeException e) {
            LibC.close(deviceFd);
            LibC.close(group);
            LibC.close(container);
            throw e;
        }
    }

    /** Names the companions that keep the group from being viable ({@link GroupViability}), and what to do. */
    private String notViable(int groupId, DeviceId d) {
        List<GroupMember> members = sysfs.groupMembers(groupId).stream().map(sysfs::member).toList();
        GroupViability.Verdict verdict = GroupViability.check(members, Set.of(d));
        if (verdict.viable()) {
            return "group " + groupId + " is not viable although every member is on a VFIO driver or none (opening " + d
                    + "): a device of the group is still in use by a host driver; bind every device of the group to a VFIO driver or unbind it.";
        }
        return "group " + groupId + ": " + GroupViability.explain(d, verdict);
    }

    private OpenedDevice openCdev(DeviceId d) throws AgentException {
        String node = sysfs.vfioCdev(d).orElseThrow(() -> new AgentException(Failure.OPEN_FAILED, "Device " + d
                + " has no VFIO cdev (no vfio-dev/ in sysfs): this kernel lacks CONFIG_VFIO_DEVICE_CDEV; open it "
                + "through its group instead (OpenPath.GROUP)."));
        int deviceFd = -1;
        int iommufd = -1;
        int ioas = 0;
        try {
            deviceFd = open(dev.resolve("vfio/devices").resolve(node), d.kernelName() + "'s VFIO cdev");
            iommufd = open(dev.resolve("iommu"), "iommufd for " + d.kernelName());
            DeviceIoctls.bindIommufd(deviceFd, iommufd);
            ioas = IommuDomain.Iommufd.allocateIoas(iommufd);
            DeviceIoctls.attachIommufdPt(deviceFd, ioas);
            IommuDomain domain = new IommuDomain.Iommufd(iommufd, ioas);
            return new OpenedDevice(d.kernelName(), d.bus().sysfsName(), org.devassign.model.OpenPath.CDEV, null, deviceFd, domain);
        } catch (NativeException e) {
            LibC.close(deviceFd);
            LibC.close(iommufd);
            throw new AgentException(Failure.OPEN_FAILED, "Opening " + d.kernelName() + " through its cdev " + node + " and iommufd failed at "
                    + e.call() + ": " + e.getMessage()
                    + (e.errno() == 16 ? ". The device is already open (cdev or group): close the other user first."
                            : ". Open it through its group instead (OpenPath.GROUP)."), e);
        } catch (AgentException | RuntimeException e) {
            LibC.close(deviceFd);
            LibC.close(iommufd);
            throw e;
        }
    }

    private static int open(Path node, String what) throws AgentException {
        try {
            return LibC.open(node.toString(), LibC.O_RDWR);
        } catch (NativeException e) {
            throw new AgentException(Failure.OPEN_FAILED, "Cannot open " + node + " (" + what + "): " + e.getMessage()
                    + (e.errno() == 2 ? ". Load the VFIO modules (vfio-pci, iommufd) or check that the kernel has them."
                            : e.errno() == 13 ? ". Run the agent as root or give it access to " + node + "." : "."),
                    e);
        }
    }
}
