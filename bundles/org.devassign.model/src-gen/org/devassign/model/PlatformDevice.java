/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Platform Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.PlatformDevice#getDtPath <em>Dt Path</em>}</li>
 *   <li>{@link org.devassign.model.PlatformDevice#getAcpiId <em>Acpi Id</em>}</li>
 *   <li>{@link org.devassign.model.PlatformDevice#getCompatible <em>Compatible</em>}</li>
 *   <li>{@link org.devassign.model.PlatformDevice#getInterruptParent <em>Interrupt Parent</em>}</li>
 *   <li>{@link org.devassign.model.PlatformDevice#getDtDependencies <em>Dt Dependencies</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getPlatformDevice()
 * @model
 * @generated
 */
public interface PlatformDevice extends Device {
	/**
	 * Returns the value of the '<em><b>Dt Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The full path of the device-tree node, e.g. /soc/ethernet@ff0c0000; null for ACPI-enumerated devices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dt Path</em>' attribute.
	 * @see #setDtPath(String)
	 * @see org.devassign.model.DevAssignPackage#getPlatformDevice_DtPath()
	 * @model
	 * @generated
	 */
	String getDtPath();

	/**
	 * Sets the value of the '{@link org.devassign.model.PlatformDevice#getDtPath <em>Dt Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dt Path</em>' attribute.
	 * @see #getDtPath()
	 * @generated
	 */
	void setDtPath(String value);

	/**
	 * Returns the value of the '<em><b>Acpi Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ACPI hardware id for ACPI-enumerated platform devices, e.g. LNRO0005.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acpi Id</em>' attribute.
	 * @see #setAcpiId(String)
	 * @see org.devassign.model.DevAssignPackage#getPlatformDevice_AcpiId()
	 * @model
	 * @generated
	 */
	String getAcpiId();

	/**
	 * Sets the value of the '{@link org.devassign.model.PlatformDevice#getAcpiId <em>Acpi Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acpi Id</em>' attribute.
	 * @see #getAcpiId()
	 * @generated
	 */
	void setAcpiId(String value);

	/**
	 * Returns the value of the '<em><b>Compatible</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compatible</em>' attribute list.
	 * @see org.devassign.model.DevAssignPackage#getPlatformDevice_Compatible()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCompatible();

	/**
	 * Returns the value of the '<em><b>Interrupt Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the node's effective interrupt parent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interrupt Parent</em>' attribute.
	 * @see #setInterruptParent(String)
	 * @see org.devassign.model.DevAssignPackage#getPlatformDevice_InterruptParent()
	 * @model
	 * @generated
	 */
	String getInterruptParent();

	/**
	 * Sets the value of the '{@link org.devassign.model.PlatformDevice#getInterruptParent <em>Interrupt Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupt Parent</em>' attribute.
	 * @see #getInterruptParent()
	 * @generated
	 */
	void setInterruptParent(String value);

	/**
	 * Returns the value of the '<em><b>Dt Dependencies</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.DtDependency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dt Dependencies</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getPlatformDevice_DtDependencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<DtDependency> getDtDependencies();

} // PlatformDevice
