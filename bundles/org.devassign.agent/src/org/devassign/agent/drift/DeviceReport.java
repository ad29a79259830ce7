package org.devassign.agent.drift;

import java.util.List;

import org.devassign.agent.vfio.DeviceInfo;
import org.devassign.agent.vfio.IrqInfo;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.RegionInfo;

/** What the kernel reported for one device: VFIO info and its IOMMU group (-1: unknown). */
public record DeviceReport(String name, DeviceInfo info, List<RegionInfo> regions, List<IrqInfo> irqs, int iommuGroup) {

    public static DeviceReport of(OpenedDevice device, int iommuGroup) {
        return new DeviceReport(device.name(), device.info(), device.regions(), device.irqs(), iommuGroup);
    }
}
