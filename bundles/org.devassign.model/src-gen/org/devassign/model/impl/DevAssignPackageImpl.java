/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.DmaWindow;
import org.devassign.model.DtDependency;
import org.devassign.model.DtDependencyKind;
import org.devassign.model.FslMcContainer;
import org.devassign.model.FslMcObject;
import org.devassign.model.HostUsage;
import org.devassign.model.HostUsageKind;
import org.devassign.model.Import;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.IovaRange;
import org.devassign.model.IrqBinding;
import org.devassign.model.IrqMode;
import org.devassign.model.KernelCapability;
import org.devassign.model.NamedElement;
import org.devassign.model.OpenPath;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Probe;
import org.devassign.model.Protection;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.RegionMapping;
import org.devassign.model.Register;
import org.devassign.model.RegisterAccess;
import org.devassign.model.RegisterField;
import org.devassign.model.ResetPolicy;
import org.devassign.model.SparseArea;
import org.devassign.model.Sriov;
import org.devassign.model.Trigger;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VfioDriver;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.VmGuest;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DevAssignPackageImpl extends EPackageImpl implements DevAssignPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostUsageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pciDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sriovEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass platformDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dtDependencyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fslMcContainerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fslMcObjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sparseAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registerFieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interruptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass iommuGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass iovaRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assignmentConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualFunctionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consumerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vmGuestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userspaceDriverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass probeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass irqBindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dmaWindowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum boardSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kernelCapabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostUsageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dtDependencyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum regionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum registerAccessEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interruptKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum triggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vfioDriverEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum openPathEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum resetPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum irqModeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.devassign.model.DevAssignPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DevAssignPackageImpl() {
		super(eNS_URI, DevAssignFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DevAssignPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DevAssignPackage init() {
		if (isInited) return (DevAssignPackage)EPackage.Registry.INSTANCE.getEPackage(DevAssignPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDevAssignPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DevAssignPackageImpl theDevAssignPackage = registeredDevAssignPackage instanceof DevAssignPackageImpl ? (DevAssignPackageImpl)registeredDevAssignPackage : new DevAssignPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theDevAssignPackage.createPackageContents();

		// Initialize created meta-data
		theDevAssignPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDevAssignPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DevAssignPackage.eNS_URI, theDevAssignPackage);
		return theDevAssignPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBoard() {
		return boardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_Architecture() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_HardwareModel() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_KernelVersion() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_KernelCapabilities() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_Source() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_SourceLocation() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_PageSize() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Devices() {
		return (EReference)boardEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_IommuGroups() {
		return (EReference)boardEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SysfsName() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Driver() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_DriverOverride() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_IommuGroup() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Parent() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Children() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_NumaNode() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_ResetMethods() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Protection() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_DmaMaskBits() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Regions() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Interrupts() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_HostUsage() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostUsage() {
		return hostUsageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostUsage_Kind() {
		return (EAttribute)hostUsageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostUsage_Name() {
		return (EAttribute)hostUsageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostUsage_Description() {
		return (EAttribute)hostUsageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostUsage_InUse() {
		return (EAttribute)hostUsageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPciDevice() {
		return pciDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_Domain() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_Bus() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_Slot() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_Function() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_VendorId() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_DeviceId() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_SubsystemVendorId() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_SubsystemDeviceId() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_ClassCode() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_Revision() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_Bridge() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_Multifunction() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciDevice_Sriov() {
		return (EReference)pciDeviceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciDevice_PhysicalFunction() {
		return (EReference)pciDeviceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciDevice_VfIndex() {
		return (EAttribute)pciDeviceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSriov() {
		return sriovEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSriov_TotalVfs() {
		return (EAttribute)sriovEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSriov_NumVfs() {
		return (EAttribute)sriovEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSriov_VfOffset() {
		return (EAttribute)sriovEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSriov_VfStride() {
		return (EAttribute)sriovEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSriov_VfDeviceId() {
		return (EAttribute)sriovEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSriov_DriversAutoprobe() {
		return (EAttribute)sriovEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSriov_VfRegions() {
		return (EReference)sriovEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlatformDevice() {
		return platformDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformDevice_DtPath() {
		return (EAttribute)platformDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformDevice_AcpiId() {
		return (EAttribute)platformDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformDevice_Compatible() {
		return (EAttribute)platformDeviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformDevice_InterruptParent() {
		return (EAttribute)platformDeviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlatformDevice_DtDependencies() {
		return (EReference)platformDeviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDtDependency() {
		return dtDependencyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDtDependency_Kind() {
		return (EAttribute)dtDependencyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDtDependency_Property() {
		return (EAttribute)dtDependencyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDtDependency_TargetPath() {
		return (EAttribute)dtDependencyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDtDependency_Target() {
		return (EReference)dtDependencyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDtDependency_Cells() {
		return (EAttribute)dtDependencyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFslMcContainer() {
		return fslMcContainerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFslMcContainer_ContainerId() {
		return (EAttribute)fslMcContainerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFslMcObject() {
		return fslMcObjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFslMcObject_ObjectType() {
		return (EAttribute)fslMcObjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFslMcObject_ObjectId() {
		return (EAttribute)fslMcObjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion() {
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Device() {
		return (EReference)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Index() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Name() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Kind() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Base() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Size() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Offset() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Readable() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Writable() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Mmappable() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Prefetchable() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_SixtyFourBit() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_MsixTable() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_MsixMappable() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_SparseAreas() {
		return (EReference)regionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Registers() {
		return (EReference)regionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSparseArea() {
		return sparseAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparseArea_Offset() {
		return (EAttribute)sparseAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparseArea_Size() {
		return (EAttribute)sparseAreaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegister() {
		return registerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegister_Name() {
		return (EAttribute)registerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegister_Offset() {
		return (EAttribute)registerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegister_Width() {
		return (EAttribute)registerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegister_Access() {
		return (EAttribute)registerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegister_Description() {
		return (EAttribute)registerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegister_Fields() {
		return (EReference)registerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegisterField() {
		return registerFieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterField_Name() {
		return (EAttribute)registerFieldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterField_BitOffset() {
		return (EAttribute)registerFieldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterField_BitWidth() {
		return (EAttribute)registerFieldEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterField_Description() {
		return (EAttribute)registerFieldEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterrupt() {
		return interruptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterrupt_Device() {
		return (EReference)interruptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Index() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Kind() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Count() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Eventfd() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Maskable() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Automasked() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Noresize() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Trigger() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Pin() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Line() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Controller() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterrupt_Specifier() {
		return (EAttribute)interruptEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIommuGroup() {
		return iommuGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIommuGroup_Id() {
		return (EAttribute)iommuGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIommuGroup_NoIommu() {
		return (EAttribute)iommuGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIommuGroup_Provisional() {
		return (EAttribute)iommuGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIommuGroup_Devices() {
		return (EReference)iommuGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIommuGroup_IovaRanges() {
		return (EReference)iommuGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIovaRange() {
		return iovaRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIovaRange_Start() {
		return (EAttribute)iovaRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIovaRange_Last() {
		return (EAttribute)iovaRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssignmentConfig() {
		return assignmentConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignmentConfig_Imports() {
		return (EReference)assignmentConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignmentConfig_Board() {
		return (EReference)assignmentConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignmentConfig_InlineBoard() {
		return (EReference)assignmentConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignmentConfig_Consumers() {
		return (EReference)assignmentConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignmentConfig_Assignments() {
		return (EReference)assignmentConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignmentConfig_VirtualFunctions() {
		return (EReference)assignmentConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualFunctions() {
		return virtualFunctionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualFunctions_PhysicalFunction() {
		return (EReference)virtualFunctionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualFunctions_Count() {
		return (EAttribute)virtualFunctionsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImport() {
		return importEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImport_ImportURI() {
		return (EAttribute)importEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsumer() {
		return consumerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumer_MemlockLimit() {
		return (EAttribute)consumerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVmGuest() {
		return vmGuestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmGuest_MemorySize() {
		return (EAttribute)vmGuestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmGuest_Vcpus() {
		return (EAttribute)vmGuestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmGuest_Machine() {
		return (EAttribute)vmGuestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmGuest_QemuVersion() {
		return (EAttribute)vmGuestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmGuest_LibvirtVersion() {
		return (EAttribute)vmGuestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserspaceDriver() {
		return userspaceDriverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserspaceDriver_Uid() {
		return (EAttribute)userspaceDriverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserspaceDriver_Gid() {
		return (EAttribute)userspaceDriverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserspaceDriver_SocketPath() {
		return (EAttribute)userspaceDriverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProbe() {
		return probeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssignment() {
		return assignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Consumer() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Device() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Group() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_PhysicalFunction() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_FirstVf() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_LastVf() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Driver() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_OpenPath() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Regions() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Irqs() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_DmaWindows() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_ResetPolicy() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Persistent() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Force() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegionMapping() {
		return regionMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionMapping_Region() {
		return (EReference)regionMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionMapping_ReadOnly() {
		return (EAttribute)regionMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIrqBinding() {
		return irqBindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIrqBinding_Interrupt() {
		return (EReference)irqBindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIrqBinding_Mode() {
		return (EAttribute)irqBindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIrqBinding_Start() {
		return (EAttribute)irqBindingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIrqBinding_Count() {
		return (EAttribute)irqBindingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDmaWindow() {
		return dmaWindowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDmaWindow_Name() {
		return (EAttribute)dmaWindowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDmaWindow_Iova() {
		return (EAttribute)dmaWindowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDmaWindow_Size() {
		return (EAttribute)dmaWindowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDmaWindow_Readable() {
		return (EAttribute)dmaWindowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDmaWindow_Writable() {
		return (EAttribute)dmaWindowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBoardSource() {
		return boardSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKernelCapability() {
		return kernelCapabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostUsageKind() {
		return hostUsageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtection() {
		return protectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDtDependencyKind() {
		return dtDependencyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRegionKind() {
		return regionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRegisterAccess() {
		return registerAccessEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterruptKind() {
		return interruptKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrigger() {
		return triggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVfioDriver() {
		return vfioDriverEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOpenPath() {
		return openPathEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResetPolicy() {
		return resetPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIrqMode() {
		return irqModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevAssignFactory getDevAssignFactory() {
		return (DevAssignFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		boardEClass = createEClass(BOARD);
		createEAttribute(boardEClass, BOARD__ARCHITECTURE);
		createEAttribute(boardEClass, BOARD__HARDWARE_MODEL);
		createEAttribute(boardEClass, BOARD__KERNEL_VERSION);
		createEAttribute(boardEClass, BOARD__KERNEL_CAPABILITIES);
		createEAttribute(boardEClass, BOARD__SOURCE);
		createEAttribute(boardEClass, BOARD__SOURCE_LOCATION);
		createEAttribute(boardEClass, BOARD__PAGE_SIZE);
		createEReference(boardEClass, BOARD__DEVICES);
		createEReference(boardEClass, BOARD__IOMMU_GROUPS);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__SYSFS_NAME);
		createEAttribute(deviceEClass, DEVICE__DRIVER);
		createEAttribute(deviceEClass, DEVICE__DRIVER_OVERRIDE);
		createEReference(deviceEClass, DEVICE__IOMMU_GROUP);
		createEReference(deviceEClass, DEVICE__PARENT);
		createEReference(deviceEClass, DEVICE__CHILDREN);
		createEAttribute(deviceEClass, DEVICE__NUMA_NODE);
		createEAttribute(deviceEClass, DEVICE__RESET_METHODS);
		createEAttribute(deviceEClass, DEVICE__PROTECTION);
		createEAttribute(deviceEClass, DEVICE__DMA_MASK_BITS);
		createEReference(deviceEClass, DEVICE__REGIONS);
		createEReference(deviceEClass, DEVICE__INTERRUPTS);
		createEReference(deviceEClass, DEVICE__HOST_USAGE);

		hostUsageEClass = createEClass(HOST_USAGE);
		createEAttribute(hostUsageEClass, HOST_USAGE__KIND);
		createEAttribute(hostUsageEClass, HOST_USAGE__NAME);
		createEAttribute(hostUsageEClass, HOST_USAGE__DESCRIPTION);
		createEAttribute(hostUsageEClass, HOST_USAGE__IN_USE);

		pciDeviceEClass = createEClass(PCI_DEVICE);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__DOMAIN);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__BUS);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__SLOT);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__FUNCTION);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__VENDOR_ID);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__DEVICE_ID);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__SUBSYSTEM_VENDOR_ID);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__SUBSYSTEM_DEVICE_ID);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__CLASS_CODE);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__REVISION);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__BRIDGE);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__MULTIFUNCTION);
		createEReference(pciDeviceEClass, PCI_DEVICE__SRIOV);
		createEReference(pciDeviceEClass, PCI_DEVICE__PHYSICAL_FUNCTION);
		createEAttribute(pciDeviceEClass, PCI_DEVICE__VF_INDEX);

		sriovEClass = createEClass(SRIOV);
		createEAttribute(sriovEClass, SRIOV__TOTAL_VFS);
		createEAttribute(sriovEClass, SRIOV__NUM_VFS);
		createEAttribute(sriovEClass, SRIOV__VF_OFFSET);
		createEAttribute(sriovEClass, SRIOV__VF_STRIDE);
		createEAttribute(sriovEClass, SRIOV__VF_DEVICE_ID);
		createEAttribute(sriovEClass, SRIOV__DRIVERS_AUTOPROBE);
		createEReference(sriovEClass, SRIOV__VF_REGIONS);

		platformDeviceEClass = createEClass(PLATFORM_DEVICE);
		createEAttribute(platformDeviceEClass, PLATFORM_DEVICE__DT_PATH);
		createEAttribute(platformDeviceEClass, PLATFORM_DEVICE__ACPI_ID);
		createEAttribute(platformDeviceEClass, PLATFORM_DEVICE__COMPATIBLE);
		createEAttribute(platformDeviceEClass, PLATFORM_DEVICE__INTERRUPT_PARENT);
		createEReference(platformDeviceEClass, PLATFORM_DEVICE__DT_DEPENDENCIES);

		dtDependencyEClass = createEClass(DT_DEPENDENCY);
		createEAttribute(dtDependencyEClass, DT_DEPENDENCY__KIND);
		createEAttribute(dtDependencyEClass, DT_DEPENDENCY__PROPERTY);
		createEAttribute(dtDependencyEClass, DT_DEPENDENCY__TARGET_PATH);
		createEReference(dtDependencyEClass, DT_DEPENDENCY__TARGET);
		createEAttribute(dtDependencyEClass, DT_DEPENDENCY__CELLS);

		fslMcContainerEClass = createEClass(FSL_MC_CONTAINER);
		createEAttribute(fslMcContainerEClass, FSL_MC_CONTAINER__CONTAINER_ID);

		fslMcObjectEClass = createEClass(FSL_MC_OBJECT);
		createEAttribute(fslMcObjectEClass, FSL_MC_OBJECT__OBJECT_TYPE);
		createEAttribute(fslMcObjectEClass, FSL_MC_OBJECT__OBJECT_ID);

		regionEClass = createEClass(REGION);
		createEReference(regionEClass, REGION__DEVICE);
		createEAttribute(regionEClass, REGION__INDEX);
		createEAttribute(regionEClass, REGION__NAME);
		createEAttribute(regionEClass, REGION__KIND);
		createEAttribute(regionEClass, REGION__BASE);
		createEAttribute(regionEClass, REGION__SIZE);
		createEAttribute(regionEClass, REGION__OFFSET);
		createEAttribute(regionEClass, REGION__READABLE);
		createEAttribute(regionEClass, REGION__WRITABLE);
		createEAttribute(regionEClass, REGION__MMAPPABLE);
		createEAttribute(regionEClass, REGION__PREFETCHABLE);
		createEAttribute(regionEClass, REGION__SIXTY_FOUR_BIT);
		createEAttribute(regionEClass, REGION__MSIX_TABLE);
		createEAttribute(regionEClass, REGION__MSIX_MAPPABLE);
		createEReference(regionEClass, REGION__SPARSE_AREAS);
		createEReference(regionEClass, REGION__REGISTERS);

		sparseAreaEClass = createEClass(SPARSE_AREA);
		createEAttribute(sparseAreaEClass, SPARSE_AREA__OFFSET);
		createEAttribute(sparseAreaEClass, SPARSE_AREA__SIZE);

		registerEClass = createEClass(REGISTER);
		createEAttribute(registerEClass, REGISTER__NAME);
		createEAttribute(registerEClass, REGISTER__OFFSET);
		createEAttribute(registerEClass, REGISTER__WIDTH);
		createEAttribute(registerEClass, REGISTER__ACCESS);
		createEAttribute(registerEClass, REGISTER__DESCRIPTION);
		createEReference(registerEClass, REGISTER__FIELDS);

		registerFieldEClass = createEClass(REGISTER_FIELD);
		createEAttribute(registerFieldEClass, REGISTER_FIELD__NAME);
		createEAttribute(registerFieldEClass, REGISTER_FIELD__BIT_OFFSET);
		createEAttribute(registerFieldEClass, REGISTER_FIELD__BIT_WIDTH);
		createEAttribute(registerFieldEClass, REGISTER_FIELD__DESCRIPTION);

		interruptEClass = createEClass(INTERRUPT);
		createEReference(interruptEClass, INTERRUPT__DEVICE);
		createEAttribute(interruptEClass, INTERRUPT__INDEX);
		createEAttribute(interruptEClass, INTERRUPT__KIND);
		createEAttribute(interruptEClass, INTERRUPT__COUNT);
		createEAttribute(interruptEClass, INTERRUPT__EVENTFD);
		createEAttribute(interruptEClass, INTERRUPT__MASKABLE);
		createEAttribute(interruptEClass, INTERRUPT__AUTOMASKED);
		createEAttribute(interruptEClass, INTERRUPT__NORESIZE);
		createEAttribute(interruptEClass, INTERRUPT__TRIGGER);
		createEAttribute(interruptEClass, INTERRUPT__PIN);
		createEAttribute(interruptEClass, INTERRUPT__LINE);
		createEAttribute(interruptEClass, INTERRUPT__CONTROLLER);
		createEAttribute(interruptEClass, INTERRUPT__SPECIFIER);

		iommuGroupEClass = createEClass(IOMMU_GROUP);
		createEAttribute(iommuGroupEClass, IOMMU_GROUP__ID);
		createEAttribute(iommuGroupEClass, IOMMU_GROUP__NO_IOMMU);
		createEAttribute(iommuGroupEClass, IOMMU_GROUP__PROVISIONAL);
		createEReference(iommuGroupEClass, IOMMU_GROUP__DEVICES);
		createEReference(iommuGroupEClass, IOMMU_GROUP__IOVA_RANGES);

		iovaRangeEClass = createEClass(IOVA_RANGE);
		createEAttribute(iovaRangeEClass, IOVA_RANGE__START);
		createEAttribute(iovaRangeEClass, IOVA_RANGE__LAST);

		assignmentConfigEClass = createEClass(ASSIGNMENT_CONFIG);
		createEReference(assignmentConfigEClass, ASSIGNMENT_CONFIG__IMPORTS);
		createEReference(assignmentConfigEClass, ASSIGNMENT_CONFIG__BOARD);
		createEReference(assignmentConfigEClass, ASSIGNMENT_CONFIG__INLINE_BOARD);
		createEReference(assignmentConfigEClass, ASSIGNMENT_CONFIG__CONSUMERS);
		createEReference(assignmentConfigEClass, ASSIGNMENT_CONFIG__ASSIGNMENTS);
		createEReference(assignmentConfigEClass, ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS);

		virtualFunctionsEClass = createEClass(VIRTUAL_FUNCTIONS);
		createEReference(virtualFunctionsEClass, VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION);
		createEAttribute(virtualFunctionsEClass, VIRTUAL_FUNCTIONS__COUNT);

		importEClass = createEClass(IMPORT);
		createEAttribute(importEClass, IMPORT__IMPORT_URI);

		consumerEClass = createEClass(CONSUMER);
		createEAttribute(consumerEClass, CONSUMER__MEMLOCK_LIMIT);

		vmGuestEClass = createEClass(VM_GUEST);
		createEAttribute(vmGuestEClass, VM_GUEST__MEMORY_SIZE);
		createEAttribute(vmGuestEClass, VM_GUEST__VCPUS);
		createEAttribute(vmGuestEClass, VM_GUEST__MACHINE);
		createEAttribute(vmGuestEClass, VM_GUEST__QEMU_VERSION);
		createEAttribute(vmGuestEClass, VM_GUEST__LIBVIRT_VERSION);

		userspaceDriverEClass = createEClass(USERSPACE_DRIVER);
		createEAttribute(userspaceDriverEClass, USERSPACE_DRIVER__UID);
		createEAttribute(userspaceDriverEClass, USERSPACE_DRIVER__GID);
		createEAttribute(userspaceDriverEClass, USERSPACE_DRIVER__SOCKET_PATH);

		probeEClass = createEClass(PROBE);

		assignmentEClass = createEClass(ASSIGNMENT);
		createEReference(assignmentEClass, ASSIGNMENT__CONSUMER);
		createEReference(assignmentEClass, ASSIGNMENT__DEVICE);
		createEReference(assignmentEClass, ASSIGNMENT__GROUP);
		createEReference(assignmentEClass, ASSIGNMENT__PHYSICAL_FUNCTION);
		createEAttribute(assignmentEClass, ASSIGNMENT__FIRST_VF);
		createEAttribute(assignmentEClass, ASSIGNMENT__LAST_VF);
		createEAttribute(assignmentEClass, ASSIGNMENT__DRIVER);
		createEAttribute(assignmentEClass, ASSIGNMENT__OPEN_PATH);
		createEReference(assignmentEClass, ASSIGNMENT__REGIONS);
		createEReference(assignmentEClass, ASSIGNMENT__IRQS);
		createEReference(assignmentEClass, ASSIGNMENT__DMA_WINDOWS);
		createEAttribute(assignmentEClass, ASSIGNMENT__RESET_POLICY);
		createEAttribute(assignmentEClass, ASSIGNMENT__PERSISTENT);
		createEAttribute(assignmentEClass, ASSIGNMENT__FORCE);

		regionMappingEClass = createEClass(REGION_MAPPING);
		createEReference(regionMappingEClass, REGION_MAPPING__REGION);
		createEAttribute(regionMappingEClass, REGION_MAPPING__READ_ONLY);

		irqBindingEClass = createEClass(IRQ_BINDING);
		createEReference(irqBindingEClass, IRQ_BINDING__INTERRUPT);
		createEAttribute(irqBindingEClass, IRQ_BINDING__MODE);
		createEAttribute(irqBindingEClass, IRQ_BINDING__START);
		createEAttribute(irqBindingEClass, IRQ_BINDING__COUNT);

		dmaWindowEClass = createEClass(DMA_WINDOW);
		createEAttribute(dmaWindowEClass, DMA_WINDOW__NAME);
		createEAttribute(dmaWindowEClass, DMA_WINDOW__IOVA);
		createEAttribute(dmaWindowEClass, DMA_WINDOW__SIZE);
		createEAttribute(dmaWindowEClass, DMA_WINDOW__READABLE);
		createEAttribute(dmaWindowEClass, DMA_WINDOW__WRITABLE);

		// Create enums
		boardSourceEEnum = createEEnum(BOARD_SOURCE);
		kernelCapabilityEEnum = createEEnum(KERNEL_CAPABILITY);
		hostUsageKindEEnum = createEEnum(HOST_USAGE_KIND);
		protectionEEnum = createEEnum(PROTECTION);
		dtDependencyKindEEnum = createEEnum(DT_DEPENDENCY_KIND);
		regionKindEEnum = createEEnum(REGION_KIND);
		registerAccessEEnum = createEEnum(REGISTER_ACCESS);
		interruptKindEEnum = createEEnum(INTERRUPT_KIND);
		triggerEEnum = createEEnum(TRIGGER);
		vfioDriverEEnum = createEEnum(VFIO_DRIVER);
		openPathEEnum = createEEnum(OPEN_PATH);
		resetPolicyEEnum = createEEnum(RESET_POLICY);
		irqModeEEnum = createEEnum(IRQ_MODE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		boardEClass.getESuperTypes().add(this.getNamedElement());
		deviceEClass.getESuperTypes().add(this.getNamedElement());
		pciDeviceEClass.getESuperTypes().add(this.getDevice());
		platformDeviceEClass.getESuperTypes().add(this.getDevice());
		fslMcContainerEClass.getESuperTypes().add(this.getDevice());
		fslMcObjectEClass.getESuperTypes().add(this.getDevice());
		assignmentConfigEClass.getESuperTypes().add(this.getNamedElement());
		consumerEClass.getESuperTypes().add(this.getNamedElement());
		vmGuestEClass.getESuperTypes().add(this.getConsumer());
		userspaceDriverEClass.getESuperTypes().add(this.getConsumer());
		probeEClass.getESuperTypes().add(this.getConsumer());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(boardEClass, Board.class, "Board", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBoard_Architecture(), ecorePackage.getEString(), "architecture", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_HardwareModel(), ecorePackage.getEString(), "hardwareModel", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_KernelVersion(), ecorePackage.getEString(), "kernelVersion", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_KernelCapabilities(), this.getKernelCapability(), "kernelCapabilities", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_Source(), this.getBoardSource(), "source", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_SourceLocation(), ecorePackage.getEString(), "sourceLocation", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_PageSize(), ecorePackage.getELong(), "pageSize", "4096", 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoard_Devices(), this.getDevice(), null, "devices", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoard_IommuGroups(), this.getIommuGroup(), null, "iommuGroups", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_SysfsName(), ecorePackage.getEString(), "sysfsName", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Driver(), ecorePackage.getEString(), "driver", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_DriverOverride(), ecorePackage.getEString(), "driverOverride", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_IommuGroup(), this.getIommuGroup(), null, "iommuGroup", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Parent(), this.getDevice(), this.getDevice_Children(), "parent", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Children(), this.getDevice(), this.getDevice_Parent(), "children", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_NumaNode(), ecorePackage.getEInt(), "numaNode", "-1", 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_ResetMethods(), ecorePackage.getEString(), "resetMethods", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Protection(), this.getProtection(), "protection", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_DmaMaskBits(), ecorePackage.getEInt(), "dmaMaskBits", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Regions(), this.getRegion(), this.getRegion_Device(), "regions", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Interrupts(), this.getInterrupt(), this.getInterrupt_Device(), "interrupts", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_HostUsage(), this.getHostUsage(), null, "hostUsage", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostUsageEClass, HostUsage.class, "HostUsage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostUsage_Kind(), this.getHostUsageKind(), "kind", null, 0, 1, HostUsage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostUsage_Name(), ecorePackage.getEString(), "name", null, 0, 1, HostUsage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostUsage_Description(), ecorePackage.getEString(), "description", null, 0, 1, HostUsage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostUsage_InUse(), ecorePackage.getEBoolean(), "inUse", null, 0, 1, HostUsage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pciDeviceEClass, PciDevice.class, "PciDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPciDevice_Domain(), ecorePackage.getEInt(), "domain", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_Bus(), ecorePackage.getEInt(), "bus", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_Slot(), ecorePackage.getEInt(), "slot", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_Function(), ecorePackage.getEInt(), "function", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_VendorId(), ecorePackage.getEInt(), "vendorId", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_DeviceId(), ecorePackage.getEInt(), "deviceId", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_SubsystemVendorId(), ecorePackage.getEInt(), "subsystemVendorId", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_SubsystemDeviceId(), ecorePackage.getEInt(), "subsystemDeviceId", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_ClassCode(), ecorePackage.getEInt(), "classCode", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_Revision(), ecorePackage.getEInt(), "revision", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_Bridge(), ecorePackage.getEBoolean(), "bridge", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_Multifunction(), ecorePackage.getEBoolean(), "multifunction", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPciDevice_Sriov(), this.getSriov(), null, "sriov", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPciDevice_PhysicalFunction(), this.getPciDevice(), null, "physicalFunction", null, 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciDevice_VfIndex(), ecorePackage.getEInt(), "vfIndex", "-1", 0, 1, PciDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sriovEClass, Sriov.class, "Sriov", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSriov_TotalVfs(), ecorePackage.getEInt(), "totalVfs", null, 0, 1, Sriov.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSriov_NumVfs(), ecorePackage.getEInt(), "numVfs", null, 0, 1, Sriov.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSriov_VfOffset(), ecorePackage.getEInt(), "vfOffset", null, 0, 1, Sriov.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSriov_VfStride(), ecorePackage.getEInt(), "vfStride", null, 0, 1, Sriov.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSriov_VfDeviceId(), ecorePackage.getEInt(), "vfDeviceId", "-1", 0, 1, Sriov.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSriov_DriversAutoprobe(), ecorePackage.getEBoolean(), "driversAutoprobe", "true", 0, 1, Sriov.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSriov_VfRegions(), this.getRegion(), null, "vfRegions", null, 0, -1, Sriov.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(platformDeviceEClass, PlatformDevice.class, "PlatformDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlatformDevice_DtPath(), ecorePackage.getEString(), "dtPath", null, 0, 1, PlatformDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlatformDevice_AcpiId(), ecorePackage.getEString(), "acpiId", null, 0, 1, PlatformDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlatformDevice_Compatible(), ecorePackage.getEString(), "compatible", null, 0, -1, PlatformDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlatformDevice_InterruptParent(), ecorePackage.getEString(), "interruptParent", null, 0, 1, PlatformDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlatformDevice_DtDependencies(), this.getDtDependency(), null, "dtDependencies", null, 0, -1, PlatformDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dtDependencyEClass, DtDependency.class, "DtDependency", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDtDependency_Kind(), this.getDtDependencyKind(), "kind", null, 0, 1, DtDependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDtDependency_Property(), ecorePackage.getEString(), "property", null, 0, 1, DtDependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDtDependency_TargetPath(), ecorePackage.getEString(), "targetPath", null, 0, 1, DtDependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDtDependency_Target(), this.getDevice(), null, "target", null, 0, 1, DtDependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDtDependency_Cells(), ecorePackage.getELong(), "cells", null, 0, -1, DtDependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fslMcContainerEClass, FslMcContainer.class, "FslMcContainer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFslMcContainer_ContainerId(), ecorePackage.getEInt(), "containerId", null, 0, 1, FslMcContainer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fslMcObjectEClass, FslMcObject.class, "FslMcObject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFslMcObject_ObjectType(), ecorePackage.getEString(), "objectType", null, 0, 1, FslMcObject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFslMcObject_ObjectId(), ecorePackage.getEInt(), "objectId", null, 0, 1, FslMcObject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRegion_Device(), this.getDevice(), this.getDevice_Regions(), "device", null, 0, 1, Region.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Index(), ecorePackage.getEInt(), "index", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Name(), ecorePackage.getEString(), "name", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Kind(), this.getRegionKind(), "kind", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Base(), ecorePackage.getELong(), "base", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Size(), ecorePackage.getELong(), "size", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Readable(), ecorePackage.getEBoolean(), "readable", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Writable(), ecorePackage.getEBoolean(), "writable", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Mmappable(), ecorePackage.getEBoolean(), "mmappable", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Prefetchable(), ecorePackage.getEBoolean(), "prefetchable", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_SixtyFourBit(), ecorePackage.getEBoolean(), "sixtyFourBit", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_MsixTable(), ecorePackage.getEBoolean(), "msixTable", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_MsixMappable(), ecorePackage.getEBoolean(), "msixMappable", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegion_SparseAreas(), this.getSparseArea(), null, "sparseAreas", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegion_Registers(), this.getRegister(), null, "registers", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sparseAreaEClass, SparseArea.class, "SparseArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSparseArea_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, SparseArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparseArea_Size(), ecorePackage.getELong(), "size", null, 0, 1, SparseArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registerEClass, Register.class, "Register", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegister_Name(), ecorePackage.getEString(), "name", null, 0, 1, Register.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegister_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, Register.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegister_Width(), ecorePackage.getEInt(), "width", "32", 0, 1, Register.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegister_Access(), this.getRegisterAccess(), "access", null, 0, 1, Register.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegister_Description(), ecorePackage.getEString(), "description", null, 0, 1, Register.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegister_Fields(), this.getRegisterField(), null, "fields", null, 0, -1, Register.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registerFieldEClass, RegisterField.class, "RegisterField", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegisterField_Name(), ecorePackage.getEString(), "name", null, 0, 1, RegisterField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisterField_BitOffset(), ecorePackage.getEInt(), "bitOffset", null, 0, 1, RegisterField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisterField_BitWidth(), ecorePackage.getEInt(), "bitWidth", "1", 0, 1, RegisterField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisterField_Description(), ecorePackage.getEString(), "description", null, 0, 1, RegisterField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interruptEClass, Interrupt.class, "Interrupt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInterrupt_Device(), this.getDevice(), this.getDevice_Interrupts(), "device", null, 0, 1, Interrupt.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Index(), ecorePackage.getEInt(), "index", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Kind(), this.getInterruptKind(), "kind", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Eventfd(), ecorePackage.getEBoolean(), "eventfd", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Maskable(), ecorePackage.getEBoolean(), "maskable", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Automasked(), ecorePackage.getEBoolean(), "automasked", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Noresize(), ecorePackage.getEBoolean(), "noresize", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Trigger(), this.getTrigger(), "trigger", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Pin(), ecorePackage.getEString(), "pin", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Line(), ecorePackage.getEInt(), "line", "-1", 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Controller(), ecorePackage.getEString(), "controller", null, 0, 1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterrupt_Specifier(), ecorePackage.getELong(), "specifier", null, 0, -1, Interrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(iommuGroupEClass, IommuGroup.class, "IommuGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIommuGroup_Id(), ecorePackage.getEInt(), "id", "-1", 0, 1, IommuGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIommuGroup_NoIommu(), ecorePackage.getEBoolean(), "noIommu", null, 0, 1, IommuGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIommuGroup_Provisional(), ecorePackage.getEBoolean(), "provisional", null, 0, 1, IommuGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIommuGroup_Devices(), this.getDevice(), null, "devices", null, 0, -1, IommuGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIommuGroup_IovaRanges(), this.getIovaRange(), null, "iovaRanges", null, 0, -1, IommuGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(iovaRangeEClass, IovaRange.class, "IovaRange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIovaRange_Start(), ecorePackage.getELong(), "start", null, 0, 1, IovaRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIovaRange_Last(), ecorePackage.getELong(), "last", null, 0, 1, IovaRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assignmentConfigEClass, AssignmentConfig.class, "AssignmentConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssignmentConfig_Imports(), this.getImport(), null, "imports", null, 0, -1, AssignmentConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignmentConfig_Board(), this.getBoard(), null, "board", null, 0, 1, AssignmentConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignmentConfig_InlineBoard(), this.getBoard(), null, "inlineBoard", null, 0, 1, AssignmentConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignmentConfig_Consumers(), this.getConsumer(), null, "consumers", null, 0, -1, AssignmentConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignmentConfig_Assignments(), this.getAssignment(), null, "assignments", null, 0, -1, AssignmentConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignmentConfig_VirtualFunctions(), this.getVirtualFunctions(), null, "virtualFunctions", null, 0, -1, AssignmentConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualFunctionsEClass, VirtualFunctions.class, "VirtualFunctions", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVirtualFunctions_PhysicalFunction(), this.getDevice(), null, "physicalFunction", null, 0, 1, VirtualFunctions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualFunctions_Count(), ecorePackage.getEInt(), "count", null, 0, 1, VirtualFunctions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importEClass, Import.class, "Import", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImport_ImportURI(), ecorePackage.getEString(), "importURI", null, 0, 1, Import.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consumerEClass, Consumer.class, "Consumer", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsumer_MemlockLimit(), ecorePackage.getELong(), "memlockLimit", null, 0, 1, Consumer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vmGuestEClass, VmGuest.class, "VmGuest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVmGuest_MemorySize(), ecorePackage.getELong(), "memorySize", null, 0, 1, VmGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmGuest_Vcpus(), ecorePackage.getEInt(), "vcpus", "1", 0, 1, VmGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmGuest_Machine(), ecorePackage.getEString(), "machine", "q35", 0, 1, VmGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmGuest_QemuVersion(), ecorePackage.getEString(), "qemuVersion", "7.2", 0, 1, VmGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmGuest_LibvirtVersion(), ecorePackage.getEString(), "libvirtVersion", "9.0", 0, 1, VmGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userspaceDriverEClass, UserspaceDriver.class, "UserspaceDriver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUserspaceDriver_Uid(), ecorePackage.getELong(), "uid", null, 0, 1, UserspaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserspaceDriver_Gid(), ecorePackage.getELong(), "gid", null, 0, 1, UserspaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserspaceDriver_SocketPath(), ecorePackage.getEString(), "socketPath", null, 0, 1, UserspaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(probeEClass, Probe.class, "Probe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(assignmentEClass, Assignment.class, "Assignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssignment_Consumer(), this.getConsumer(), null, "consumer", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Device(), this.getDevice(), null, "device", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Group(), this.getIommuGroup(), null, "group", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_PhysicalFunction(), this.getDevice(), null, "physicalFunction", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_FirstVf(), ecorePackage.getEInt(), "firstVf", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_LastVf(), ecorePackage.getEInt(), "lastVf", "-1", 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Driver(), this.getVfioDriver(), "driver", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_OpenPath(), this.getOpenPath(), "openPath", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Regions(), this.getRegionMapping(), null, "regions", null, 0, -1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Irqs(), this.getIrqBinding(), null, "irqs", null, 0, -1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_DmaWindows(), this.getDmaWindow(), null, "dmaWindows", null, 0, -1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_ResetPolicy(), this.getResetPolicy(), "resetPolicy", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Persistent(), ecorePackage.getEBoolean(), "persistent", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Force(), ecorePackage.getEBoolean(), "force", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionMappingEClass, RegionMapping.class, "RegionMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRegionMapping_Region(), this.getRegion(), null, "region", null, 0, 1, RegionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegionMapping_ReadOnly(), ecorePackage.getEBoolean(), "readOnly", null, 0, 1, RegionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(irqBindingEClass, IrqBinding.class, "IrqBinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIrqBinding_Interrupt(), this.getInterrupt(), null, "interrupt", null, 0, 1, IrqBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIrqBinding_Mode(), this.getIrqMode(), "mode", null, 0, 1, IrqBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIrqBinding_Start(), ecorePackage.getEInt(), "start", null, 0, 1, IrqBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIrqBinding_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, IrqBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dmaWindowEClass, DmaWindow.class, "DmaWindow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDmaWindow_Name(), ecorePackage.getEString(), "name", null, 0, 1, DmaWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDmaWindow_Iova(), ecorePackage.getELong(), "iova", null, 0, 1, DmaWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDmaWindow_Size(), ecorePackage.getELong(), "size", null, 0, 1, DmaWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDmaWindow_Readable(), ecorePackage.getEBoolean(), "readable", "true", 0, 1, DmaWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDmaWindow_Writable(), ecorePackage.getEBoolean(), "writable", "true", 0, 1, DmaWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(boardSourceEEnum, BoardSource.class, "BoardSource");
		addEEnumLiteral(boardSourceEEnum, BoardSource.HAND);
		addEEnumLiteral(boardSourceEEnum, BoardSource.DISCOVERED);
		addEEnumLiteral(boardSourceEEnum, BoardSource.SYSFS);
		addEEnumLiteral(boardSourceEEnum, BoardSource.DTB);
		addEEnumLiteral(boardSourceEEnum, BoardSource.DTS);

		initEEnum(kernelCapabilityEEnum, KernelCapability.class, "KernelCapability");
		addEEnumLiteral(kernelCapabilityEEnum, KernelCapability.VFIO_PCI);
		addEEnumLiteral(kernelCapabilityEEnum, KernelCapability.VFIO_PLATFORM);
		addEEnumLiteral(kernelCapabilityEEnum, KernelCapability.VFIO_FSL_MC);
		addEEnumLiteral(kernelCapabilityEEnum, KernelCapability.VFIO_CDEV);
		addEEnumLiteral(kernelCapabilityEEnum, KernelCapability.IOMMUFD);
		addEEnumLiteral(kernelCapabilityEEnum, KernelCapability.NOIOMMU);
		addEEnumLiteral(kernelCapabilityEEnum, KernelCapability.TYPE1V2);

		initEEnum(hostUsageKindEEnum, HostUsageKind.class, "HostUsageKind");
		addEEnumLiteral(hostUsageKindEEnum, HostUsageKind.BLOCK);
		addEEnumLiteral(hostUsageKindEEnum, HostUsageKind.MOUNT);
		addEEnumLiteral(hostUsageKindEEnum, HostUsageKind.SWAP);
		addEEnumLiteral(hostUsageKindEEnum, HostUsageKind.HOLDER);
		addEEnumLiteral(hostUsageKindEEnum, HostUsageKind.INTERFACE);
		addEEnumLiteral(hostUsageKindEEnum, HostUsageKind.FD);
		addEEnumLiteral(hostUsageKindEEnum, HostUsageKind.CONSOLE);

		initEEnum(protectionEEnum, Protection.class, "Protection");
		addEEnumLiteral(protectionEEnum, Protection.NONE);
		addEEnumLiteral(protectionEEnum, Protection.ROOT_FILESYSTEM);
		addEEnumLiteral(protectionEEnum, Protection.AGENT_CONNECTION);
		addEEnumLiteral(protectionEEnum, Protection.MANAGEMENT);
		addEEnumLiteral(protectionEEnum, Protection.POLICY);

		initEEnum(dtDependencyKindEEnum, DtDependencyKind.class, "DtDependencyKind");
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.PHANDLE);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.CLOCK);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.RESET);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.POWER_DOMAIN);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.INTERRUPT_PARENT);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.IOMMU);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.DMA);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.PINCTRL);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.PHY);
		addEEnumLiteral(dtDependencyKindEEnum, DtDependencyKind.GPIO);

		initEEnum(regionKindEEnum, RegionKind.class, "RegionKind");
		addEEnumLiteral(regionKindEEnum, RegionKind.MMIO);
		addEEnumLiteral(regionKindEEnum, RegionKind.PIO);
		addEEnumLiteral(regionKindEEnum, RegionKind.CONFIG);
		addEEnumLiteral(regionKindEEnum, RegionKind.ROM);
		addEEnumLiteral(regionKindEEnum, RegionKind.MC_PORTAL);

		initEEnum(registerAccessEEnum, RegisterAccess.class, "RegisterAccess");
		addEEnumLiteral(registerAccessEEnum, RegisterAccess.READ_WRITE);
		addEEnumLiteral(registerAccessEEnum, RegisterAccess.READ_ONLY);
		addEEnumLiteral(registerAccessEEnum, RegisterAccess.WRITE_ONLY);

		initEEnum(interruptKindEEnum, InterruptKind.class, "InterruptKind");
		addEEnumLiteral(interruptKindEEnum, InterruptKind.INTX);
		addEEnumLiteral(interruptKindEEnum, InterruptKind.MSI);
		addEEnumLiteral(interruptKindEEnum, InterruptKind.MSIX);
		addEEnumLiteral(interruptKindEEnum, InterruptKind.ERR);
		addEEnumLiteral(interruptKindEEnum, InterruptKind.REQ);
		addEEnumLiteral(interruptKindEEnum, InterruptKind.PLATFORM);

		initEEnum(triggerEEnum, Trigger.class, "Trigger");
		addEEnumLiteral(triggerEEnum, Trigger.UNKNOWN);
		addEEnumLiteral(triggerEEnum, Trigger.LEVEL);
		addEEnumLiteral(triggerEEnum, Trigger.EDGE);

		initEEnum(vfioDriverEEnum, VfioDriver.class, "VfioDriver");
		addEEnumLiteral(vfioDriverEEnum, VfioDriver.AUTO);
		addEEnumLiteral(vfioDriverEEnum, VfioDriver.VFIO_PCI);
		addEEnumLiteral(vfioDriverEEnum, VfioDriver.VFIO_PLATFORM);
		addEEnumLiteral(vfioDriverEEnum, VfioDriver.VFIO_FSL_MC);

		initEEnum(openPathEEnum, OpenPath.class, "OpenPath");
		addEEnumLiteral(openPathEEnum, OpenPath.AUTO);
		addEEnumLiteral(openPathEEnum, OpenPath.GROUP);
		addEEnumLiteral(openPathEEnum, OpenPath.CDEV);

		initEEnum(resetPolicyEEnum, ResetPolicy.class, "ResetPolicy");
		addEEnumLiteral(resetPolicyEEnum, ResetPolicy.IF_AVAILABLE);
		addEEnumLiteral(resetPolicyEEnum, ResetPolicy.REQUIRED);
		addEEnumLiteral(resetPolicyEEnum, ResetPolicy.NEVER);

		initEEnum(irqModeEEnum, IrqMode.class, "IrqMode");
		addEEnumLiteral(irqModeEEnum, IrqMode.EVENTFD);
		addEEnumLiteral(irqModeEEnum, IrqMode.MASKED);

		// Create resource
		createResource(eNS_URI);
	}

} //DevAssignPackageImpl
