/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pci Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.PciDevice#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getBus <em>Bus</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getFunction <em>Function</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getSubsystemVendorId <em>Subsystem Vendor Id</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getSubsystemDeviceId <em>Subsystem Device Id</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getClassCode <em>Class Code</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#isBridge <em>Bridge</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#isMultifunction <em>Multifunction</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getSriov <em>Sriov</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getPhysicalFunction <em>Physical Function</em>}</li>
 *   <li>{@link org.devassign.model.PciDevice#getVfIndex <em>Vf Index</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getPciDevice()
 * @model
 * @generated
 */
public interface PciDevice extends Device {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Domain()
	 * @model
	 * @generated
	 */
	int getDomain();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(int value);

	/**
	 * Returns the value of the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bus</em>' attribute.
	 * @see #setBus(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Bus()
	 * @model
	 * @generated
	 */
	int getBus();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getBus <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bus</em>' attribute.
	 * @see #getBus()
	 * @generated
	 */
	void setBus(int value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Function()
	 * @model
	 * @generated
	 */
	int getFunction();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(int value);

	/**
	 * Returns the value of the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor Id</em>' attribute.
	 * @see #setVendorId(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_VendorId()
	 * @model
	 * @generated
	 */
	int getVendorId();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getVendorId <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Id</em>' attribute.
	 * @see #getVendorId()
	 * @generated
	 */
	void setVendorId(int value);

	/**
	 * Returns the value of the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Id</em>' attribute.
	 * @see #setDeviceId(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_DeviceId()
	 * @model
	 * @generated
	 */
	int getDeviceId();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getDeviceId <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Id</em>' attribute.
	 * @see #getDeviceId()
	 * @generated
	 */
	void setDeviceId(int value);

	/**
	 * Returns the value of the '<em><b>Subsystem Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsystem Vendor Id</em>' attribute.
	 * @see #setSubsystemVendorId(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_SubsystemVendorId()
	 * @model
	 * @generated
	 */
	int getSubsystemVendorId();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getSubsystemVendorId <em>Subsystem Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsystem Vendor Id</em>' attribute.
	 * @see #getSubsystemVendorId()
	 * @generated
	 */
	void setSubsystemVendorId(int value);

	/**
	 * Returns the value of the '<em><b>Subsystem Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsystem Device Id</em>' attribute.
	 * @see #setSubsystemDeviceId(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_SubsystemDeviceId()
	 * @model
	 * @generated
	 */
	int getSubsystemDeviceId();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getSubsystemDeviceId <em>Subsystem Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsystem Device Id</em>' attribute.
	 * @see #getSubsystemDeviceId()
	 * @generated
	 */
	void setSubsystemDeviceId(int value);

	/**
	 * Returns the value of the '<em><b>Class Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 24-bit class code: base class, subclass, programming interface (0x060400 is a PCI-to-PCI bridge).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Class Code</em>' attribute.
	 * @see #setClassCode(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_ClassCode()
	 * @model
	 * @generated
	 */
	int getClassCode();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getClassCode <em>Class Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Code</em>' attribute.
	 * @see #getClassCode()
	 * @generated
	 */
	void setClassCode(int value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Revision()
	 * @model
	 * @generated
	 */
	int getRevision();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(int value);

	/**
	 * Returns the value of the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bridge</em>' attribute.
	 * @see #setBridge(boolean)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Bridge()
	 * @model
	 * @generated
	 */
	boolean isBridge();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#isBridge <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge</em>' attribute.
	 * @see #isBridge()
	 * @generated
	 */
	void setBridge(boolean value);

	/**
	 * Returns the value of the '<em><b>Multifunction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multifunction</em>' attribute.
	 * @see #setMultifunction(boolean)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Multifunction()
	 * @model
	 * @generated
	 */
	boolean isMultifunction();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#isMultifunction <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multifunction</em>' attribute.
	 * @see #isMultifunction()
	 * @generated
	 */
	void setMultifunction(boolean value);

	/**
	 * Returns the value of the '<em><b>Sriov</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function's SR-IOV capability when it is a physical function (PF): how many virtual functions (VFs) it can have and has, where they are, and the BARs each gets. Null for any other function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sriov</em>' containment reference.
	 * @see #setSriov(Sriov)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_Sriov()
	 * @model containment="true"
	 * @generated
	 */
	Sriov getSriov();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getSriov <em>Sriov</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sriov</em>' containment reference.
	 * @see #getSriov()
	 * @generated
	 */
	void setSriov(Sriov value);

	/**
	 * Returns the value of the '<em><b>Physical Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a virtual function: its physical function (the kernel's physfn link). Null for any other function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Physical Function</em>' reference.
	 * @see #setPhysicalFunction(PciDevice)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_PhysicalFunction()
	 * @model
	 * @generated
	 */
	PciDevice getPhysicalFunction();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getPhysicalFunction <em>Physical Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Function</em>' reference.
	 * @see #getPhysicalFunction()
	 * @generated
	 */
	void setPhysicalFunction(PciDevice value);

	/**
	 * Returns the value of the '<em><b>Vf Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a virtual function: its number among its PF's VFs, from 0 (the PF's virtfnN link names it). -1 for any other function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vf Index</em>' attribute.
	 * @see #setVfIndex(int)
	 * @see org.devassign.model.DevAssignPackage#getPciDevice_VfIndex()
	 * @model default="-1"
	 * @generated
	 */
	int getVfIndex();

	/**
	 * Sets the value of the '{@link org.devassign.model.PciDevice#getVfIndex <em>Vf Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vf Index</em>' attribute.
	 * @see #getVfIndex()
	 * @generated
	 */
	void setVfIndex(int value);

} // PciDevice
