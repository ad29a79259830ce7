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
 *   <li>{@link org.devassign.model.VmGuest#getQemuVersion <em>Qemu Version</em>}</li>
 *   <li>{@link org.devassign.model.VmGuest#getLibvirtVersion <em>Libvirt Version</em>}</li>
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
	 * Guest RAM in bytes; all of it is pinned once a device is assigned. Unset when the config states none (an error: QEMU and libvirt need it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Size</em>' attribute.
	 * @see #isSetMemorySize()
	 * @see #unsetMemorySize()
	 * @see #setMemorySize(long)
	 * @see org.devassign.model.DevAssignPackage#getVmGuest_MemorySize()
	 * @model unsettable="true"
	 * @generated
	 */
	long getMemorySize();

	/**
	 * Sets the value of the '{@link org.devassign.model.VmGuest#getMemorySize <em>Memory Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Size</em>' attribute.
	 * @see #isSetMemorySize()
	 * @see #unsetMemorySize()
	 * @see #getMemorySize()
	 * @generated
	 */
	void setMemorySize(long value);

	/**
	 * Unsets the value of the '{@link org.devassign.model.VmGuest#getMemorySize <em>Memory Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemorySize()
	 * @see #getMemorySize()
	 * @see #setMemorySize(long)
	 * @generated
	 */
	void unsetMemorySize();

	/**
	 * Returns whether the value of the '{@link org.devassign.model.VmGuest#getMemorySize <em>Memory Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memory Size</em>' attribute is set.
	 * @see #unsetMemorySize()
	 * @see #getMemorySize()
	 * @see #setMemorySize(long)
	 * @generated
	 */
	boolean isSetMemorySize();

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

	/**
	 * Returns the value of the '<em><b>Qemu Version</b></em>' attribute.
	 * The default value is <code>"7.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The QEMU version the guest runs on (MAJOR.MINOR[.PATCH]), so that generators write what that version accepts. Default 7.2: Debian 12's QEMU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qemu Version</em>' attribute.
	 * @see #setQemuVersion(String)
	 * @see org.devassign.model.DevAssignPackage#getVmGuest_QemuVersion()
	 * @model default="7.2"
	 * @generated
	 */
	String getQemuVersion();

	/**
	 * Sets the value of the '{@link org.devassign.model.VmGuest#getQemuVersion <em>Qemu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qemu Version</em>' attribute.
	 * @see #getQemuVersion()
	 * @generated
	 */
	void setQemuVersion(String value);

	/**
	 * Returns the value of the '<em><b>Libvirt Version</b></em>' attribute.
	 * The default value is <code>"9.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The libvirt version that defines the guest's domain (MAJOR.MINOR[.PATCH]). Default 9.0: Debian 12's libvirt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Libvirt Version</em>' attribute.
	 * @see #setLibvirtVersion(String)
	 * @see org.devassign.model.DevAssignPackage#getVmGuest_LibvirtVersion()
	 * @model default="9.0"
	 * @generated
	 */
	String getLibvirtVersion();

	/**
	 * Sets the value of the '{@link org.devassign.model.VmGuest#getLibvirtVersion <em>Libvirt Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Libvirt Version</em>' attribute.
	 * @see #getLibvirtVersion()
	 * @generated
	 */
	void setLibvirtVersion(String value);

} // VmGuest
