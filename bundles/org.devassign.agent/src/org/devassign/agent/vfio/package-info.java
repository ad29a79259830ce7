/**
 * Opening devices through the kernel's VFIO API: container/group (type1 or no-IOMMU) and
 * cdev/iommufd; device, region and IRQ info with capability chains; region access by mmap or
 * pread/pwrite; IRQs through eventfds; DMA mapping; reset. {@link org.devassign.agent.vfio.VfioOpener}
 * opens, {@link org.devassign.agent.vfio.OpenedDevice} is what the caller works with and closes.
 *
 * <p>Plain Java 25 with java.lang.foreign ({@link org.devassign.agent.nativeio.LibC}); no OSGi API.
 * Reads sysfs only to find a device's bus, group and cdev node.
 */
package org.devassign.agent.vfio;
