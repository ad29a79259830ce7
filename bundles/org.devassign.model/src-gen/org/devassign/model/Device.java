/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device the kernel can hand to a vfio driver.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.Device#getSysfsName <em>Sysfs Name</em>}</li>
 *   <li>{@link org.devassign.model.Device#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.devassign.model.Device#getDriverOverride <em>Driver Override</em>}</li>
 *   <li>{@link org.devassign.model.Device#getIommuGroup <em>Iommu Group</em>}</li>
 *   <li>{@link org.devassign.model.Device#getParent <em>Parent</em>}</li>
 *   <li>{@link org.devassign.model.Device#getChildren <em>Children</em>}</li>
 *   <li>{@link org.devassign.model.Device#getNumaNode <em>Numa Node</em>}</li>
 *   <li>{@link org.devassign.model.Device#getResetMethods <em>Reset Methods</em>}</li>
 *   <li>{@link org.devassign.model.Device#getProtection <em>Protection</em>}</li>
 *   <li>{@link org.devassign.model.Device#getDmaMaskBits <em>Dma Mask Bits</em>}</li>
 *   <li>{@link org.devassign.model.Device#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.devassign.model.Device#getInterrupts <em>Interrupts</em>}</li>
 *   <li>{@link org.devassign.model.Device#getHostUsage <em>Host Usage</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getDevice()
 * @model abstract="true"
 * @generated
 */
public interface Device extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sysfs Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel's name for the device under /sys/bus/BUS/devices: 0000:00:04.0, 9000000.virtio_mmio, dprc.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sysfs Name</em>' attribute.
	 * @see #setSysfsName(String)
	 * @see org.devassign.model.DevAssignPackage#getDevice_SysfsName()
	 * @model
	 * @generated
	 */
	String getSysfsName();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getSysfsName <em>Sysfs Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sysfs Name</em>' attribute.
	 * @see #getSysfsName()
	 * @generated
	 */
	void setSysfsName(String value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The driver the device is bound to now, or null when none is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see org.devassign.model.DevAssignPackage#getDevice_Driver()
	 * @model
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Driver Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Override</em>' attribute.
	 * @see #setDriverOverride(String)
	 * @see org.devassign.model.DevAssignPackage#getDevice_DriverOverride()
	 * @model
	 * @generated
	 */
	String getDriverOverride();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getDriverOverride <em>Driver Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Override</em>' attribute.
	 * @see #getDriverOverride()
	 * @generated
	 */
	void setDriverOverride(String value);

	/**
	 * Returns the value of the '<em><b>Iommu Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group the device's own iommu_group link names. Kept apart from IommuGroup.devices on purpose: both come from the kernel through different paths, and validation checks that they agree.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iommu Group</em>' reference.
	 * @see #setIommuGroup(IommuGroup)
	 * @see org.devassign.model.DevAssignPackage#getDevice_IommuGroup()
	 * @model
	 * @generated
	 */
	IommuGroup getIommuGroup();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getIommuGroup <em>Iommu Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iommu Group</em>' reference.
	 * @see #getIommuGroup()
	 * @generated
	 */
	void setIommuGroup(IommuGroup value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.devassign.model.Device#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Device)
	 * @see org.devassign.model.DevAssignPackage#getDevice_Parent()
	 * @see org.devassign.model.Device#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	Device getParent();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Device value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' reference list.
	 * The list contents are of type {@link org.devassign.model.Device}.
	 * It is bidirectional and its opposite is '{@link org.devassign.model.Device#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' reference list.
	 * @see org.devassign.model.DevAssignPackage#getDevice_Children()
	 * @see org.devassign.model.Device#getParent
	 * @model opposite="parent"
	 * @generated
	 */
	EList<Device> getChildren();

	/**
	 * Returns the value of the '<em><b>Numa Node</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numa Node</em>' attribute.
	 * @see #setNumaNode(int)
	 * @see org.devassign.model.DevAssignPackage#getDevice_NumaNode()
	 * @model default="-1"
	 * @generated
	 */
	int getNumaNode();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getNumaNode <em>Numa Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numa Node</em>' attribute.
	 * @see #getNumaNode()
	 * @generated
	 */
	void setNumaNode(int value);

	/**
	 * Returns the value of the '<em><b>Reset Methods</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reset methods the kernel offers (PCI reset_method: flr, pm, bus, ...; a vfio-platform reset module name). Empty when none is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reset Methods</em>' attribute list.
	 * @see org.devassign.model.DevAssignPackage#getDevice_ResetMethods()
	 * @model
	 * @generated
	 */
	EList<String> getResetMethods();

	/**
	 * Returns the value of the '<em><b>Protection</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.Protection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the device must never leave its host driver, if it must not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protection</em>' attribute.
	 * @see org.devassign.model.Protection
	 * @see #setProtection(Protection)
	 * @see org.devassign.model.DevAssignPackage#getDevice_Protection()
	 * @model
	 * @generated
	 */
	Protection getProtection();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getProtection <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protection</em>' attribute.
	 * @see org.devassign.model.Protection
	 * @see #getProtection()
	 * @generated
	 */
	void setProtection(Protection value);

	/**
	 * Returns the value of the '<em><b>Dma Mask Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many address bits the device drives in DMA (its DMA mask): a DMA window must end below 2^dmaMaskBits. Discovery reads the kernel's dma_mask_bits, which is what the device's driver set, or the bus default (32 for PCI) while no driver has set one; a hand-written board states the hardware's own limit (QEMU's edu: 28). 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dma Mask Bits</em>' attribute.
	 * @see #setDmaMaskBits(int)
	 * @see org.devassign.model.DevAssignPackage#getDevice_DmaMaskBits()
	 * @model
	 * @generated
	 */
	int getDmaMaskBits();

	/**
	 * Sets the value of the '{@link org.devassign.model.Device#getDmaMaskBits <em>Dma Mask Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dma Mask Bits</em>' attribute.
	 * @see #getDmaMaskBits()
	 * @generated
	 */
	void setDmaMaskBits(int value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Region}.
	 * It is bidirectional and its opposite is '{@link org.devassign.model.Region#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getDevice_Regions()
	 * @see org.devassign.model.Region#getDevice
	 * @model opposite="device" containment="true"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Interrupts</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Interrupt}.
	 * It is bidirectional and its opposite is '{@link org.devassign.model.Interrupt#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupts</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getDevice_Interrupts()
	 * @see org.devassign.model.Interrupt#getDevice
	 * @model opposite="device" containment="true"
	 * @generated
	 */
	EList<Interrupt> getInterrupts();

	/**
	 * Returns the value of the '<em><b>Host Usage</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.HostUsage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the host used the device for when the board was discovered: its block devices and interfaces (what the host loses when the device leaves its driver), and what was in use (mounted, swap, holders, interfaces up, open device nodes, a console). The agent checks again before it binds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Usage</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getDevice_HostUsage()
	 * @model containment="true"
	 * @generated
	 */
	EList<HostUsage> getHostUsage();

} // Device
