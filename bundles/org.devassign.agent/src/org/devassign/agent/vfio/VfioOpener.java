package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.AgentException;
import org.devassign.agent.binding.SysfsDevice;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.devassign.model.OpenPath;

/**
 * Opens a device bound to a VFIO driver. Container/group: checks the group is viable (naming the
 * companions that make it not), sets a type1v2 IOMMU (type1 on old kernels) or no-IOMMU mode from
 * the group's kind. cdev: binds the device's /dev/vfio/devices node to a fresh iommufd IOAS. AUTO
 * takes the cdev when the kernel offers one for the device. Every descriptor opened on the way is
 * closed again when a step fails.
 */
public final class VfioOpener {

    private final Path sysfs;
    private final Path dev;

    /** The live board: /sys and /dev. */
    public VfioOpener() {
        this(Path.of("/sys"), Path.of("/dev"));
    }

    public VfioOpener(Path sysfs, Path dev) {
        this.sysfs = sysfs;
        this.dev = dev;
    }

    /** Whether the kernel offers the cdev/iommufd path for this device now (bound, node present). */
    public boolean cdevAvailable(String device) throws AgentException {
        SysfsDevice d = SysfsDevice.find(sysfs, device);
        return d.vfioCdev().isPresent() && Files.exists(dev.resolve("iommu"))
                && Files.exists(dev.resolve("vfio/devices").resolve(d.vfioCdev().get()));
    }

    public OpenedDevice open(String device, OpenPath path) throws AgentException {
        SysfsDevice d = SysfsDevice.find(sysfs, device);
        String driver = d.driver();
        if (driver == null || !driver.startsWith("vfio")) {
            throw new AgentException("Device " + device + " is bound to " + (driver == null ? "no driver" : driver)
                    + ", not to a VFIO driver: bind it to vfio-" + d.bus() + " first (DeviceBinder), then open it.");
        }
        OpenPath chosen = path == null ? OpenPath.AUTO : path;
        if (chosen == OpenPath.AUTO) {
            chosen = cdevAvailable(device) && !noIommuGroup(d) ? OpenPath.CDEV : OpenPath.GROUP;
        }
        return chosen == OpenPath.CDEV ? openCdev(d) : openGroup(d);
    }

    private boolean noIommuGroup(SysfsDevice d) {
        int g = d.iommuGroup();
        return g >= 0 && Files.exists(dev.resolve("vfio").resolve("noiommu-" + g));
    }

    private OpenedDevice openGroup(SysfsDevice d) throws AgentException {
        int groupId = d.iommuGroup();
        if (groupId < 0) {
            throw new AgentException("Device " + d.name() + " has no IOMMU group (no iommu_group link in sysfs): enable "
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
            container = open(dev.resolve("vfio/vfio"), "the VFIO container for " + d.name());
            int api = LibC.ioctl(container, VfioIoctls.VFIO_GET_API_VERSION, 0L, "VFIO_GET_API_VERSION");
            if (api != VfioIoctls.VFIO_API_VERSION) {
                throw new AgentException("The kernel's VFIO API version is " + api + ", the agent speaks version "
                        + VfioIoctls.VFIO_API_VERSION + ": update the agent.");
            }
            try {
                group = LibC.open(groupNode.toString(), LibC.O_RDWR);
            } catch (NativeException e) {
                throw new AgentException(switch (e.errno()) {
                case 16 -> what + " of " + d.name() + " (" + groupNode + ") is already open, by this agent or another "
                        + "process: close the other user of the group first.";
                case 2 -> what + " of " + d.name() + " has no node " + groupNode + ": bind the device to a VFIO driver.";
                default -> "Opening " + groupNode + " for " + d.name() + " failed: " + e.getMessage();
                }, e);
            }
            if ((IommuDomain.Type1Container.groupStatus(group) & VfioIoctls.GROUP_FLAGS_VIABLE) == 0) {
                throw new AgentException(notViable(groupId, d));
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
            deviceFd = LibC.ioctl(group, VfioIoctls.VFIO_GROUP_GET_DEVICE_FD, arena.allocateFrom(d.name()),
                    "VFIO_GROUP_GET_DEVICE_FD");
            IommuDomain domain = new IommuDomain.Type1Container(container, group, type);
            return new OpenedDevice(d.name(), d.bus(), OpenPath.GROUP, groupName, deviceFd, domain);
        } catch (NativeException e) {
            LibC.close(deviceFd);
            LibC.close(group);
            LibC.close(container);
            throw new AgentException("Opening " + d.name() + " through " + what + " failed at " + e.call() + ": "
                    + e.getMessage() + ". Check that the device is bound to a VFIO driver and the IOMMU is enabled.", e);
        } catch (AgentException | RuntimeException e) {
            LibC.close(deviceFd);
            LibC.close(group);
            LibC.close(container);
            throw e;
        }
    }

    /** Names the companions that keep the group from being viable, and what to do about each. */
    private String notViable(int groupId, SysfsDevice d) throws AgentException {
        List<String> problems = new ArrayList<>();
        for (SysfsDevice member : SysfsDevice.groupMembers(sysfs, groupId)) {
            String drv = member.driver();
            if (drv != null && !drv.startsWith("vfio") && !drv.equals("pcieport") && !drv.equals("pci-stub")) {
                problems.add(member.name() + " is bound to " + drv + "; bind it to vfio-" + member.bus()
                        + " too or unbind it");
            }
        }
        if (problems.isEmpty()) {
            problems.add("a device of the group is in use by a host driver; bind every device of the group to a "
                    + "VFIO driver or unbind it");
        }
        return "group " + groupId + " is not viable: " + String.join("; ", problems) + " (opening " + d.name() + ").";
    }

    private OpenedDevice openCdev(SysfsDevice d) throws AgentException {
        String node = d.vfioCdev().orElseThrow(() -> new AgentException("Device " + d.name()
                + " has no VFIO cdev (no vfio-dev/ in sysfs): this kernel lacks CONFIG_VFIO_DEVICE_CDEV; open it "
                + "through its group instead (OpenPath.GROUP)."));
        int deviceFd = -1;
        int iommufd = -1;
        int ioas = 0;
        try {
            deviceFd = open(dev.resolve("vfio/devices").resolve(node), d.name() + "'s VFIO cdev");
            iommufd = open(dev.resolve("iommu"), "iommufd for " + d.name());
            DeviceIoctls.bindIommufd(deviceFd, iommufd);
            ioas = IommuDomain.Iommufd.allocateIoas(iommufd);
            DeviceIoctls.attachIommufdPt(deviceFd, ioas);
            IommuDomain domain = new IommuDomain.Iommufd(iommufd, ioas);
            return new OpenedDevice(d.name(), d.bus(), OpenPath.CDEV, null, deviceFd, domain);
        } catch (NativeException e) {
            LibC.close(deviceFd);
            LibC.close(iommufd);
            throw new AgentException("Opening " + d.name() + " through its cdev " + node + " and iommufd failed at "
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
            throw new AgentException("Cannot open " + node + " (" + what + "): " + e.getMessage()
                    + (e.errno() == 2 ? ". Load the VFIO modules (vfio-pci, iommufd) or check that the kernel has them."
                            : e.errno() == 13 ? ". Run the agent as root or give it access to " + node + "." : "."),
                    e);
        }
    }
}
