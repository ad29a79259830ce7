/**
 * Opening devices through the kernel's VFIO API: container/group (type1 or no-IOMMU) and
 * cdev/iommufd; device, region and IRQ info with capability chains; region access by mmap or
 * pread/pwrite; IRQs through eventfds; DMA mapping; reset. {@link org.devassign.agent.vfio.VfioOpener}
 * opens, {@link org.devassign.agent.vfio.OpenedDevice} is what the caller works with and closes.
 *
 * <p>Inside: {@code VfioStructs} (the uapi structs with precomputed field offsets) and
 * {@code VfioIoctls} (request numbers and flags) mirror the kernel headers; {@code StructIoctl} is
 * the one shape of a struct-argument ioctl; {@code DeviceIoctls} encodes and decodes the device
 * fd's ioctls, {@code IommuDomain} the container's and iommufd's; {@code DeviceRegions} does the
 * register accesses of an opened device.
 *
 * <p>Plain Java 25 with java.lang.foreign ({@link org.devassign.agent.nativeio.LibC}); no OSGi API.
 * Uses the core's rules (register access checks); reads sysfs only to find a device's bus, group and
 * cdev node.
 */
package org.devassign.agent.vfio;
