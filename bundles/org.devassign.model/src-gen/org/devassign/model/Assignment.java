/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One device, or one whole IOMMU group, given to one consumer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.Assignment#getConsumer <em>Consumer</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getDevice <em>Device</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getGroup <em>Group</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getPhysicalFunction <em>Physical Function</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getFirstVf <em>First Vf</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getLastVf <em>Last Vf</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getOpenPath <em>Open Path</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getIrqs <em>Irqs</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getDmaWindows <em>Dma Windows</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#getResetPolicy <em>Reset Policy</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#isPersistent <em>Persistent</em>}</li>
 *   <li>{@link org.devassign.model.Assignment#isForce <em>Force</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getAssignment()
 * @model
 * @generated
 */
public interface Assignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Consumer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumer</em>' reference.
	 * @see #setConsumer(Consumer)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Consumer()
	 * @model
	 * @generated
	 */
	Consumer getConsumer();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getConsumer <em>Consumer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consumer</em>' reference.
	 * @see #getConsumer()
	 * @generated
	 */
	void setConsumer(Consumer value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(IommuGroup)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Group()
	 * @model
	 * @generated
	 */
	IommuGroup getGroup();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(IommuGroup value);

	/**
	 * Returns the value of the '<em><b>Physical Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an assignment of virtual functions (assign nic0.vf[0..3]): their physical function; device and group are then unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Physical Function</em>' reference.
	 * @see #setPhysicalFunction(Device)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_PhysicalFunction()
	 * @model
	 * @generated
	 */
	Device getPhysicalFunction();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getPhysicalFunction <em>Physical Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Function</em>' reference.
	 * @see #getPhysicalFunction()
	 * @generated
	 */
	void setPhysicalFunction(Device value);

	/**
	 * Returns the value of the '<em><b>First Vf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first VF the assignment takes, from 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Vf</em>' attribute.
	 * @see #setFirstVf(int)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_FirstVf()
	 * @model
	 * @generated
	 */
	int getFirstVf();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getFirstVf <em>First Vf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Vf</em>' attribute.
	 * @see #getFirstVf()
	 * @generated
	 */
	void setFirstVf(int value);

	/**
	 * Returns the value of the '<em><b>Last Vf</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last VF it takes; -1 when it takes only firstVf.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Vf</em>' attribute.
	 * @see #setLastVf(int)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_LastVf()
	 * @model default="-1"
	 * @generated
	 */
	int getLastVf();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getLastVf <em>Last Vf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Vf</em>' attribute.
	 * @see #getLastVf()
	 * @generated
	 */
	void setLastVf(int value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.VfioDriver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see org.devassign.model.VfioDriver
	 * @see #setDriver(VfioDriver)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Driver()
	 * @model
	 * @generated
	 */
	VfioDriver getDriver();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see org.devassign.model.VfioDriver
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(VfioDriver value);

	/**
	 * Returns the value of the '<em><b>Open Path</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.OpenPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Open Path</em>' attribute.
	 * @see org.devassign.model.OpenPath
	 * @see #setOpenPath(OpenPath)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_OpenPath()
	 * @model
	 * @generated
	 */
	OpenPath getOpenPath();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getOpenPath <em>Open Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Open Path</em>' attribute.
	 * @see org.devassign.model.OpenPath
	 * @see #getOpenPath()
	 * @generated
	 */
	void setOpenPath(OpenPath value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.RegionMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegionMapping> getRegions();

	/**
	 * Returns the value of the '<em><b>Irqs</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.IrqBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Irqs</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Irqs()
	 * @model containment="true"
	 * @generated
	 */
	EList<IrqBinding> getIrqs();

	/**
	 * Returns the value of the '<em><b>Dma Windows</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.DmaWindow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dma Windows</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getAssignment_DmaWindows()
	 * @model containment="true"
	 * @generated
	 */
	EList<DmaWindow> getDmaWindows();

	/**
	 * Returns the value of the '<em><b>Reset Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.ResetPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reset Policy</em>' attribute.
	 * @see org.devassign.model.ResetPolicy
	 * @see #setResetPolicy(ResetPolicy)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_ResetPolicy()
	 * @model
	 * @generated
	 */
	ResetPolicy getResetPolicy();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#getResetPolicy <em>Reset Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reset Policy</em>' attribute.
	 * @see org.devassign.model.ResetPolicy
	 * @see #getResetPolicy()
	 * @generated
	 */
	void setResetPolicy(ResetPolicy value);

	/**
	 * Returns the value of the '<em><b>Persistent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep the binding across reboots (driverctl, udev or modprobe.d rules are generated for it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persistent</em>' attribute.
	 * @see #setPersistent(boolean)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Persistent()
	 * @model
	 * @generated
	 */
	boolean isPersistent();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#isPersistent <em>Persistent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persistent</em>' attribute.
	 * @see #isPersistent()
	 * @generated
	 */
	void setPersistent(boolean value);

	/**
	 * Returns the value of the '<em><b>Force</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Take the device even though the host uses it (a mounted file system, an interface that is up, ...): the agent refuses such a device otherwise. Protected devices stay refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Force</em>' attribute.
	 * @see #setForce(boolean)
	 * @see org.devassign.model.DevAssignPackage#getAssignment_Force()
	 * @model
	 * @generated
	 */
	boolean isForce();

	/**
	 * Sets the value of the '{@link org.devassign.model.Assignment#isForce <em>Force</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Force</em>' attribute.
	 * @see #isForce()
	 * @generated
	 */
	void setForce(boolean value);

} // Assignment
