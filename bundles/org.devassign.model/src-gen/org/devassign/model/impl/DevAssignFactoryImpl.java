/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DevAssignFactoryImpl extends EFactoryImpl implements DevAssignFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DevAssignFactory init() {
		try {
			DevAssignFactory theDevAssignFactory = (DevAssignFactory)EPackage.Registry.INSTANCE.getEFactory(DevAssignPackage.eNS_URI);
			if (theDevAssignFactory != null) {
				return theDevAssignFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DevAssignFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DevAssignFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DevAssignPackage.BOARD: return createBoard();
			case DevAssignPackage.HOST_USAGE: return createHostUsage();
			case DevAssignPackage.PCI_DEVICE: return createPciDevice();
			case DevAssignPackage.SRIOV: return createSriov();
			case DevAssignPackage.PLATFORM_DEVICE: return createPlatformDevice();
			case DevAssignPackage.DT_DEPENDENCY: return createDtDependency();
			case DevAssignPackage.FSL_MC_CONTAINER: return createFslMcContainer();
			case DevAssignPackage.FSL_MC_OBJECT: return createFslMcObject();
			case DevAssignPackage.REGION: return createRegion();
			case DevAssignPackage.SPARSE_AREA: return createSparseArea();
			case DevAssignPackage.REGISTER: return createRegister();
			case DevAssignPackage.REGISTER_FIELD: return createRegisterField();
			case DevAssignPackage.INTERRUPT: return createInterrupt();
			case DevAssignPackage.IOMMU_GROUP: return createIommuGroup();
			case DevAssignPackage.IOVA_RANGE: return createIovaRange();
			case DevAssignPackage.ASSIGNMENT_CONFIG: return createAssignmentConfig();
			case DevAssignPackage.VIRTUAL_FUNCTIONS: return createVirtualFunctions();
			case DevAssignPackage.IMPORT: return createImport();
			case DevAssignPackage.VM_GUEST: return createVmGuest();
			case DevAssignPackage.USERSPACE_DRIVER: return createUserspaceDriver();
			case DevAssignPackage.PROBE: return createProbe();
			case DevAssignPackage.ASSIGNMENT: return createAssignment();
			case DevAssignPackage.REGION_MAPPING: return createRegionMapping();
			case DevAssignPackage.IRQ_BINDING: return createIrqBinding();
			case DevAssignPackage.DMA_WINDOW: return createDmaWindow();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DevAssignPackage.BOARD_SOURCE:
				return createBoardSourceFromString(eDataType, initialValue);
			case DevAssignPackage.KERNEL_CAPABILITY:
				return createKernelCapabilityFromString(eDataType, initialValue);
			case DevAssignPackage.HOST_USAGE_KIND:
				return createHostUsageKindFromString(eDataType, initialValue);
			case DevAssignPackage.PROTECTION:
				return createProtectionFromString(eDataType, initialValue);
			case DevAssignPackage.DT_DEPENDENCY_KIND:
				return createDtDependencyKindFromString(eDataType, initialValue);
			case DevAssignPackage.REGION_KIND:
				return createRegionKindFromString(eDataType, initialValue);
			case DevAssignPackage.REGISTER_ACCESS:
				return createRegisterAccessFromString(eDataType, initialValue);
			case DevAssignPackage.INTERRUPT_KIND:
				return createInterruptKindFromString(eDataType, initialValue);
			case DevAssignPackage.TRIGGER:
				return createTriggerFromString(eDataType, initialValue);
			case DevAssignPackage.VFIO_DRIVER:
				return createVfioDriverFromString(eDataType, initialValue);
			case DevAssignPackage.OPEN_PATH:
				return createOpenPathFromString(eDataType, initialValue);
			case DevAssignPackage.RESET_POLICY:
				return createResetPolicyFromString(eDataType, initialValue);
			case DevAssignPackage.IRQ_MODE:
				return createIrqModeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DevAssignPackage.BOARD_SOURCE:
				return convertBoardSourceToString(eDataType, instanceValue);
			case DevAssignPackage.KERNEL_CAPABILITY:
				return convertKernelCapabilityToString(eDataType, instanceValue);
			case DevAssignPackage.HOST_USAGE_KIND:
				return convertHostUsageKindToString(eDataType, instanceValue);
			case DevAssignPackage.PROTECTION:
				return convertProtectionToString(eDataType, instanceValue);
			case DevAssignPackage.DT_DEPENDENCY_KIND:
				return convertDtDependencyKindToString(eDataType, instanceValue);
			case DevAssignPackage.REGION_KIND:
				return convertRegionKindToString(eDataType, instanceValue);
			case DevAssignPackage.REGISTER_ACCESS:
				return convertRegisterAccessToString(eDataType, instanceValue);
			case DevAssignPackage.INTERRUPT_KIND:
				return convertInterruptKindToString(eDataType, instanceValue);
			case DevAssignPackage.TRIGGER:
				return convertTriggerToString(eDataType, instanceValue);
			case DevAssignPackage.VFIO_DRIVER:
				return convertVfioDriverToString(eDataType, instanceValue);
			case DevAssignPackage.OPEN_PATH:
				return convertOpenPathToString(eDataType, instanceValue);
			case DevAssignPackage.RESET_POLICY:
				return convertResetPolicyToString(eDataType, instanceValue);
			case DevAssignPackage.IRQ_MODE:
				return convertIrqModeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Board createBoard() {
		BoardImpl board = new BoardImpl();
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostUsage createHostUsage() {
		HostUsageImpl hostUsage = new HostUsageImpl();
		return hostUsage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciDevice createPciDevice() {
		PciDeviceImpl pciDevice = new PciDeviceImpl();
		return pciDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sriov createSriov() {
		SriovImpl sriov = new SriovImpl();
		return sriov;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlatformDevice createPlatformDevice() {
		PlatformDeviceImpl platformDevice = new PlatformDeviceImpl();
		return platformDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DtDependency createDtDependency() {
		DtDependencyImpl dtDependency = new DtDependencyImpl();
		return dtDependency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FslMcContainer createFslMcContainer() {
		FslMcContainerImpl fslMcContainer = new FslMcContainerImpl();
		return fslMcContainer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FslMcObject createFslMcObject() {
		FslMcObjectImpl fslMcObject = new FslMcObjectImpl();
		return fslMcObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SparseArea createSparseArea() {
		SparseAreaImpl sparseArea = new SparseAreaImpl();
		return sparseArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Register createRegister() {
		RegisterImpl register = new RegisterImpl();
		return register;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegisterField createRegisterField() {
		RegisterFieldImpl registerField = new RegisterFieldImpl();
		return registerField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interrupt createInterrupt() {
		InterruptImpl interrupt = new InterruptImpl();
		return interrupt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IommuGroup createIommuGroup() {
		IommuGroupImpl iommuGroup = new IommuGroupImpl();
		return iommuGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IovaRange createIovaRange() {
		IovaRangeImpl iovaRange = new IovaRangeImpl();
		return iovaRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssignmentConfig createAssignmentConfig() {
		AssignmentConfigImpl assignmentConfig = new AssignmentConfigImpl();
		return assignmentConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualFunctions createVirtualFunctions() {
		VirtualFunctionsImpl virtualFunctions = new VirtualFunctionsImpl();
		return virtualFunctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Import createImport() {
		ImportImpl import_ = new ImportImpl();
		return import_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmGuest createVmGuest() {
		VmGuestImpl vmGuest = new VmGuestImpl();
		return vmGuest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserspaceDriver createUserspaceDriver() {
		UserspaceDriverImpl userspaceDriver = new UserspaceDriverImpl();
		return userspaceDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Probe createProbe() {
		ProbeImpl probe = new ProbeImpl();
		return probe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assignment createAssignment() {
		AssignmentImpl assignment = new AssignmentImpl();
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionMapping createRegionMapping() {
		RegionMappingImpl regionMapping = new RegionMappingImpl();
		return regionMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IrqBinding createIrqBinding() {
		IrqBindingImpl irqBinding = new IrqBindingImpl();
		return irqBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DmaWindow createDmaWindow() {
		DmaWindowImpl dmaWindow = new DmaWindowImpl();
		return dmaWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BoardSource createBoardSourceFromString(EDataType eDataType, String initialValue) {
		BoardSource result = BoardSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBoardSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KernelCapability createKernelCapabilityFromString(EDataType eDataType, String initialValue) {
		KernelCapability result = KernelCapability.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKernelCapabilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostUsageKind createHostUsageKindFromString(EDataType eDataType, String initialValue) {
		HostUsageKind result = HostUsageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostUsageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protection createProtectionFromString(EDataType eDataType, String initialValue) {
		Protection result = Protection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DtDependencyKind createDtDependencyKindFromString(EDataType eDataType, String initialValue) {
		DtDependencyKind result = DtDependencyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDtDependencyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegionKind createRegionKindFromString(EDataType eDataType, String initialValue) {
		RegionKind result = RegionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegisterAccess createRegisterAccessFromString(EDataType eDataType, String initialValue) {
		RegisterAccess result = RegisterAccess.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegisterAccessToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterruptKind createInterruptKindFromString(EDataType eDataType, String initialValue) {
		InterruptKind result = InterruptKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterruptKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Trigger createTriggerFromString(EDataType eDataType, String initialValue) {
		Trigger result = Trigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VfioDriver createVfioDriverFromString(EDataType eDataType, String initialValue) {
		VfioDriver result = VfioDriver.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVfioDriverToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpenPath createOpenPathFromString(EDataType eDataType, String initialValue) {
		OpenPath result = OpenPath.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpenPathToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResetPolicy createResetPolicyFromString(EDataType eDataType, String initialValue) {
		ResetPolicy result = ResetPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResetPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IrqMode createIrqModeFromString(EDataType eDataType, String initialValue) {
		IrqMode result = IrqMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIrqModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevAssignPackage getDevAssignPackage() {
		return (DevAssignPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DevAssignPackage getPackage() {
		return DevAssignPackage.eINSTANCE;
	}

} //DevAssignFactoryImpl
