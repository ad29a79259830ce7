/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vm Guest</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.VmGuest#getMemorySize <em>Memory Size</em>}</li>
 *   <li>{@link org.devassign.model.VmGuest#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.devassign.model.VmGuest#getMachine <em>Machine</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getVmGuest()
 * @model
 * @generated
 */
public interface VmGuest extends Consumer {
	/**
	 * Returns the value of the '<em><b>Memory Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest RAM in bytes; all of it is pinned once a device is assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Size</em>' attribute.
	 * @see #setMemorySize(long)
	 * @see org.devassign.model.DevAssignPackage#getVmGuest_MemorySize()
	 * @model
	 * @generated
	 */
	long getMemorySize();

	/**
	 * Sets the value of the '{@link org.devassign.model.VmGuest#getMemorySize <em>Memory Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Size</em>' attribute.
	 * @see #getMemorySize()
	 * @generated
	 */
	void setMemorySize(long value);

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #setVcpus(int)
	 * @see org.devassign.model.DevAssignPackage#getVmGuest_Vcpus()
	 * @model default="1"
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link org.devassign.model.VmGuest#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

	/**
	 * Returns the value of the '<em><b>Machine</b></em>' attribute.
	 * The default value is <code>"q35"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Machine</em>' attribute.
	 * @see #setMachine(String)
	 * @see org.devassign.model.DevAssignPackage#getVmGuest_Machine()
	 * @model default="q35"
	 * @generated
	 */
	String getMachine();

	/**
	 * Sets the value of the '{@link org.devassign.model.VmGuest#getMachine <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' attribute.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(String value);

} // VmGuest
