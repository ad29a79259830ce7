/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage
 * @generated
 */
public interface DevAssignFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DevAssignFactory eINSTANCE = org.devassign.model.impl.DevAssignFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Board</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Board</em>'.
	 * @generated
	 */
	Board createBoard();

	/**
	 * Returns a new object of class '<em>Host Usage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host Usage</em>'.
	 * @generated
	 */
	HostUsage createHostUsage();

	/**
	 * Returns a new object of class '<em>Pci Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pci Device</em>'.
	 * @generated
	 */
	PciDevice createPciDevice();

	/**
	 * Returns a new object of class '<em>Sriov</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sriov</em>'.
	 * @generated
	 */
	Sriov createSriov();

	/**
	 * Returns a new object of class '<em>Platform Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Platform Device</em>'.
	 * @generated
	 */
	PlatformDevice createPlatformDevice();

	/**
	 * Returns a new object of class '<em>Dt Dependency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dt Dependency</em>'.
	 * @generated
	 */
	DtDependency createDtDependency();

	/**
	 * Returns a new object of class '<em>Fsl Mc Container</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fsl Mc Container</em>'.
	 * @generated
	 */
	FslMcContainer createFslMcContainer();

	/**
	 * Returns a new object of class '<em>Fsl Mc Object</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fsl Mc Object</em>'.
	 * @generated
	 */
	FslMcObject createFslMcObject();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Sparse Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sparse Area</em>'.
	 * @generated
	 */
	SparseArea createSparseArea();

	/**
	 * Returns a new object of class '<em>Register</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Register</em>'.
	 * @generated
	 */
	Register createRegister();

	/**
	 * Returns a new object of class '<em>Register Field</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Register Field</em>'.
	 * @generated
	 */
	RegisterField createRegisterField();

	/**
	 * Returns a new object of class '<em>Interrupt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interrupt</em>'.
	 * @generated
	 */
	Interrupt createInterrupt();

	/**
	 * Returns a new object of class '<em>Iommu Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Iommu Group</em>'.
	 * @generated
	 */
	IommuGroup createIommuGroup();

	/**
	 * Returns a new object of class '<em>Iova Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Iova Range</em>'.
	 * @generated
	 */
	IovaRange createIovaRange();

	/**
	 * Returns a new object of class '<em>Assignment Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assignment Config</em>'.
	 * @generated
	 */
	AssignmentConfig createAssignmentConfig();

	/**
	 * Returns a new object of class '<em>Virtual Functions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Virtual Functions</em>'.
	 * @generated
	 */
	VirtualFunctions createVirtualFunctions();

	/**
	 * Returns a new object of class '<em>Import</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Import</em>'.
	 * @generated
	 */
	Import createImport();

	/**
	 * Returns a new object of class '<em>Vm Guest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vm Guest</em>'.
	 * @generated
	 */
	VmGuest createVmGuest();

	/**
	 * Returns a new object of class '<em>Userspace Driver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Userspace Driver</em>'.
	 * @generated
	 */
	UserspaceDriver createUserspaceDriver();

	/**
	 * Returns a new object of class '<em>Probe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Probe</em>'.
	 * @generated
	 */
	Probe createProbe();

	/**
	 * Returns a new object of class '<em>Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assignment</em>'.
	 * @generated
	 */
	Assignment createAssignment();

	/**
	 * Returns a new object of class '<em>Region Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Mapping</em>'.
	 * @generated
	 */
	RegionMapping createRegionMapping();

	/**
	 * Returns a new object of class '<em>Irq Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Irq Binding</em>'.
	 * @generated
	 */
	IrqBinding createIrqBinding();

	/**
	 * Returns a new object of class '<em>Dma Window</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dma Window</em>'.
	 * @generated
	 */
	DmaWindow createDmaWindow();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DevAssignPackage getDevAssignPackage();

} //DevAssignFactory
