/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A region of a device as VFIO describes it (vfio_region_info), with the physical facts behind it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.Region#getDevice <em>Device</em>}</li>
 *   <li>{@link org.devassign.model.Region#getIndex <em>Index</em>}</li>
 *   <li>{@link org.devassign.model.Region#getName <em>Name</em>}</li>
 *   <li>{@link org.devassign.model.Region#getKind <em>Kind</em>}</li>
 *   <li>{@link org.devassign.model.Region#getBase <em>Base</em>}</li>
 *   <li>{@link org.devassign.model.Region#getSize <em>Size</em>}</li>
 *   <li>{@link org.devassign.model.Region#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.devassign.model.Region#isReadable <em>Readable</em>}</li>
 *   <li>{@link org.devassign.model.Region#isWritable <em>Writable</em>}</li>
 *   <li>{@link org.devassign.model.Region#isMmappable <em>Mmappable</em>}</li>
 *   <li>{@link org.devassign.model.Region#isPrefetchable <em>Prefetchable</em>}</li>
 *   <li>{@link org.devassign.model.Region#isSixtyFourBit <em>Sixty Four Bit</em>}</li>
 *   <li>{@link org.devassign.model.Region#isMsixTable <em>Msix Table</em>}</li>
 *   <li>{@link org.devassign.model.Region#isMsixMappable <em>Msix Mappable</em>}</li>
 *   <li>{@link org.devassign.model.Region#getSparseAreas <em>Sparse Areas</em>}</li>
 *   <li>{@link org.devassign.model.Region#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends EObject {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.devassign.model.Device#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' container reference.
	 * @see #setDevice(Device)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Device()
	 * @see org.devassign.model.Device#getRegions
	 * @model opposite="regions"
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#getDevice <em>Device</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' container reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BAR0..BAR5, ROM, CONFIG, VGA for PCI; reg[n] (or the reg-names entry) for platform devices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.RegionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.RegionKind
	 * @see #setKind(RegionKind)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Kind()
	 * @model
	 * @generated
	 */
	RegionKind getKind();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.RegionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RegionKind value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical (CPU) base address, translated through the parents' ranges for device-tree devices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(long)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Base()
	 * @model
	 * @generated
	 */
	long getBase();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(long value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset of the region in the device fd (vfio-pci and vfio-platform use index << 40).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Readable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readable</em>' attribute.
	 * @see #setReadable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Readable()
	 * @model
	 * @generated
	 */
	boolean isReadable();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#isReadable <em>Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readable</em>' attribute.
	 * @see #isReadable()
	 * @generated
	 */
	void setReadable(boolean value);

	/**
	 * Returns the value of the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writable</em>' attribute.
	 * @see #setWritable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Writable()
	 * @model
	 * @generated
	 */
	boolean isWritable();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#isWritable <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable</em>' attribute.
	 * @see #isWritable()
	 * @generated
	 */
	void setWritable(boolean value);

	/**
	 * Returns the value of the '<em><b>Mmappable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mmappable</em>' attribute.
	 * @see #setMmappable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Mmappable()
	 * @model
	 * @generated
	 */
	boolean isMmappable();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#isMmappable <em>Mmappable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mmappable</em>' attribute.
	 * @see #isMmappable()
	 * @generated
	 */
	void setMmappable(boolean value);

	/**
	 * Returns the value of the '<em><b>Prefetchable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefetchable</em>' attribute.
	 * @see #setPrefetchable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getRegion_Prefetchable()
	 * @model
	 * @generated
	 */
	boolean isPrefetchable();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#isPrefetchable <em>Prefetchable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefetchable</em>' attribute.
	 * @see #isPrefetchable()
	 * @generated
	 */
	void setPrefetchable(boolean value);

	/**
	 * Returns the value of the '<em><b>Sixty Four Bit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sixty Four Bit</em>' attribute.
	 * @see #setSixtyFourBit(boolean)
	 * @see org.devassign.model.DevAssignPackage#getRegion_SixtyFourBit()
	 * @model
	 * @generated
	 */
	boolean isSixtyFourBit();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#isSixtyFourBit <em>Sixty Four Bit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sixty Four Bit</em>' attribute.
	 * @see #isSixtyFourBit()
	 * @generated
	 */
	void setSixtyFourBit(boolean value);

	/**
	 * Returns the value of the '<em><b>Msix Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The region holds the device's MSI-X table (the table BIR of its MSI-X capability), which the kernel programs for VFIO_DEVICE_SET_IRQS: it is mmapped whole only when msixMappable, else only in its sparseAreas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Msix Table</em>' attribute.
	 * @see #setMsixTable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getRegion_MsixTable()
	 * @model
	 * @generated
	 */
	boolean isMsixTable();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#isMsixTable <em>Msix Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Msix Table</em>' attribute.
	 * @see #isMsixTable()
	 * @generated
	 */
	void setMsixTable(boolean value);

	/**
	 * Returns the value of the '<em><b>Msix Mappable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel lets the MSI-X table's region be mmapped whole (VFIO_REGION_INFO_CAP_MSIX_MAPPABLE, kernels since 4.16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Msix Mappable</em>' attribute.
	 * @see #setMsixMappable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getRegion_MsixMappable()
	 * @model
	 * @generated
	 */
	boolean isMsixMappable();

	/**
	 * Sets the value of the '{@link org.devassign.model.Region#isMsixMappable <em>Msix Mappable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Msix Mappable</em>' attribute.
	 * @see #isMsixMappable()
	 * @generated
	 */
	void setMsixMappable(boolean value);

	/**
	 * Returns the value of the '<em><b>Sparse Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.SparseArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The only parts that may be mmapped, when VFIO reports a sparse mmap capability (e.g. a BAR holding the MSI-X table).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sparse Areas</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getRegion_SparseAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<SparseArea> getSparseAreas();

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Register}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getRegion_Registers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Register> getRegisters();

} // Region
