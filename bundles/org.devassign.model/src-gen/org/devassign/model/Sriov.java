/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sriov</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical function's SR-IOV capability as the kernel reports it (sriov_* attributes in sysfs). VF n (from 0) has the routing ID of the PF plus vfOffset + n * vfStride (org.devassign.core.identity.SriovLayout): VFs are named by that address before they exist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.Sriov#getTotalVfs <em>Total Vfs</em>}</li>
 *   <li>{@link org.devassign.model.Sriov#getNumVfs <em>Num Vfs</em>}</li>
 *   <li>{@link org.devassign.model.Sriov#getVfOffset <em>Vf Offset</em>}</li>
 *   <li>{@link org.devassign.model.Sriov#getVfStride <em>Vf Stride</em>}</li>
 *   <li>{@link org.devassign.model.Sriov#getVfDeviceId <em>Vf Device Id</em>}</li>
 *   <li>{@link org.devassign.model.Sriov#isDriversAutoprobe <em>Drivers Autoprobe</em>}</li>
 *   <li>{@link org.devassign.model.Sriov#getVfRegions <em>Vf Regions</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getSriov()
 * @model
 * @generated
 */
public interface Sriov extends EObject {
	/**
	 * Returns the value of the '<em><b>Total Vfs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many VFs the PF can have (sriov_totalvfs: the capability's TotalVFs, or fewer when the PF's driver allows fewer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Vfs</em>' attribute.
	 * @see #setTotalVfs(int)
	 * @see org.devassign.model.DevAssignPackage#getSriov_TotalVfs()
	 * @model
	 * @generated
	 */
	int getTotalVfs();

	/**
	 * Sets the value of the '{@link org.devassign.model.Sriov#getTotalVfs <em>Total Vfs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Vfs</em>' attribute.
	 * @see #getTotalVfs()
	 * @generated
	 */
	void setTotalVfs(int value);

	/**
	 * Returns the value of the '<em><b>Num Vfs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many VFs were enabled when the board was discovered (sriov_numvfs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Num Vfs</em>' attribute.
	 * @see #setNumVfs(int)
	 * @see org.devassign.model.DevAssignPackage#getSriov_NumVfs()
	 * @model
	 * @generated
	 */
	int getNumVfs();

	/**
	 * Sets the value of the '{@link org.devassign.model.Sriov#getNumVfs <em>Num Vfs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Num Vfs</em>' attribute.
	 * @see #getNumVfs()
	 * @generated
	 */
	void setNumVfs(int value);

	/**
	 * Returns the value of the '<em><b>Vf Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First VF Offset, in routing IDs (sriov_offset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vf Offset</em>' attribute.
	 * @see #setVfOffset(int)
	 * @see org.devassign.model.DevAssignPackage#getSriov_VfOffset()
	 * @model
	 * @generated
	 */
	int getVfOffset();

	/**
	 * Sets the value of the '{@link org.devassign.model.Sriov#getVfOffset <em>Vf Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vf Offset</em>' attribute.
	 * @see #getVfOffset()
	 * @generated
	 */
	void setVfOffset(int value);

	/**
	 * Returns the value of the '<em><b>Vf Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VF Stride, in routing IDs (sriov_stride).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vf Stride</em>' attribute.
	 * @see #setVfStride(int)
	 * @see org.devassign.model.DevAssignPackage#getSriov_VfStride()
	 * @model
	 * @generated
	 */
	int getVfStride();

	/**
	 * Sets the value of the '{@link org.devassign.model.Sriov#getVfStride <em>Vf Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vf Stride</em>' attribute.
	 * @see #getVfStride()
	 * @generated
	 */
	void setVfStride(int value);

	/**
	 * Returns the value of the '<em><b>Vf Device Id</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VFs' PCI device ID (sriov_vf_device); -1 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vf Device Id</em>' attribute.
	 * @see #setVfDeviceId(int)
	 * @see org.devassign.model.DevAssignPackage#getSriov_VfDeviceId()
	 * @model default="-1"
	 * @generated
	 */
	int getVfDeviceId();

	/**
	 * Sets the value of the '{@link org.devassign.model.Sriov#getVfDeviceId <em>Vf Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vf Device Id</em>' attribute.
	 * @see #getVfDeviceId()
	 * @generated
	 */
	void setVfDeviceId(int value);

	/**
	 * Returns the value of the '<em><b>Drivers Autoprobe</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether host drivers probe new VFs (sriov_drivers_autoprobe). The agent turns it off while it creates VFs for VFIO, and restores it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drivers Autoprobe</em>' attribute.
	 * @see #setDriversAutoprobe(boolean)
	 * @see org.devassign.model.DevAssignPackage#getSriov_DriversAutoprobe()
	 * @model default="true"
	 * @generated
	 */
	boolean isDriversAutoprobe();

	/**
	 * Sets the value of the '{@link org.devassign.model.Sriov#isDriversAutoprobe <em>Drivers Autoprobe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drivers Autoprobe</em>' attribute.
	 * @see #isDriversAutoprobe()
	 * @generated
	 */
	void setDriversAutoprobe(boolean value);

	/**
	 * Returns the value of the '<em><b>Vf Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The BARs each VF has (the PF's VF BARs, sysfs resource lines 7 to 12): index and name as the VF's own BAR (BAR0..BAR5), the size of one VF's BAR, and the base of VF 0's (VF n's is n sizes above).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vf Regions</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getSriov_VfRegions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Region> getVfRegions();

} // Sriov
