/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A board: the root of a .board file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.Board#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.devassign.model.Board#getHardwareModel <em>Hardware Model</em>}</li>
 *   <li>{@link org.devassign.model.Board#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link org.devassign.model.Board#getKernelCapabilities <em>Kernel Capabilities</em>}</li>
 *   <li>{@link org.devassign.model.Board#getSource <em>Source</em>}</li>
 *   <li>{@link org.devassign.model.Board#getSourceLocation <em>Source Location</em>}</li>
 *   <li>{@link org.devassign.model.Board#getPageSize <em>Page Size</em>}</li>
 *   <li>{@link org.devassign.model.Board#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.devassign.model.Board#getIommuGroups <em>Iommu Groups</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getBoard()
 * @model
 * @generated
 */
public interface Board extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machine architecture as uname -m reports it: x86_64, aarch64, ppc, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.devassign.model.DevAssignPackage#getBoard_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.devassign.model.Board#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Hardware Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the firmware calls the machine: the device tree's /model, or the DMI product name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Model</em>' attribute.
	 * @see #setHardwareModel(String)
	 * @see org.devassign.model.DevAssignPackage#getBoard_HardwareModel()
	 * @model
	 * @generated
	 */
	String getHardwareModel();

	/**
	 * Sets the value of the '{@link org.devassign.model.Board#getHardwareModel <em>Hardware Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Model</em>' attribute.
	 * @see #getHardwareModel()
	 * @generated
	 */
	void setHardwareModel(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Version</em>' attribute.
	 * @see #setKernelVersion(String)
	 * @see org.devassign.model.DevAssignPackage#getBoard_KernelVersion()
	 * @model
	 * @generated
	 */
	String getKernelVersion();

	/**
	 * Sets the value of the '{@link org.devassign.model.Board#getKernelVersion <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Version</em>' attribute.
	 * @see #getKernelVersion()
	 * @generated
	 */
	void setKernelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Capabilities</b></em>' attribute list.
	 * The list contents are of type {@link org.devassign.model.KernelCapability}.
	 * The literals are from the enumeration {@link org.devassign.model.KernelCapability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the board's kernel offers for device assignment (vfio drivers, cdev, iommufd, noiommu).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel Capabilities</em>' attribute list.
	 * @see org.devassign.model.KernelCapability
	 * @see org.devassign.model.DevAssignPackage#getBoard_KernelCapabilities()
	 * @model
	 * @generated
	 */
	EList<KernelCapability> getKernelCapabilities();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.BoardSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.devassign.model.BoardSource
	 * @see #setSource(BoardSource)
	 * @see org.devassign.model.DevAssignPackage#getBoard_Source()
	 * @model
	 * @generated
	 */
	BoardSource getSource();

	/**
	 * Sets the value of the '{@link org.devassign.model.Board#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.devassign.model.BoardSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(BoardSource value);

	/**
	 * Returns the value of the '<em><b>Source Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the model came from: a sysfs root, a DTB or DTS path, or an agent address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Location</em>' attribute.
	 * @see #setSourceLocation(String)
	 * @see org.devassign.model.DevAssignPackage#getBoard_SourceLocation()
	 * @model
	 * @generated
	 */
	String getSourceLocation();

	/**
	 * Sets the value of the '{@link org.devassign.model.Board#getSourceLocation <em>Source Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Location</em>' attribute.
	 * @see #getSourceLocation()
	 * @generated
	 */
	void setSourceLocation(String value);

	/**
	 * Returns the value of the '<em><b>Page Size</b></em>' attribute.
	 * The default value is <code>"4096"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Size</em>' attribute.
	 * @see #setPageSize(long)
	 * @see org.devassign.model.DevAssignPackage#getBoard_PageSize()
	 * @model default="4096"
	 * @generated
	 */
	long getPageSize();

	/**
	 * Sets the value of the '{@link org.devassign.model.Board#getPageSize <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Size</em>' attribute.
	 * @see #getPageSize()
	 * @generated
	 */
	void setPageSize(long value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every device of the board, flat; topology is in Device.parent and Device.children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getBoard_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Iommu Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.IommuGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iommu Groups</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getBoard_IommuGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<IommuGroup> getIommuGroups();

} // Board
