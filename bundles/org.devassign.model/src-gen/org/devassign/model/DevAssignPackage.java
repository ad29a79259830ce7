/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * DevAssign's one model. The board side states facts about hardware (devices, their regions and interrupts, IOMMU groups), as discovered on a live board, read from sysfs or a device tree, or written by hand. The assignment side states intent: which consumer gets which device, region and interrupt, with which options.
 * <!-- end-model-doc -->
 * @see org.devassign.model.DevAssignFactory
 * @model kind="package"
 * @generated
 */
public interface DevAssignPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://devassign.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "devassign";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DevAssignPackage eINSTANCE = org.devassign.model.impl.DevAssignPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.NamedElementImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.BoardImpl <em>Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.BoardImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getBoard()
	 * @generated
	 */
	int BOARD = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__ARCHITECTURE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hardware Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__HARDWARE_MODEL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__KERNEL_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kernel Capabilities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__KERNEL_CAPABILITIES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__SOURCE_LOCATION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Page Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__PAGE_SIZE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__DEVICES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Iommu Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__IOMMU_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.DeviceImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sysfs Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SYSFS_NAME = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Driver Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DRIVER_OVERRIDE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Iommu Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__IOMMU_GROUP = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PARENT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CHILDREN = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Numa Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NUMA_NODE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reset Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__RESET_METHODS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PROTECTION = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dma Mask Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DMA_MASK_BITS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__REGIONS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__INTERRUPTS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Host Usage</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__HOST_USAGE = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.HostUsageImpl <em>Host Usage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.HostUsageImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getHostUsage()
	 * @generated
	 */
	int HOST_USAGE = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_USAGE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_USAGE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_USAGE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>In Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_USAGE__IN_USE = 3;

	/**
	 * The number of structural features of the '<em>Host Usage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_USAGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Host Usage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_USAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.PciDeviceImpl <em>Pci Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.PciDeviceImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getPciDevice()
	 * @generated
	 */
	int PCI_DEVICE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__NAME = DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__DESCRIPTION = DEVICE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sysfs Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__SYSFS_NAME = DEVICE__SYSFS_NAME;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__DRIVER = DEVICE__DRIVER;

	/**
	 * The feature id for the '<em><b>Driver Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__DRIVER_OVERRIDE = DEVICE__DRIVER_OVERRIDE;

	/**
	 * The feature id for the '<em><b>Iommu Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__IOMMU_GROUP = DEVICE__IOMMU_GROUP;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__PARENT = DEVICE__PARENT;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__CHILDREN = DEVICE__CHILDREN;

	/**
	 * The feature id for the '<em><b>Numa Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__NUMA_NODE = DEVICE__NUMA_NODE;

	/**
	 * The feature id for the '<em><b>Reset Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__RESET_METHODS = DEVICE__RESET_METHODS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__PROTECTION = DEVICE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Dma Mask Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__DMA_MASK_BITS = DEVICE__DMA_MASK_BITS;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__REGIONS = DEVICE__REGIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__INTERRUPTS = DEVICE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Host Usage</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__HOST_USAGE = DEVICE__HOST_USAGE;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__DOMAIN = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__BUS = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__SLOT = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__FUNCTION = DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__VENDOR_ID = DEVICE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__DEVICE_ID = DEVICE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Subsystem Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__SUBSYSTEM_VENDOR_ID = DEVICE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subsystem Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__SUBSYSTEM_DEVICE_ID = DEVICE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Class Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__CLASS_CODE = DEVICE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__REVISION = DEVICE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__BRIDGE = DEVICE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Multifunction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__MULTIFUNCTION = DEVICE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Sriov</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__SRIOV = DEVICE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Physical Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__PHYSICAL_FUNCTION = DEVICE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Vf Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE__VF_INDEX = DEVICE_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Pci Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Pci Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_DEVICE_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.SriovImpl <em>Sriov</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.SriovImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getSriov()
	 * @generated
	 */
	int SRIOV = 5;

	/**
	 * The feature id for the '<em><b>Total Vfs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV__TOTAL_VFS = 0;

	/**
	 * The feature id for the '<em><b>Num Vfs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV__NUM_VFS = 1;

	/**
	 * The feature id for the '<em><b>Vf Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV__VF_OFFSET = 2;

	/**
	 * The feature id for the '<em><b>Vf Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV__VF_STRIDE = 3;

	/**
	 * The feature id for the '<em><b>Vf Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV__VF_DEVICE_ID = 4;

	/**
	 * The feature id for the '<em><b>Drivers Autoprobe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV__DRIVERS_AUTOPROBE = 5;

	/**
	 * The feature id for the '<em><b>Vf Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV__VF_REGIONS = 6;

	/**
	 * The number of structural features of the '<em>Sriov</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Sriov</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRIOV_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.PlatformDeviceImpl <em>Platform Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.PlatformDeviceImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getPlatformDevice()
	 * @generated
	 */
	int PLATFORM_DEVICE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__NAME = DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__DESCRIPTION = DEVICE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sysfs Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__SYSFS_NAME = DEVICE__SYSFS_NAME;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__DRIVER = DEVICE__DRIVER;

	/**
	 * The feature id for the '<em><b>Driver Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__DRIVER_OVERRIDE = DEVICE__DRIVER_OVERRIDE;

	/**
	 * The feature id for the '<em><b>Iommu Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__IOMMU_GROUP = DEVICE__IOMMU_GROUP;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__PARENT = DEVICE__PARENT;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__CHILDREN = DEVICE__CHILDREN;

	/**
	 * The feature id for the '<em><b>Numa Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__NUMA_NODE = DEVICE__NUMA_NODE;

	/**
	 * The feature id for the '<em><b>Reset Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__RESET_METHODS = DEVICE__RESET_METHODS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__PROTECTION = DEVICE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Dma Mask Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__DMA_MASK_BITS = DEVICE__DMA_MASK_BITS;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__REGIONS = DEVICE__REGIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__INTERRUPTS = DEVICE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Host Usage</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__HOST_USAGE = DEVICE__HOST_USAGE;

	/**
	 * The feature id for the '<em><b>Dt Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__DT_PATH = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Acpi Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__ACPI_ID = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Compatible</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__COMPATIBLE = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interrupt Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__INTERRUPT_PARENT = DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dt Dependencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE__DT_DEPENDENCIES = DEVICE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Platform Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Platform Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_DEVICE_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.DtDependencyImpl <em>Dt Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.DtDependencyImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getDtDependency()
	 * @generated
	 */
	int DT_DEPENDENCY = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DT_DEPENDENCY__KIND = 0;

	/**
	 * The feature id for the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DT_DEPENDENCY__PROPERTY = 1;

	/**
	 * The feature id for the '<em><b>Target Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DT_DEPENDENCY__TARGET_PATH = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DT_DEPENDENCY__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DT_DEPENDENCY__CELLS = 4;

	/**
	 * The number of structural features of the '<em>Dt Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DT_DEPENDENCY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dt Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DT_DEPENDENCY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.FslMcContainerImpl <em>Fsl Mc Container</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.FslMcContainerImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getFslMcContainer()
	 * @generated
	 */
	int FSL_MC_CONTAINER = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__NAME = DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__DESCRIPTION = DEVICE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sysfs Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__SYSFS_NAME = DEVICE__SYSFS_NAME;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__DRIVER = DEVICE__DRIVER;

	/**
	 * The feature id for the '<em><b>Driver Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__DRIVER_OVERRIDE = DEVICE__DRIVER_OVERRIDE;

	/**
	 * The feature id for the '<em><b>Iommu Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__IOMMU_GROUP = DEVICE__IOMMU_GROUP;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__PARENT = DEVICE__PARENT;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__CHILDREN = DEVICE__CHILDREN;

	/**
	 * The feature id for the '<em><b>Numa Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__NUMA_NODE = DEVICE__NUMA_NODE;

	/**
	 * The feature id for the '<em><b>Reset Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__RESET_METHODS = DEVICE__RESET_METHODS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__PROTECTION = DEVICE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Dma Mask Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__DMA_MASK_BITS = DEVICE__DMA_MASK_BITS;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__REGIONS = DEVICE__REGIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__INTERRUPTS = DEVICE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Host Usage</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__HOST_USAGE = DEVICE__HOST_USAGE;

	/**
	 * The feature id for the '<em><b>Container Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER__CONTAINER_ID = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fsl Mc Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fsl Mc Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_CONTAINER_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.FslMcObjectImpl <em>Fsl Mc Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.FslMcObjectImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getFslMcObject()
	 * @generated
	 */
	int FSL_MC_OBJECT = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__NAME = DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__DESCRIPTION = DEVICE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sysfs Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__SYSFS_NAME = DEVICE__SYSFS_NAME;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__DRIVER = DEVICE__DRIVER;

	/**
	 * The feature id for the '<em><b>Driver Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__DRIVER_OVERRIDE = DEVICE__DRIVER_OVERRIDE;

	/**
	 * The feature id for the '<em><b>Iommu Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__IOMMU_GROUP = DEVICE__IOMMU_GROUP;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__PARENT = DEVICE__PARENT;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__CHILDREN = DEVICE__CHILDREN;

	/**
	 * The feature id for the '<em><b>Numa Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__NUMA_NODE = DEVICE__NUMA_NODE;

	/**
	 * The feature id for the '<em><b>Reset Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__RESET_METHODS = DEVICE__RESET_METHODS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__PROTECTION = DEVICE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Dma Mask Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__DMA_MASK_BITS = DEVICE__DMA_MASK_BITS;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__REGIONS = DEVICE__REGIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__INTERRUPTS = DEVICE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Host Usage</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__HOST_USAGE = DEVICE__HOST_USAGE;

	/**
	 * The feature id for the '<em><b>Object Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__OBJECT_TYPE = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT__OBJECT_ID = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Fsl Mc Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Fsl Mc Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FSL_MC_OBJECT_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.RegionImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 10;

	/**
	 * The feature id for the '<em><b>Device</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__KIND = 3;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__BASE = 4;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__SIZE = 5;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__OFFSET = 6;

	/**
	 * The feature id for the '<em><b>Readable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__READABLE = 7;

	/**
	 * The feature id for the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__WRITABLE = 8;

	/**
	 * The feature id for the '<em><b>Mmappable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__MMAPPABLE = 9;

	/**
	 * The feature id for the '<em><b>Prefetchable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__PREFETCHABLE = 10;

	/**
	 * The feature id for the '<em><b>Sixty Four Bit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__SIXTY_FOUR_BIT = 11;

	/**
	 * The feature id for the '<em><b>Msix Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__MSIX_TABLE = 12;

	/**
	 * The feature id for the '<em><b>Msix Mappable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__MSIX_MAPPABLE = 13;

	/**
	 * The feature id for the '<em><b>Sparse Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__SPARSE_AREAS = 14;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__REGISTERS = 15;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.SparseAreaImpl <em>Sparse Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.SparseAreaImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getSparseArea()
	 * @generated
	 */
	int SPARSE_AREA = 11;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARSE_AREA__OFFSET = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARSE_AREA__SIZE = 1;

	/**
	 * The number of structural features of the '<em>Sparse Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARSE_AREA_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sparse Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARSE_AREA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.RegisterImpl <em>Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.RegisterImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegister()
	 * @generated
	 */
	int REGISTER = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__OFFSET = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__ACCESS = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__FIELDS = 5;

	/**
	 * The number of structural features of the '<em>Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.RegisterFieldImpl <em>Register Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.RegisterFieldImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegisterField()
	 * @generated
	 */
	int REGISTER_FIELD = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FIELD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Bit Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FIELD__BIT_OFFSET = 1;

	/**
	 * The feature id for the '<em><b>Bit Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FIELD__BIT_WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FIELD__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Register Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FIELD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Register Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.InterruptImpl <em>Interrupt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.InterruptImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getInterrupt()
	 * @generated
	 */
	int INTERRUPT = 14;

	/**
	 * The feature id for the '<em><b>Device</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__COUNT = 3;

	/**
	 * The feature id for the '<em><b>Eventfd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__EVENTFD = 4;

	/**
	 * The feature id for the '<em><b>Maskable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__MASKABLE = 5;

	/**
	 * The feature id for the '<em><b>Automasked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__AUTOMASKED = 6;

	/**
	 * The feature id for the '<em><b>Noresize</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__NORESIZE = 7;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__TRIGGER = 8;

	/**
	 * The feature id for the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__PIN = 9;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__LINE = 10;

	/**
	 * The feature id for the '<em><b>Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__CONTROLLER = 11;

	/**
	 * The feature id for the '<em><b>Specifier</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT__SPECIFIER = 12;

	/**
	 * The number of structural features of the '<em>Interrupt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Interrupt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.IommuGroupImpl <em>Iommu Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.IommuGroupImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getIommuGroup()
	 * @generated
	 */
	int IOMMU_GROUP = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_GROUP__ID = 0;

	/**
	 * The feature id for the '<em><b>No Iommu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_GROUP__NO_IOMMU = 1;

	/**
	 * The feature id for the '<em><b>Provisional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_GROUP__PROVISIONAL = 2;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_GROUP__DEVICES = 3;

	/**
	 * The feature id for the '<em><b>Iova Ranges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_GROUP__IOVA_RANGES = 4;

	/**
	 * The number of structural features of the '<em>Iommu Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_GROUP_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Iommu Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.IovaRangeImpl <em>Iova Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.IovaRangeImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getIovaRange()
	 * @generated
	 */
	int IOVA_RANGE = 16;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOVA_RANGE__START = 0;

	/**
	 * The feature id for the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOVA_RANGE__LAST = 1;

	/**
	 * The number of structural features of the '<em>Iova Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOVA_RANGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Iova Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOVA_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.AssignmentConfigImpl <em>Assignment Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.AssignmentConfigImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getAssignmentConfig()
	 * @generated
	 */
	int ASSIGNMENT_CONFIG = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Imports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__IMPORTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__BOARD = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inline Board</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__INLINE_BOARD = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Consumers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__CONSUMERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__ASSIGNMENTS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Virtual Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Assignment Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Assignment Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_CONFIG_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.VirtualFunctionsImpl <em>Virtual Functions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.VirtualFunctionsImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getVirtualFunctions()
	 * @generated
	 */
	int VIRTUAL_FUNCTIONS = 18;

	/**
	 * The feature id for the '<em><b>Physical Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_FUNCTIONS__COUNT = 1;

	/**
	 * The number of structural features of the '<em>Virtual Functions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_FUNCTIONS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Virtual Functions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_FUNCTIONS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.ImportImpl <em>Import</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.ImportImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getImport()
	 * @generated
	 */
	int IMPORT = 19;

	/**
	 * The feature id for the '<em><b>Import URI</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT__IMPORT_URI = 0;

	/**
	 * The number of structural features of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.ConsumerImpl <em>Consumer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.ConsumerImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getConsumer()
	 * @generated
	 */
	int CONSUMER = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Memlock Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMER__MEMLOCK_LIMIT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Consumer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Consumer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.VmGuestImpl <em>Vm Guest</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.VmGuestImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getVmGuest()
	 * @generated
	 */
	int VM_GUEST = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__NAME = CONSUMER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__DESCRIPTION = CONSUMER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Memlock Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__MEMLOCK_LIMIT = CONSUMER__MEMLOCK_LIMIT;

	/**
	 * The feature id for the '<em><b>Memory Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__MEMORY_SIZE = CONSUMER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__VCPUS = CONSUMER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__MACHINE = CONSUMER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Qemu Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__QEMU_VERSION = CONSUMER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Libvirt Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST__LIBVIRT_VERSION = CONSUMER_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Vm Guest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST_FEATURE_COUNT = CONSUMER_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Vm Guest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_GUEST_OPERATION_COUNT = CONSUMER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.UserspaceDriverImpl <em>Userspace Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.UserspaceDriverImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getUserspaceDriver()
	 * @generated
	 */
	int USERSPACE_DRIVER = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER__NAME = CONSUMER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER__DESCRIPTION = CONSUMER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Memlock Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER__MEMLOCK_LIMIT = CONSUMER__MEMLOCK_LIMIT;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER__UID = CONSUMER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER__GID = CONSUMER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Socket Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER__SOCKET_PATH = CONSUMER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Userspace Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER_FEATURE_COUNT = CONSUMER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Userspace Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERSPACE_DRIVER_OPERATION_COUNT = CONSUMER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.ProbeImpl <em>Probe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.ProbeImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getProbe()
	 * @generated
	 */
	int PROBE = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__NAME = CONSUMER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__DESCRIPTION = CONSUMER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Memlock Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__MEMLOCK_LIMIT = CONSUMER__MEMLOCK_LIMIT;

	/**
	 * The number of structural features of the '<em>Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_FEATURE_COUNT = CONSUMER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_OPERATION_COUNT = CONSUMER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.AssignmentImpl <em>Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.AssignmentImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getAssignment()
	 * @generated
	 */
	int ASSIGNMENT = 24;

	/**
	 * The feature id for the '<em><b>Consumer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__CONSUMER = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__GROUP = 2;

	/**
	 * The feature id for the '<em><b>Physical Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__PHYSICAL_FUNCTION = 3;

	/**
	 * The feature id for the '<em><b>First Vf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__FIRST_VF = 4;

	/**
	 * The feature id for the '<em><b>Last Vf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__LAST_VF = 5;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__DRIVER = 6;

	/**
	 * The feature id for the '<em><b>Open Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__OPEN_PATH = 7;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__REGIONS = 8;

	/**
	 * The feature id for the '<em><b>Irqs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__IRQS = 9;

	/**
	 * The feature id for the '<em><b>Dma Windows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__DMA_WINDOWS = 10;

	/**
	 * The feature id for the '<em><b>Reset Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__RESET_POLICY = 11;

	/**
	 * The feature id for the '<em><b>Persistent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__PERSISTENT = 12;

	/**
	 * The feature id for the '<em><b>Force</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__FORCE = 13;

	/**
	 * The number of structural features of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.RegionMappingImpl <em>Region Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.RegionMappingImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegionMapping()
	 * @generated
	 */
	int REGION_MAPPING = 25;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MAPPING__REGION = 0;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MAPPING__READ_ONLY = 1;

	/**
	 * The number of structural features of the '<em>Region Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MAPPING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Region Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.IrqBindingImpl <em>Irq Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.IrqBindingImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getIrqBinding()
	 * @generated
	 */
	int IRQ_BINDING = 26;

	/**
	 * The feature id for the '<em><b>Interrupt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_BINDING__INTERRUPT = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_BINDING__MODE = 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_BINDING__START = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_BINDING__COUNT = 3;

	/**
	 * The number of structural features of the '<em>Irq Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_BINDING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Irq Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.impl.DmaWindowImpl <em>Dma Window</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.impl.DmaWindowImpl
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getDmaWindow()
	 * @generated
	 */
	int DMA_WINDOW = 27;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WINDOW__NAME = 0;

	/**
	 * The feature id for the '<em><b>Iova</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WINDOW__IOVA = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WINDOW__SIZE = 2;

	/**
	 * The feature id for the '<em><b>Readable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WINDOW__READABLE = 3;

	/**
	 * The feature id for the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WINDOW__WRITABLE = 4;

	/**
	 * The number of structural features of the '<em>Dma Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WINDOW_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dma Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WINDOW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.devassign.model.BoardSource <em>Board Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.BoardSource
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getBoardSource()
	 * @generated
	 */
	int BOARD_SOURCE = 28;

	/**
	 * The meta object id for the '{@link org.devassign.model.KernelCapability <em>Kernel Capability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.KernelCapability
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getKernelCapability()
	 * @generated
	 */
	int KERNEL_CAPABILITY = 29;

	/**
	 * The meta object id for the '{@link org.devassign.model.HostUsageKind <em>Host Usage Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.HostUsageKind
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getHostUsageKind()
	 * @generated
	 */
	int HOST_USAGE_KIND = 30;

	/**
	 * The meta object id for the '{@link org.devassign.model.Protection <em>Protection</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.Protection
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getProtection()
	 * @generated
	 */
	int PROTECTION = 31;

	/**
	 * The meta object id for the '{@link org.devassign.model.DtDependencyKind <em>Dt Dependency Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.DtDependencyKind
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getDtDependencyKind()
	 * @generated
	 */
	int DT_DEPENDENCY_KIND = 32;

	/**
	 * The meta object id for the '{@link org.devassign.model.RegionKind <em>Region Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.RegionKind
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegionKind()
	 * @generated
	 */
	int REGION_KIND = 33;

	/**
	 * The meta object id for the '{@link org.devassign.model.RegisterAccess <em>Register Access</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.RegisterAccess
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegisterAccess()
	 * @generated
	 */
	int REGISTER_ACCESS = 34;

	/**
	 * The meta object id for the '{@link org.devassign.model.InterruptKind <em>Interrupt Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.InterruptKind
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getInterruptKind()
	 * @generated
	 */
	int INTERRUPT_KIND = 35;

	/**
	 * The meta object id for the '{@link org.devassign.model.Trigger <em>Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.Trigger
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getTrigger()
	 * @generated
	 */
	int TRIGGER = 36;

	/**
	 * The meta object id for the '{@link org.devassign.model.VfioDriver <em>Vfio Driver</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.VfioDriver
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getVfioDriver()
	 * @generated
	 */
	int VFIO_DRIVER = 37;

	/**
	 * The meta object id for the '{@link org.devassign.model.OpenPath <em>Open Path</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.OpenPath
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getOpenPath()
	 * @generated
	 */
	int OPEN_PATH = 38;

	/**
	 * The meta object id for the '{@link org.devassign.model.ResetPolicy <em>Reset Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.ResetPolicy
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getResetPolicy()
	 * @generated
	 */
	int RESET_POLICY = 39;

	/**
	 * The meta object id for the '{@link org.devassign.model.IrqMode <em>Irq Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.devassign.model.IrqMode
	 * @see org.devassign.model.impl.DevAssignPackageImpl#getIrqMode()
	 * @generated
	 */
	int IRQ_MODE = 40;


	/**
	 * Returns the meta object for class '{@link org.devassign.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.devassign.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.devassign.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.devassign.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Board <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Board</em>'.
	 * @see org.devassign.model.Board
	 * @generated
	 */
	EClass getBoard();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Board#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.devassign.model.Board#getArchitecture()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Board#getHardwareModel <em>Hardware Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Model</em>'.
	 * @see org.devassign.model.Board#getHardwareModel()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_HardwareModel();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Board#getKernelVersion <em>Kernel Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Version</em>'.
	 * @see org.devassign.model.Board#getKernelVersion()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_KernelVersion();

	/**
	 * Returns the meta object for the attribute list '{@link org.devassign.model.Board#getKernelCapabilities <em>Kernel Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kernel Capabilities</em>'.
	 * @see org.devassign.model.Board#getKernelCapabilities()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_KernelCapabilities();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Board#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.devassign.model.Board#getSource()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Board#getSourceLocation <em>Source Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Location</em>'.
	 * @see org.devassign.model.Board#getSourceLocation()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_SourceLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Board#getPageSize <em>Page Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Size</em>'.
	 * @see org.devassign.model.Board#getPageSize()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_PageSize();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Board#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.devassign.model.Board#getDevices()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Board#getIommuGroups <em>Iommu Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Iommu Groups</em>'.
	 * @see org.devassign.model.Board#getIommuGroups()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_IommuGroups();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.devassign.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Device#getSysfsName <em>Sysfs Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sysfs Name</em>'.
	 * @see org.devassign.model.Device#getSysfsName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SysfsName();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Device#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see org.devassign.model.Device#getDriver()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Driver();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Device#getDriverOverride <em>Driver Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Override</em>'.
	 * @see org.devassign.model.Device#getDriverOverride()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_DriverOverride();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.Device#getIommuGroup <em>Iommu Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Iommu Group</em>'.
	 * @see org.devassign.model.Device#getIommuGroup()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_IommuGroup();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.Device#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.devassign.model.Device#getParent()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.devassign.model.Device#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Children</em>'.
	 * @see org.devassign.model.Device#getChildren()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Children();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Device#getNumaNode <em>Numa Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numa Node</em>'.
	 * @see org.devassign.model.Device#getNumaNode()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_NumaNode();

	/**
	 * Returns the meta object for the attribute list '{@link org.devassign.model.Device#getResetMethods <em>Reset Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Reset Methods</em>'.
	 * @see org.devassign.model.Device#getResetMethods()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_ResetMethods();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Device#getProtection <em>Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protection</em>'.
	 * @see org.devassign.model.Device#getProtection()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Protection();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Device#getDmaMaskBits <em>Dma Mask Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dma Mask Bits</em>'.
	 * @see org.devassign.model.Device#getDmaMaskBits()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_DmaMaskBits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Device#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.devassign.model.Device#getRegions()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Device#getInterrupts <em>Interrupts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interrupts</em>'.
	 * @see org.devassign.model.Device#getInterrupts()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Interrupts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Device#getHostUsage <em>Host Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Host Usage</em>'.
	 * @see org.devassign.model.Device#getHostUsage()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_HostUsage();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.HostUsage <em>Host Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host Usage</em>'.
	 * @see org.devassign.model.HostUsage
	 * @generated
	 */
	EClass getHostUsage();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.HostUsage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.devassign.model.HostUsage#getKind()
	 * @see #getHostUsage()
	 * @generated
	 */
	EAttribute getHostUsage_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.HostUsage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.devassign.model.HostUsage#getName()
	 * @see #getHostUsage()
	 * @generated
	 */
	EAttribute getHostUsage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.HostUsage#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.devassign.model.HostUsage#getDescription()
	 * @see #getHostUsage()
	 * @generated
	 */
	EAttribute getHostUsage_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.HostUsage#isInUse <em>In Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Use</em>'.
	 * @see org.devassign.model.HostUsage#isInUse()
	 * @see #getHostUsage()
	 * @generated
	 */
	EAttribute getHostUsage_InUse();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.PciDevice <em>Pci Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pci Device</em>'.
	 * @see org.devassign.model.PciDevice
	 * @generated
	 */
	EClass getPciDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.devassign.model.PciDevice#getDomain()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus</em>'.
	 * @see org.devassign.model.PciDevice#getBus()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_Bus();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.devassign.model.PciDevice#getSlot()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.devassign.model.PciDevice#getFunction()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getVendorId <em>Vendor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Id</em>'.
	 * @see org.devassign.model.PciDevice#getVendorId()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_VendorId();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getDeviceId <em>Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Id</em>'.
	 * @see org.devassign.model.PciDevice#getDeviceId()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_DeviceId();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getSubsystemVendorId <em>Subsystem Vendor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsystem Vendor Id</em>'.
	 * @see org.devassign.model.PciDevice#getSubsystemVendorId()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_SubsystemVendorId();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getSubsystemDeviceId <em>Subsystem Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsystem Device Id</em>'.
	 * @see org.devassign.model.PciDevice#getSubsystemDeviceId()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_SubsystemDeviceId();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getClassCode <em>Class Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Code</em>'.
	 * @see org.devassign.model.PciDevice#getClassCode()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_ClassCode();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.devassign.model.PciDevice#getRevision()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#isBridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge</em>'.
	 * @see org.devassign.model.PciDevice#isBridge()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_Bridge();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#isMultifunction <em>Multifunction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multifunction</em>'.
	 * @see org.devassign.model.PciDevice#isMultifunction()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_Multifunction();

	/**
	 * Returns the meta object for the containment reference '{@link org.devassign.model.PciDevice#getSriov <em>Sriov</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sriov</em>'.
	 * @see org.devassign.model.PciDevice#getSriov()
	 * @see #getPciDevice()
	 * @generated
	 */
	EReference getPciDevice_Sriov();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.PciDevice#getPhysicalFunction <em>Physical Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Physical Function</em>'.
	 * @see org.devassign.model.PciDevice#getPhysicalFunction()
	 * @see #getPciDevice()
	 * @generated
	 */
	EReference getPciDevice_PhysicalFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PciDevice#getVfIndex <em>Vf Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vf Index</em>'.
	 * @see org.devassign.model.PciDevice#getVfIndex()
	 * @see #getPciDevice()
	 * @generated
	 */
	EAttribute getPciDevice_VfIndex();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Sriov <em>Sriov</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sriov</em>'.
	 * @see org.devassign.model.Sriov
	 * @generated
	 */
	EClass getSriov();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Sriov#getTotalVfs <em>Total Vfs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Vfs</em>'.
	 * @see org.devassign.model.Sriov#getTotalVfs()
	 * @see #getSriov()
	 * @generated
	 */
	EAttribute getSriov_TotalVfs();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Sriov#getNumVfs <em>Num Vfs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Num Vfs</em>'.
	 * @see org.devassign.model.Sriov#getNumVfs()
	 * @see #getSriov()
	 * @generated
	 */
	EAttribute getSriov_NumVfs();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Sriov#getVfOffset <em>Vf Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vf Offset</em>'.
	 * @see org.devassign.model.Sriov#getVfOffset()
	 * @see #getSriov()
	 * @generated
	 */
	EAttribute getSriov_VfOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Sriov#getVfStride <em>Vf Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vf Stride</em>'.
	 * @see org.devassign.model.Sriov#getVfStride()
	 * @see #getSriov()
	 * @generated
	 */
	EAttribute getSriov_VfStride();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Sriov#getVfDeviceId <em>Vf Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vf Device Id</em>'.
	 * @see org.devassign.model.Sriov#getVfDeviceId()
	 * @see #getSriov()
	 * @generated
	 */
	EAttribute getSriov_VfDeviceId();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Sriov#isDriversAutoprobe <em>Drivers Autoprobe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drivers Autoprobe</em>'.
	 * @see org.devassign.model.Sriov#isDriversAutoprobe()
	 * @see #getSriov()
	 * @generated
	 */
	EAttribute getSriov_DriversAutoprobe();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Sriov#getVfRegions <em>Vf Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vf Regions</em>'.
	 * @see org.devassign.model.Sriov#getVfRegions()
	 * @see #getSriov()
	 * @generated
	 */
	EReference getSriov_VfRegions();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.PlatformDevice <em>Platform Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Platform Device</em>'.
	 * @see org.devassign.model.PlatformDevice
	 * @generated
	 */
	EClass getPlatformDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PlatformDevice#getDtPath <em>Dt Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dt Path</em>'.
	 * @see org.devassign.model.PlatformDevice#getDtPath()
	 * @see #getPlatformDevice()
	 * @generated
	 */
	EAttribute getPlatformDevice_DtPath();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PlatformDevice#getAcpiId <em>Acpi Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acpi Id</em>'.
	 * @see org.devassign.model.PlatformDevice#getAcpiId()
	 * @see #getPlatformDevice()
	 * @generated
	 */
	EAttribute getPlatformDevice_AcpiId();

	/**
	 * Returns the meta object for the attribute list '{@link org.devassign.model.PlatformDevice#getCompatible <em>Compatible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Compatible</em>'.
	 * @see org.devassign.model.PlatformDevice#getCompatible()
	 * @see #getPlatformDevice()
	 * @generated
	 */
	EAttribute getPlatformDevice_Compatible();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.PlatformDevice#getInterruptParent <em>Interrupt Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupt Parent</em>'.
	 * @see org.devassign.model.PlatformDevice#getInterruptParent()
	 * @see #getPlatformDevice()
	 * @generated
	 */
	EAttribute getPlatformDevice_InterruptParent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.PlatformDevice#getDtDependencies <em>Dt Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dt Dependencies</em>'.
	 * @see org.devassign.model.PlatformDevice#getDtDependencies()
	 * @see #getPlatformDevice()
	 * @generated
	 */
	EReference getPlatformDevice_DtDependencies();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.DtDependency <em>Dt Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dt Dependency</em>'.
	 * @see org.devassign.model.DtDependency
	 * @generated
	 */
	EClass getDtDependency();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DtDependency#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.devassign.model.DtDependency#getKind()
	 * @see #getDtDependency()
	 * @generated
	 */
	EAttribute getDtDependency_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DtDependency#getProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Property</em>'.
	 * @see org.devassign.model.DtDependency#getProperty()
	 * @see #getDtDependency()
	 * @generated
	 */
	EAttribute getDtDependency_Property();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DtDependency#getTargetPath <em>Target Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Path</em>'.
	 * @see org.devassign.model.DtDependency#getTargetPath()
	 * @see #getDtDependency()
	 * @generated
	 */
	EAttribute getDtDependency_TargetPath();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.DtDependency#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.devassign.model.DtDependency#getTarget()
	 * @see #getDtDependency()
	 * @generated
	 */
	EReference getDtDependency_Target();

	/**
	 * Returns the meta object for the attribute list '{@link org.devassign.model.DtDependency#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cells</em>'.
	 * @see org.devassign.model.DtDependency#getCells()
	 * @see #getDtDependency()
	 * @generated
	 */
	EAttribute getDtDependency_Cells();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.FslMcContainer <em>Fsl Mc Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fsl Mc Container</em>'.
	 * @see org.devassign.model.FslMcContainer
	 * @generated
	 */
	EClass getFslMcContainer();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.FslMcContainer#getContainerId <em>Container Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Id</em>'.
	 * @see org.devassign.model.FslMcContainer#getContainerId()
	 * @see #getFslMcContainer()
	 * @generated
	 */
	EAttribute getFslMcContainer_ContainerId();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.FslMcObject <em>Fsl Mc Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fsl Mc Object</em>'.
	 * @see org.devassign.model.FslMcObject
	 * @generated
	 */
	EClass getFslMcObject();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.FslMcObject#getObjectType <em>Object Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Type</em>'.
	 * @see org.devassign.model.FslMcObject#getObjectType()
	 * @see #getFslMcObject()
	 * @generated
	 */
	EAttribute getFslMcObject_ObjectType();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.FslMcObject#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Id</em>'.
	 * @see org.devassign.model.FslMcObject#getObjectId()
	 * @see #getFslMcObject()
	 * @generated
	 */
	EAttribute getFslMcObject_ObjectId();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.devassign.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the container reference '{@link org.devassign.model.Region#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Device</em>'.
	 * @see org.devassign.model.Region#getDevice()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.devassign.model.Region#getIndex()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.devassign.model.Region#getName()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.devassign.model.Region#getKind()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.devassign.model.Region#getBase()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.devassign.model.Region#getSize()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.devassign.model.Region#getOffset()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#isReadable <em>Readable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Readable</em>'.
	 * @see org.devassign.model.Region#isReadable()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Readable();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#isWritable <em>Writable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable</em>'.
	 * @see org.devassign.model.Region#isWritable()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Writable();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#isMmappable <em>Mmappable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mmappable</em>'.
	 * @see org.devassign.model.Region#isMmappable()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Mmappable();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#isPrefetchable <em>Prefetchable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefetchable</em>'.
	 * @see org.devassign.model.Region#isPrefetchable()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Prefetchable();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#isSixtyFourBit <em>Sixty Four Bit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sixty Four Bit</em>'.
	 * @see org.devassign.model.Region#isSixtyFourBit()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_SixtyFourBit();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#isMsixTable <em>Msix Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Msix Table</em>'.
	 * @see org.devassign.model.Region#isMsixTable()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_MsixTable();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Region#isMsixMappable <em>Msix Mappable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Msix Mappable</em>'.
	 * @see org.devassign.model.Region#isMsixMappable()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_MsixMappable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Region#getSparseAreas <em>Sparse Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sparse Areas</em>'.
	 * @see org.devassign.model.Region#getSparseAreas()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_SparseAreas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Region#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Registers</em>'.
	 * @see org.devassign.model.Region#getRegisters()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Registers();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.SparseArea <em>Sparse Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sparse Area</em>'.
	 * @see org.devassign.model.SparseArea
	 * @generated
	 */
	EClass getSparseArea();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.SparseArea#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.devassign.model.SparseArea#getOffset()
	 * @see #getSparseArea()
	 * @generated
	 */
	EAttribute getSparseArea_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.SparseArea#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.devassign.model.SparseArea#getSize()
	 * @see #getSparseArea()
	 * @generated
	 */
	EAttribute getSparseArea_Size();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Register <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Register</em>'.
	 * @see org.devassign.model.Register
	 * @generated
	 */
	EClass getRegister();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Register#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.devassign.model.Register#getName()
	 * @see #getRegister()
	 * @generated
	 */
	EAttribute getRegister_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Register#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.devassign.model.Register#getOffset()
	 * @see #getRegister()
	 * @generated
	 */
	EAttribute getRegister_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Register#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.devassign.model.Register#getWidth()
	 * @see #getRegister()
	 * @generated
	 */
	EAttribute getRegister_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Register#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access</em>'.
	 * @see org.devassign.model.Register#getAccess()
	 * @see #getRegister()
	 * @generated
	 */
	EAttribute getRegister_Access();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Register#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.devassign.model.Register#getDescription()
	 * @see #getRegister()
	 * @generated
	 */
	EAttribute getRegister_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Register#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.devassign.model.Register#getFields()
	 * @see #getRegister()
	 * @generated
	 */
	EReference getRegister_Fields();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.RegisterField <em>Register Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Register Field</em>'.
	 * @see org.devassign.model.RegisterField
	 * @generated
	 */
	EClass getRegisterField();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.RegisterField#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.devassign.model.RegisterField#getName()
	 * @see #getRegisterField()
	 * @generated
	 */
	EAttribute getRegisterField_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.RegisterField#getBitOffset <em>Bit Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bit Offset</em>'.
	 * @see org.devassign.model.RegisterField#getBitOffset()
	 * @see #getRegisterField()
	 * @generated
	 */
	EAttribute getRegisterField_BitOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.RegisterField#getBitWidth <em>Bit Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bit Width</em>'.
	 * @see org.devassign.model.RegisterField#getBitWidth()
	 * @see #getRegisterField()
	 * @generated
	 */
	EAttribute getRegisterField_BitWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.RegisterField#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.devassign.model.RegisterField#getDescription()
	 * @see #getRegisterField()
	 * @generated
	 */
	EAttribute getRegisterField_Description();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Interrupt <em>Interrupt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interrupt</em>'.
	 * @see org.devassign.model.Interrupt
	 * @generated
	 */
	EClass getInterrupt();

	/**
	 * Returns the meta object for the container reference '{@link org.devassign.model.Interrupt#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Device</em>'.
	 * @see org.devassign.model.Interrupt#getDevice()
	 * @see #getInterrupt()
	 * @generated
	 */
	EReference getInterrupt_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.devassign.model.Interrupt#getIndex()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.devassign.model.Interrupt#getKind()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.devassign.model.Interrupt#getCount()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#isEventfd <em>Eventfd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eventfd</em>'.
	 * @see org.devassign.model.Interrupt#isEventfd()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Eventfd();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#isMaskable <em>Maskable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maskable</em>'.
	 * @see org.devassign.model.Interrupt#isMaskable()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Maskable();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#isAutomasked <em>Automasked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automasked</em>'.
	 * @see org.devassign.model.Interrupt#isAutomasked()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Automasked();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#isNoresize <em>Noresize</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noresize</em>'.
	 * @see org.devassign.model.Interrupt#isNoresize()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Noresize();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.devassign.model.Interrupt#getTrigger()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#getPin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pin</em>'.
	 * @see org.devassign.model.Interrupt#getPin()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Pin();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.devassign.model.Interrupt#getLine()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Interrupt#getController <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller</em>'.
	 * @see org.devassign.model.Interrupt#getController()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Controller();

	/**
	 * Returns the meta object for the attribute list '{@link org.devassign.model.Interrupt#getSpecifier <em>Specifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Specifier</em>'.
	 * @see org.devassign.model.Interrupt#getSpecifier()
	 * @see #getInterrupt()
	 * @generated
	 */
	EAttribute getInterrupt_Specifier();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.IommuGroup <em>Iommu Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Iommu Group</em>'.
	 * @see org.devassign.model.IommuGroup
	 * @generated
	 */
	EClass getIommuGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IommuGroup#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.devassign.model.IommuGroup#getId()
	 * @see #getIommuGroup()
	 * @generated
	 */
	EAttribute getIommuGroup_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IommuGroup#isNoIommu <em>No Iommu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Iommu</em>'.
	 * @see org.devassign.model.IommuGroup#isNoIommu()
	 * @see #getIommuGroup()
	 * @generated
	 */
	EAttribute getIommuGroup_NoIommu();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IommuGroup#isProvisional <em>Provisional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provisional</em>'.
	 * @see org.devassign.model.IommuGroup#isProvisional()
	 * @see #getIommuGroup()
	 * @generated
	 */
	EAttribute getIommuGroup_Provisional();

	/**
	 * Returns the meta object for the reference list '{@link org.devassign.model.IommuGroup#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Devices</em>'.
	 * @see org.devassign.model.IommuGroup#getDevices()
	 * @see #getIommuGroup()
	 * @generated
	 */
	EReference getIommuGroup_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.IommuGroup#getIovaRanges <em>Iova Ranges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Iova Ranges</em>'.
	 * @see org.devassign.model.IommuGroup#getIovaRanges()
	 * @see #getIommuGroup()
	 * @generated
	 */
	EReference getIommuGroup_IovaRanges();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.IovaRange <em>Iova Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Iova Range</em>'.
	 * @see org.devassign.model.IovaRange
	 * @generated
	 */
	EClass getIovaRange();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IovaRange#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.devassign.model.IovaRange#getStart()
	 * @see #getIovaRange()
	 * @generated
	 */
	EAttribute getIovaRange_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IovaRange#getLast <em>Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last</em>'.
	 * @see org.devassign.model.IovaRange#getLast()
	 * @see #getIovaRange()
	 * @generated
	 */
	EAttribute getIovaRange_Last();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.AssignmentConfig <em>Assignment Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assignment Config</em>'.
	 * @see org.devassign.model.AssignmentConfig
	 * @generated
	 */
	EClass getAssignmentConfig();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.AssignmentConfig#getImports <em>Imports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Imports</em>'.
	 * @see org.devassign.model.AssignmentConfig#getImports()
	 * @see #getAssignmentConfig()
	 * @generated
	 */
	EReference getAssignmentConfig_Imports();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.AssignmentConfig#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Board</em>'.
	 * @see org.devassign.model.AssignmentConfig#getBoard()
	 * @see #getAssignmentConfig()
	 * @generated
	 */
	EReference getAssignmentConfig_Board();

	/**
	 * Returns the meta object for the containment reference '{@link org.devassign.model.AssignmentConfig#getInlineBoard <em>Inline Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inline Board</em>'.
	 * @see org.devassign.model.AssignmentConfig#getInlineBoard()
	 * @see #getAssignmentConfig()
	 * @generated
	 */
	EReference getAssignmentConfig_InlineBoard();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.AssignmentConfig#getConsumers <em>Consumers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consumers</em>'.
	 * @see org.devassign.model.AssignmentConfig#getConsumers()
	 * @see #getAssignmentConfig()
	 * @generated
	 */
	EReference getAssignmentConfig_Consumers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.AssignmentConfig#getAssignments <em>Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assignments</em>'.
	 * @see org.devassign.model.AssignmentConfig#getAssignments()
	 * @see #getAssignmentConfig()
	 * @generated
	 */
	EReference getAssignmentConfig_Assignments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.AssignmentConfig#getVirtualFunctions <em>Virtual Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Virtual Functions</em>'.
	 * @see org.devassign.model.AssignmentConfig#getVirtualFunctions()
	 * @see #getAssignmentConfig()
	 * @generated
	 */
	EReference getAssignmentConfig_VirtualFunctions();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.VirtualFunctions <em>Virtual Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Functions</em>'.
	 * @see org.devassign.model.VirtualFunctions
	 * @generated
	 */
	EClass getVirtualFunctions();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.VirtualFunctions#getPhysicalFunction <em>Physical Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Physical Function</em>'.
	 * @see org.devassign.model.VirtualFunctions#getPhysicalFunction()
	 * @see #getVirtualFunctions()
	 * @generated
	 */
	EReference getVirtualFunctions_PhysicalFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.VirtualFunctions#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.devassign.model.VirtualFunctions#getCount()
	 * @see #getVirtualFunctions()
	 * @generated
	 */
	EAttribute getVirtualFunctions_Count();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Import <em>Import</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import</em>'.
	 * @see org.devassign.model.Import
	 * @generated
	 */
	EClass getImport();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Import#getImportURI <em>Import URI</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import URI</em>'.
	 * @see org.devassign.model.Import#getImportURI()
	 * @see #getImport()
	 * @generated
	 */
	EAttribute getImport_ImportURI();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Consumer <em>Consumer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consumer</em>'.
	 * @see org.devassign.model.Consumer
	 * @generated
	 */
	EClass getConsumer();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Consumer#getMemlockLimit <em>Memlock Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memlock Limit</em>'.
	 * @see org.devassign.model.Consumer#getMemlockLimit()
	 * @see #getConsumer()
	 * @generated
	 */
	EAttribute getConsumer_MemlockLimit();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.VmGuest <em>Vm Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vm Guest</em>'.
	 * @see org.devassign.model.VmGuest
	 * @generated
	 */
	EClass getVmGuest();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.VmGuest#getMemorySize <em>Memory Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Size</em>'.
	 * @see org.devassign.model.VmGuest#getMemorySize()
	 * @see #getVmGuest()
	 * @generated
	 */
	EAttribute getVmGuest_MemorySize();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.VmGuest#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see org.devassign.model.VmGuest#getVcpus()
	 * @see #getVmGuest()
	 * @generated
	 */
	EAttribute getVmGuest_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.VmGuest#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine</em>'.
	 * @see org.devassign.model.VmGuest#getMachine()
	 * @see #getVmGuest()
	 * @generated
	 */
	EAttribute getVmGuest_Machine();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.VmGuest#getQemuVersion <em>Qemu Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qemu Version</em>'.
	 * @see org.devassign.model.VmGuest#getQemuVersion()
	 * @see #getVmGuest()
	 * @generated
	 */
	EAttribute getVmGuest_QemuVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.VmGuest#getLibvirtVersion <em>Libvirt Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Libvirt Version</em>'.
	 * @see org.devassign.model.VmGuest#getLibvirtVersion()
	 * @see #getVmGuest()
	 * @generated
	 */
	EAttribute getVmGuest_LibvirtVersion();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.UserspaceDriver <em>Userspace Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Userspace Driver</em>'.
	 * @see org.devassign.model.UserspaceDriver
	 * @generated
	 */
	EClass getUserspaceDriver();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.UserspaceDriver#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see org.devassign.model.UserspaceDriver#getUid()
	 * @see #getUserspaceDriver()
	 * @generated
	 */
	EAttribute getUserspaceDriver_Uid();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.UserspaceDriver#getGid <em>Gid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gid</em>'.
	 * @see org.devassign.model.UserspaceDriver#getGid()
	 * @see #getUserspaceDriver()
	 * @generated
	 */
	EAttribute getUserspaceDriver_Gid();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.UserspaceDriver#getSocketPath <em>Socket Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Socket Path</em>'.
	 * @see org.devassign.model.UserspaceDriver#getSocketPath()
	 * @see #getUserspaceDriver()
	 * @generated
	 */
	EAttribute getUserspaceDriver_SocketPath();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Probe <em>Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Probe</em>'.
	 * @see org.devassign.model.Probe
	 * @generated
	 */
	EClass getProbe();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.Assignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assignment</em>'.
	 * @see org.devassign.model.Assignment
	 * @generated
	 */
	EClass getAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.Assignment#getConsumer <em>Consumer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Consumer</em>'.
	 * @see org.devassign.model.Assignment#getConsumer()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Consumer();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.Assignment#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.devassign.model.Assignment#getDevice()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Device();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.Assignment#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.devassign.model.Assignment#getGroup()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Group();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.Assignment#getPhysicalFunction <em>Physical Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Physical Function</em>'.
	 * @see org.devassign.model.Assignment#getPhysicalFunction()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_PhysicalFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Assignment#getFirstVf <em>First Vf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Vf</em>'.
	 * @see org.devassign.model.Assignment#getFirstVf()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_FirstVf();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Assignment#getLastVf <em>Last Vf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Vf</em>'.
	 * @see org.devassign.model.Assignment#getLastVf()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_LastVf();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Assignment#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see org.devassign.model.Assignment#getDriver()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Driver();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Assignment#getOpenPath <em>Open Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open Path</em>'.
	 * @see org.devassign.model.Assignment#getOpenPath()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_OpenPath();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Assignment#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.devassign.model.Assignment#getRegions()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Assignment#getIrqs <em>Irqs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Irqs</em>'.
	 * @see org.devassign.model.Assignment#getIrqs()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Irqs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.devassign.model.Assignment#getDmaWindows <em>Dma Windows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dma Windows</em>'.
	 * @see org.devassign.model.Assignment#getDmaWindows()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_DmaWindows();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Assignment#getResetPolicy <em>Reset Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reset Policy</em>'.
	 * @see org.devassign.model.Assignment#getResetPolicy()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_ResetPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Assignment#isPersistent <em>Persistent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persistent</em>'.
	 * @see org.devassign.model.Assignment#isPersistent()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Persistent();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.Assignment#isForce <em>Force</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Force</em>'.
	 * @see org.devassign.model.Assignment#isForce()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Force();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.RegionMapping <em>Region Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Mapping</em>'.
	 * @see org.devassign.model.RegionMapping
	 * @generated
	 */
	EClass getRegionMapping();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.RegionMapping#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.devassign.model.RegionMapping#getRegion()
	 * @see #getRegionMapping()
	 * @generated
	 */
	EReference getRegionMapping_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.RegionMapping#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see org.devassign.model.RegionMapping#isReadOnly()
	 * @see #getRegionMapping()
	 * @generated
	 */
	EAttribute getRegionMapping_ReadOnly();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.IrqBinding <em>Irq Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Irq Binding</em>'.
	 * @see org.devassign.model.IrqBinding
	 * @generated
	 */
	EClass getIrqBinding();

	/**
	 * Returns the meta object for the reference '{@link org.devassign.model.IrqBinding#getInterrupt <em>Interrupt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Interrupt</em>'.
	 * @see org.devassign.model.IrqBinding#getInterrupt()
	 * @see #getIrqBinding()
	 * @generated
	 */
	EReference getIrqBinding_Interrupt();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IrqBinding#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.devassign.model.IrqBinding#getMode()
	 * @see #getIrqBinding()
	 * @generated
	 */
	EAttribute getIrqBinding_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IrqBinding#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.devassign.model.IrqBinding#getStart()
	 * @see #getIrqBinding()
	 * @generated
	 */
	EAttribute getIrqBinding_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.IrqBinding#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.devassign.model.IrqBinding#getCount()
	 * @see #getIrqBinding()
	 * @generated
	 */
	EAttribute getIrqBinding_Count();

	/**
	 * Returns the meta object for class '{@link org.devassign.model.DmaWindow <em>Dma Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dma Window</em>'.
	 * @see org.devassign.model.DmaWindow
	 * @generated
	 */
	EClass getDmaWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DmaWindow#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.devassign.model.DmaWindow#getName()
	 * @see #getDmaWindow()
	 * @generated
	 */
	EAttribute getDmaWindow_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DmaWindow#getIova <em>Iova</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iova</em>'.
	 * @see org.devassign.model.DmaWindow#getIova()
	 * @see #getDmaWindow()
	 * @generated
	 */
	EAttribute getDmaWindow_Iova();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DmaWindow#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.devassign.model.DmaWindow#getSize()
	 * @see #getDmaWindow()
	 * @generated
	 */
	EAttribute getDmaWindow_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DmaWindow#isReadable <em>Readable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Readable</em>'.
	 * @see org.devassign.model.DmaWindow#isReadable()
	 * @see #getDmaWindow()
	 * @generated
	 */
	EAttribute getDmaWindow_Readable();

	/**
	 * Returns the meta object for the attribute '{@link org.devassign.model.DmaWindow#isWritable <em>Writable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable</em>'.
	 * @see org.devassign.model.DmaWindow#isWritable()
	 * @see #getDmaWindow()
	 * @generated
	 */
	EAttribute getDmaWindow_Writable();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.BoardSource <em>Board Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Board Source</em>'.
	 * @see org.devassign.model.BoardSource
	 * @generated
	 */
	EEnum getBoardSource();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.KernelCapability <em>Kernel Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kernel Capability</em>'.
	 * @see org.devassign.model.KernelCapability
	 * @generated
	 */
	EEnum getKernelCapability();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.HostUsageKind <em>Host Usage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Host Usage Kind</em>'.
	 * @see org.devassign.model.HostUsageKind
	 * @generated
	 */
	EEnum getHostUsageKind();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.Protection <em>Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protection</em>'.
	 * @see org.devassign.model.Protection
	 * @generated
	 */
	EEnum getProtection();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.DtDependencyKind <em>Dt Dependency Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dt Dependency Kind</em>'.
	 * @see org.devassign.model.DtDependencyKind
	 * @generated
	 */
	EEnum getDtDependencyKind();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.RegionKind <em>Region Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Kind</em>'.
	 * @see org.devassign.model.RegionKind
	 * @generated
	 */
	EEnum getRegionKind();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.RegisterAccess <em>Register Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Register Access</em>'.
	 * @see org.devassign.model.RegisterAccess
	 * @generated
	 */
	EEnum getRegisterAccess();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.InterruptKind <em>Interrupt Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interrupt Kind</em>'.
	 * @see org.devassign.model.InterruptKind
	 * @generated
	 */
	EEnum getInterruptKind();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.Trigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trigger</em>'.
	 * @see org.devassign.model.Trigger
	 * @generated
	 */
	EEnum getTrigger();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.VfioDriver <em>Vfio Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vfio Driver</em>'.
	 * @see org.devassign.model.VfioDriver
	 * @generated
	 */
	EEnum getVfioDriver();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.OpenPath <em>Open Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Open Path</em>'.
	 * @see org.devassign.model.OpenPath
	 * @generated
	 */
	EEnum getOpenPath();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.ResetPolicy <em>Reset Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reset Policy</em>'.
	 * @see org.devassign.model.ResetPolicy
	 * @generated
	 */
	EEnum getResetPolicy();

	/**
	 * Returns the meta object for enum '{@link org.devassign.model.IrqMode <em>Irq Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Irq Mode</em>'.
	 * @see org.devassign.model.IrqMode
	 * @generated
	 */
	EEnum getIrqMode();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DevAssignFactory getDevAssignFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.NamedElementImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.BoardImpl <em>Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.BoardImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getBoard()
		 * @generated
		 */
		EClass BOARD = eINSTANCE.getBoard();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__ARCHITECTURE = eINSTANCE.getBoard_Architecture();

		/**
		 * The meta object literal for the '<em><b>Hardware Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__HARDWARE_MODEL = eINSTANCE.getBoard_HardwareModel();

		/**
		 * The meta object literal for the '<em><b>Kernel Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__KERNEL_VERSION = eINSTANCE.getBoard_KernelVersion();

		/**
		 * The meta object literal for the '<em><b>Kernel Capabilities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__KERNEL_CAPABILITIES = eINSTANCE.getBoard_KernelCapabilities();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__SOURCE = eINSTANCE.getBoard_Source();

		/**
		 * The meta object literal for the '<em><b>Source Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__SOURCE_LOCATION = eINSTANCE.getBoard_SourceLocation();

		/**
		 * The meta object literal for the '<em><b>Page Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__PAGE_SIZE = eINSTANCE.getBoard_PageSize();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__DEVICES = eINSTANCE.getBoard_Devices();

		/**
		 * The meta object literal for the '<em><b>Iommu Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__IOMMU_GROUPS = eINSTANCE.getBoard_IommuGroups();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.DeviceImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Sysfs Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SYSFS_NAME = eINSTANCE.getDevice_SysfsName();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__DRIVER = eINSTANCE.getDevice_Driver();

		/**
		 * The meta object literal for the '<em><b>Driver Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__DRIVER_OVERRIDE = eINSTANCE.getDevice_DriverOverride();

		/**
		 * The meta object literal for the '<em><b>Iommu Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__IOMMU_GROUP = eINSTANCE.getDevice_IommuGroup();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__PARENT = eINSTANCE.getDevice_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__CHILDREN = eINSTANCE.getDevice_Children();

		/**
		 * The meta object literal for the '<em><b>Numa Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NUMA_NODE = eINSTANCE.getDevice_NumaNode();

		/**
		 * The meta object literal for the '<em><b>Reset Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__RESET_METHODS = eINSTANCE.getDevice_ResetMethods();

		/**
		 * The meta object literal for the '<em><b>Protection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__PROTECTION = eINSTANCE.getDevice_Protection();

		/**
		 * The meta object literal for the '<em><b>Dma Mask Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__DMA_MASK_BITS = eINSTANCE.getDevice_DmaMaskBits();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__REGIONS = eINSTANCE.getDevice_Regions();

		/**
		 * The meta object literal for the '<em><b>Interrupts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__INTERRUPTS = eINSTANCE.getDevice_Interrupts();

		/**
		 * The meta object literal for the '<em><b>Host Usage</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__HOST_USAGE = eINSTANCE.getDevice_HostUsage();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.HostUsageImpl <em>Host Usage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.HostUsageImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getHostUsage()
		 * @generated
		 */
		EClass HOST_USAGE = eINSTANCE.getHostUsage();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_USAGE__KIND = eINSTANCE.getHostUsage_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_USAGE__NAME = eINSTANCE.getHostUsage_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_USAGE__DESCRIPTION = eINSTANCE.getHostUsage_Description();

		/**
		 * The meta object literal for the '<em><b>In Use</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_USAGE__IN_USE = eINSTANCE.getHostUsage_InUse();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.PciDeviceImpl <em>Pci Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.PciDeviceImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getPciDevice()
		 * @generated
		 */
		EClass PCI_DEVICE = eINSTANCE.getPciDevice();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__DOMAIN = eINSTANCE.getPciDevice_Domain();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__BUS = eINSTANCE.getPciDevice_Bus();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__SLOT = eINSTANCE.getPciDevice_Slot();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__FUNCTION = eINSTANCE.getPciDevice_Function();

		/**
		 * The meta object literal for the '<em><b>Vendor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__VENDOR_ID = eINSTANCE.getPciDevice_VendorId();

		/**
		 * The meta object literal for the '<em><b>Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__DEVICE_ID = eINSTANCE.getPciDevice_DeviceId();

		/**
		 * The meta object literal for the '<em><b>Subsystem Vendor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__SUBSYSTEM_VENDOR_ID = eINSTANCE.getPciDevice_SubsystemVendorId();

		/**
		 * The meta object literal for the '<em><b>Subsystem Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__SUBSYSTEM_DEVICE_ID = eINSTANCE.getPciDevice_SubsystemDeviceId();

		/**
		 * The meta object literal for the '<em><b>Class Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__CLASS_CODE = eINSTANCE.getPciDevice_ClassCode();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__REVISION = eINSTANCE.getPciDevice_Revision();

		/**
		 * The meta object literal for the '<em><b>Bridge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__BRIDGE = eINSTANCE.getPciDevice_Bridge();

		/**
		 * The meta object literal for the '<em><b>Multifunction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__MULTIFUNCTION = eINSTANCE.getPciDevice_Multifunction();

		/**
		 * The meta object literal for the '<em><b>Sriov</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_DEVICE__SRIOV = eINSTANCE.getPciDevice_Sriov();

		/**
		 * The meta object literal for the '<em><b>Physical Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_DEVICE__PHYSICAL_FUNCTION = eINSTANCE.getPciDevice_PhysicalFunction();

		/**
		 * The meta object literal for the '<em><b>Vf Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_DEVICE__VF_INDEX = eINSTANCE.getPciDevice_VfIndex();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.SriovImpl <em>Sriov</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.SriovImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getSriov()
		 * @generated
		 */
		EClass SRIOV = eINSTANCE.getSriov();

		/**
		 * The meta object literal for the '<em><b>Total Vfs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRIOV__TOTAL_VFS = eINSTANCE.getSriov_TotalVfs();

		/**
		 * The meta object literal for the '<em><b>Num Vfs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRIOV__NUM_VFS = eINSTANCE.getSriov_NumVfs();

		/**
		 * The meta object literal for the '<em><b>Vf Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRIOV__VF_OFFSET = eINSTANCE.getSriov_VfOffset();

		/**
		 * The meta object literal for the '<em><b>Vf Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRIOV__VF_STRIDE = eINSTANCE.getSriov_VfStride();

		/**
		 * The meta object literal for the '<em><b>Vf Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRIOV__VF_DEVICE_ID = eINSTANCE.getSriov_VfDeviceId();

		/**
		 * The meta object literal for the '<em><b>Drivers Autoprobe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRIOV__DRIVERS_AUTOPROBE = eINSTANCE.getSriov_DriversAutoprobe();

		/**
		 * The meta object literal for the '<em><b>Vf Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SRIOV__VF_REGIONS = eINSTANCE.getSriov_VfRegions();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.PlatformDeviceImpl <em>Platform Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.PlatformDeviceImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getPlatformDevice()
		 * @generated
		 */
		EClass PLATFORM_DEVICE = eINSTANCE.getPlatformDevice();

		/**
		 * The meta object literal for the '<em><b>Dt Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_DEVICE__DT_PATH = eINSTANCE.getPlatformDevice_DtPath();

		/**
		 * The meta object literal for the '<em><b>Acpi Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_DEVICE__ACPI_ID = eINSTANCE.getPlatformDevice_AcpiId();

		/**
		 * The meta object literal for the '<em><b>Compatible</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_DEVICE__COMPATIBLE = eINSTANCE.getPlatformDevice_Compatible();

		/**
		 * The meta object literal for the '<em><b>Interrupt Parent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_DEVICE__INTERRUPT_PARENT = eINSTANCE.getPlatformDevice_InterruptParent();

		/**
		 * The meta object literal for the '<em><b>Dt Dependencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLATFORM_DEVICE__DT_DEPENDENCIES = eINSTANCE.getPlatformDevice_DtDependencies();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.DtDependencyImpl <em>Dt Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.DtDependencyImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getDtDependency()
		 * @generated
		 */
		EClass DT_DEPENDENCY = eINSTANCE.getDtDependency();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DT_DEPENDENCY__KIND = eINSTANCE.getDtDependency_Kind();

		/**
		 * The meta object literal for the '<em><b>Property</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DT_DEPENDENCY__PROPERTY = eINSTANCE.getDtDependency_Property();

		/**
		 * The meta object literal for the '<em><b>Target Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DT_DEPENDENCY__TARGET_PATH = eINSTANCE.getDtDependency_TargetPath();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DT_DEPENDENCY__TARGET = eINSTANCE.getDtDependency_Target();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DT_DEPENDENCY__CELLS = eINSTANCE.getDtDependency_Cells();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.FslMcContainerImpl <em>Fsl Mc Container</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.FslMcContainerImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getFslMcContainer()
		 * @generated
		 */
		EClass FSL_MC_CONTAINER = eINSTANCE.getFslMcContainer();

		/**
		 * The meta object literal for the '<em><b>Container Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FSL_MC_CONTAINER__CONTAINER_ID = eINSTANCE.getFslMcContainer_ContainerId();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.FslMcObjectImpl <em>Fsl Mc Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.FslMcObjectImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getFslMcObject()
		 * @generated
		 */
		EClass FSL_MC_OBJECT = eINSTANCE.getFslMcObject();

		/**
		 * The meta object literal for the '<em><b>Object Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FSL_MC_OBJECT__OBJECT_TYPE = eINSTANCE.getFslMcObject_ObjectType();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FSL_MC_OBJECT__OBJECT_ID = eINSTANCE.getFslMcObject_ObjectId();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.RegionImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__DEVICE = eINSTANCE.getRegion_Device();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__INDEX = eINSTANCE.getRegion_Index();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__NAME = eINSTANCE.getRegion_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__KIND = eINSTANCE.getRegion_Kind();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__BASE = eINSTANCE.getRegion_Base();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__SIZE = eINSTANCE.getRegion_Size();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__OFFSET = eINSTANCE.getRegion_Offset();

		/**
		 * The meta object literal for the '<em><b>Readable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__READABLE = eINSTANCE.getRegion_Readable();

		/**
		 * The meta object literal for the '<em><b>Writable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__WRITABLE = eINSTANCE.getRegion_Writable();

		/**
		 * The meta object literal for the '<em><b>Mmappable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__MMAPPABLE = eINSTANCE.getRegion_Mmappable();

		/**
		 * The meta object literal for the '<em><b>Prefetchable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__PREFETCHABLE = eINSTANCE.getRegion_Prefetchable();

		/**
		 * The meta object literal for the '<em><b>Sixty Four Bit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__SIXTY_FOUR_BIT = eINSTANCE.getRegion_SixtyFourBit();

		/**
		 * The meta object literal for the '<em><b>Msix Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__MSIX_TABLE = eINSTANCE.getRegion_MsixTable();

		/**
		 * The meta object literal for the '<em><b>Msix Mappable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__MSIX_MAPPABLE = eINSTANCE.getRegion_MsixMappable();

		/**
		 * The meta object literal for the '<em><b>Sparse Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__SPARSE_AREAS = eINSTANCE.getRegion_SparseAreas();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__REGISTERS = eINSTANCE.getRegion_Registers();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.SparseAreaImpl <em>Sparse Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.SparseAreaImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getSparseArea()
		 * @generated
		 */
		EClass SPARSE_AREA = eINSTANCE.getSparseArea();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARSE_AREA__OFFSET = eINSTANCE.getSparseArea_Offset();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARSE_AREA__SIZE = eINSTANCE.getSparseArea_Size();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.RegisterImpl <em>Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.RegisterImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegister()
		 * @generated
		 */
		EClass REGISTER = eINSTANCE.getRegister();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER__NAME = eINSTANCE.getRegister_Name();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER__OFFSET = eINSTANCE.getRegister_Offset();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER__WIDTH = eINSTANCE.getRegister_Width();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER__ACCESS = eINSTANCE.getRegister_Access();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER__DESCRIPTION = eINSTANCE.getRegister_Description();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTER__FIELDS = eINSTANCE.getRegister_Fields();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.RegisterFieldImpl <em>Register Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.RegisterFieldImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegisterField()
		 * @generated
		 */
		EClass REGISTER_FIELD = eINSTANCE.getRegisterField();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_FIELD__NAME = eINSTANCE.getRegisterField_Name();

		/**
		 * The meta object literal for the '<em><b>Bit Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_FIELD__BIT_OFFSET = eINSTANCE.getRegisterField_BitOffset();

		/**
		 * The meta object literal for the '<em><b>Bit Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_FIELD__BIT_WIDTH = eINSTANCE.getRegisterField_BitWidth();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_FIELD__DESCRIPTION = eINSTANCE.getRegisterField_Description();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.InterruptImpl <em>Interrupt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.InterruptImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getInterrupt()
		 * @generated
		 */
		EClass INTERRUPT = eINSTANCE.getInterrupt();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT__DEVICE = eINSTANCE.getInterrupt_Device();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__INDEX = eINSTANCE.getInterrupt_Index();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__KIND = eINSTANCE.getInterrupt_Kind();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__COUNT = eINSTANCE.getInterrupt_Count();

		/**
		 * The meta object literal for the '<em><b>Eventfd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__EVENTFD = eINSTANCE.getInterrupt_Eventfd();

		/**
		 * The meta object literal for the '<em><b>Maskable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__MASKABLE = eINSTANCE.getInterrupt_Maskable();

		/**
		 * The meta object literal for the '<em><b>Automasked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__AUTOMASKED = eINSTANCE.getInterrupt_Automasked();

		/**
		 * The meta object literal for the '<em><b>Noresize</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__NORESIZE = eINSTANCE.getInterrupt_Noresize();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__TRIGGER = eINSTANCE.getInterrupt_Trigger();

		/**
		 * The meta object literal for the '<em><b>Pin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__PIN = eINSTANCE.getInterrupt_Pin();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__LINE = eINSTANCE.getInterrupt_Line();

		/**
		 * The meta object literal for the '<em><b>Controller</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__CONTROLLER = eINSTANCE.getInterrupt_Controller();

		/**
		 * The meta object literal for the '<em><b>Specifier</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT__SPECIFIER = eINSTANCE.getInterrupt_Specifier();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.IommuGroupImpl <em>Iommu Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.IommuGroupImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getIommuGroup()
		 * @generated
		 */
		EClass IOMMU_GROUP = eINSTANCE.getIommuGroup();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOMMU_GROUP__ID = eINSTANCE.getIommuGroup_Id();

		/**
		 * The meta object literal for the '<em><b>No Iommu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOMMU_GROUP__NO_IOMMU = eINSTANCE.getIommuGroup_NoIommu();

		/**
		 * The meta object literal for the '<em><b>Provisional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOMMU_GROUP__PROVISIONAL = eINSTANCE.getIommuGroup_Provisional();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IOMMU_GROUP__DEVICES = eINSTANCE.getIommuGroup_Devices();

		/**
		 * The meta object literal for the '<em><b>Iova Ranges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IOMMU_GROUP__IOVA_RANGES = eINSTANCE.getIommuGroup_IovaRanges();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.IovaRangeImpl <em>Iova Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.IovaRangeImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getIovaRange()
		 * @generated
		 */
		EClass IOVA_RANGE = eINSTANCE.getIovaRange();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOVA_RANGE__START = eINSTANCE.getIovaRange_Start();

		/**
		 * The meta object literal for the '<em><b>Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOVA_RANGE__LAST = eINSTANCE.getIovaRange_Last();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.AssignmentConfigImpl <em>Assignment Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.AssignmentConfigImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getAssignmentConfig()
		 * @generated
		 */
		EClass ASSIGNMENT_CONFIG = eINSTANCE.getAssignmentConfig();

		/**
		 * The meta object literal for the '<em><b>Imports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT_CONFIG__IMPORTS = eINSTANCE.getAssignmentConfig_Imports();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT_CONFIG__BOARD = eINSTANCE.getAssignmentConfig_Board();

		/**
		 * The meta object literal for the '<em><b>Inline Board</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT_CONFIG__INLINE_BOARD = eINSTANCE.getAssignmentConfig_InlineBoard();

		/**
		 * The meta object literal for the '<em><b>Consumers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT_CONFIG__CONSUMERS = eINSTANCE.getAssignmentConfig_Consumers();

		/**
		 * The meta object literal for the '<em><b>Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT_CONFIG__ASSIGNMENTS = eINSTANCE.getAssignmentConfig_Assignments();

		/**
		 * The meta object literal for the '<em><b>Virtual Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS = eINSTANCE.getAssignmentConfig_VirtualFunctions();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.VirtualFunctionsImpl <em>Virtual Functions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.VirtualFunctionsImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getVirtualFunctions()
		 * @generated
		 */
		EClass VIRTUAL_FUNCTIONS = eINSTANCE.getVirtualFunctions();

		/**
		 * The meta object literal for the '<em><b>Physical Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION = eINSTANCE.getVirtualFunctions_PhysicalFunction();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_FUNCTIONS__COUNT = eINSTANCE.getVirtualFunctions_Count();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.ImportImpl <em>Import</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.ImportImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getImport()
		 * @generated
		 */
		EClass IMPORT = eINSTANCE.getImport();

		/**
		 * The meta object literal for the '<em><b>Import URI</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT__IMPORT_URI = eINSTANCE.getImport_ImportURI();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.ConsumerImpl <em>Consumer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.ConsumerImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getConsumer()
		 * @generated
		 */
		EClass CONSUMER = eINSTANCE.getConsumer();

		/**
		 * The meta object literal for the '<em><b>Memlock Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMER__MEMLOCK_LIMIT = eINSTANCE.getConsumer_MemlockLimit();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.VmGuestImpl <em>Vm Guest</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.VmGuestImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getVmGuest()
		 * @generated
		 */
		EClass VM_GUEST = eINSTANCE.getVmGuest();

		/**
		 * The meta object literal for the '<em><b>Memory Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_GUEST__MEMORY_SIZE = eINSTANCE.getVmGuest_MemorySize();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_GUEST__VCPUS = eINSTANCE.getVmGuest_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_GUEST__MACHINE = eINSTANCE.getVmGuest_Machine();

		/**
		 * The meta object literal for the '<em><b>Qemu Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_GUEST__QEMU_VERSION = eINSTANCE.getVmGuest_QemuVersion();

		/**
		 * The meta object literal for the '<em><b>Libvirt Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_GUEST__LIBVIRT_VERSION = eINSTANCE.getVmGuest_LibvirtVersion();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.UserspaceDriverImpl <em>Userspace Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.UserspaceDriverImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getUserspaceDriver()
		 * @generated
		 */
		EClass USERSPACE_DRIVER = eINSTANCE.getUserspaceDriver();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERSPACE_DRIVER__UID = eINSTANCE.getUserspaceDriver_Uid();

		/**
		 * The meta object literal for the '<em><b>Gid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERSPACE_DRIVER__GID = eINSTANCE.getUserspaceDriver_Gid();

		/**
		 * The meta object literal for the '<em><b>Socket Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERSPACE_DRIVER__SOCKET_PATH = eINSTANCE.getUserspaceDriver_SocketPath();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.ProbeImpl <em>Probe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.ProbeImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getProbe()
		 * @generated
		 */
		EClass PROBE = eINSTANCE.getProbe();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.AssignmentImpl <em>Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.AssignmentImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getAssignment()
		 * @generated
		 */
		EClass ASSIGNMENT = eINSTANCE.getAssignment();

		/**
		 * The meta object literal for the '<em><b>Consumer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__CONSUMER = eINSTANCE.getAssignment_Consumer();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__DEVICE = eINSTANCE.getAssignment_Device();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__GROUP = eINSTANCE.getAssignment_Group();

		/**
		 * The meta object literal for the '<em><b>Physical Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__PHYSICAL_FUNCTION = eINSTANCE.getAssignment_PhysicalFunction();

		/**
		 * The meta object literal for the '<em><b>First Vf</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__FIRST_VF = eINSTANCE.getAssignment_FirstVf();

		/**
		 * The meta object literal for the '<em><b>Last Vf</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__LAST_VF = eINSTANCE.getAssignment_LastVf();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__DRIVER = eINSTANCE.getAssignment_Driver();

		/**
		 * The meta object literal for the '<em><b>Open Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__OPEN_PATH = eINSTANCE.getAssignment_OpenPath();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__REGIONS = eINSTANCE.getAssignment_Regions();

		/**
		 * The meta object literal for the '<em><b>Irqs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__IRQS = eINSTANCE.getAssignment_Irqs();

		/**
		 * The meta object literal for the '<em><b>Dma Windows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__DMA_WINDOWS = eINSTANCE.getAssignment_DmaWindows();

		/**
		 * The meta object literal for the '<em><b>Reset Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__RESET_POLICY = eINSTANCE.getAssignment_ResetPolicy();

		/**
		 * The meta object literal for the '<em><b>Persistent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__PERSISTENT = eINSTANCE.getAssignment_Persistent();

		/**
		 * The meta object literal for the '<em><b>Force</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__FORCE = eINSTANCE.getAssignment_Force();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.RegionMappingImpl <em>Region Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.RegionMappingImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegionMapping()
		 * @generated
		 */
		EClass REGION_MAPPING = eINSTANCE.getRegionMapping();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_MAPPING__REGION = eINSTANCE.getRegionMapping_Region();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_MAPPING__READ_ONLY = eINSTANCE.getRegionMapping_ReadOnly();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.IrqBindingImpl <em>Irq Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.IrqBindingImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getIrqBinding()
		 * @generated
		 */
		EClass IRQ_BINDING = eINSTANCE.getIrqBinding();

		/**
		 * The meta object literal for the '<em><b>Interrupt</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IRQ_BINDING__INTERRUPT = eINSTANCE.getIrqBinding_Interrupt();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_BINDING__MODE = eINSTANCE.getIrqBinding_Mode();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_BINDING__START = eINSTANCE.getIrqBinding_Start();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_BINDING__COUNT = eINSTANCE.getIrqBinding_Count();

		/**
		 * The meta object literal for the '{@link org.devassign.model.impl.DmaWindowImpl <em>Dma Window</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.impl.DmaWindowImpl
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getDmaWindow()
		 * @generated
		 */
		EClass DMA_WINDOW = eINSTANCE.getDmaWindow();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_WINDOW__NAME = eINSTANCE.getDmaWindow_Name();

		/**
		 * The meta object literal for the '<em><b>Iova</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_WINDOW__IOVA = eINSTANCE.getDmaWindow_Iova();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_WINDOW__SIZE = eINSTANCE.getDmaWindow_Size();

		/**
		 * The meta object literal for the '<em><b>Readable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_WINDOW__READABLE = eINSTANCE.getDmaWindow_Readable();

		/**
		 * The meta object literal for the '<em><b>Writable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_WINDOW__WRITABLE = eINSTANCE.getDmaWindow_Writable();

		/**
		 * The meta object literal for the '{@link org.devassign.model.BoardSource <em>Board Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.BoardSource
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getBoardSource()
		 * @generated
		 */
		EEnum BOARD_SOURCE = eINSTANCE.getBoardSource();

		/**
		 * The meta object literal for the '{@link org.devassign.model.KernelCapability <em>Kernel Capability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.KernelCapability
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getKernelCapability()
		 * @generated
		 */
		EEnum KERNEL_CAPABILITY = eINSTANCE.getKernelCapability();

		/**
		 * The meta object literal for the '{@link org.devassign.model.HostUsageKind <em>Host Usage Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.HostUsageKind
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getHostUsageKind()
		 * @generated
		 */
		EEnum HOST_USAGE_KIND = eINSTANCE.getHostUsageKind();

		/**
		 * The meta object literal for the '{@link org.devassign.model.Protection <em>Protection</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.Protection
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getProtection()
		 * @generated
		 */
		EEnum PROTECTION = eINSTANCE.getProtection();

		/**
		 * The meta object literal for the '{@link org.devassign.model.DtDependencyKind <em>Dt Dependency Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.DtDependencyKind
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getDtDependencyKind()
		 * @generated
		 */
		EEnum DT_DEPENDENCY_KIND = eINSTANCE.getDtDependencyKind();

		/**
		 * The meta object literal for the '{@link org.devassign.model.RegionKind <em>Region Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.RegionKind
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegionKind()
		 * @generated
		 */
		EEnum REGION_KIND = eINSTANCE.getRegionKind();

		/**
		 * The meta object literal for the '{@link org.devassign.model.RegisterAccess <em>Register Access</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.RegisterAccess
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getRegisterAccess()
		 * @generated
		 */
		EEnum REGISTER_ACCESS = eINSTANCE.getRegisterAccess();

		/**
		 * The meta object literal for the '{@link org.devassign.model.InterruptKind <em>Interrupt Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.InterruptKind
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getInterruptKind()
		 * @generated
		 */
		EEnum INTERRUPT_KIND = eINSTANCE.getInterruptKind();

		/**
		 * The meta object literal for the '{@link org.devassign.model.Trigger <em>Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.Trigger
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getTrigger()
		 * @generated
		 */
		EEnum TRIGGER = eINSTANCE.getTrigger();

		/**
		 * The meta object literal for the '{@link org.devassign.model.VfioDriver <em>Vfio Driver</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.VfioDriver
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getVfioDriver()
		 * @generated
		 */
		EEnum VFIO_DRIVER = eINSTANCE.getVfioDriver();

		/**
		 * The meta object literal for the '{@link org.devassign.model.OpenPath <em>Open Path</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.OpenPath
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getOpenPath()
		 * @generated
		 */
		EEnum OPEN_PATH = eINSTANCE.getOpenPath();

		/**
		 * The meta object literal for the '{@link org.devassign.model.ResetPolicy <em>Reset Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.ResetPolicy
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getResetPolicy()
		 * @generated
		 */
		EEnum RESET_POLICY = eINSTANCE.getResetPolicy();

		/**
		 * The meta object literal for the '{@link org.devassign.model.IrqMode <em>Irq Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.devassign.model.IrqMode
		 * @see org.devassign.model.impl.DevAssignPackageImpl#getIrqMode()
		 * @generated
		 */
		EEnum IRQ_MODE = eINSTANCE.getIrqMode();

	}

} //DevAssignPackage
