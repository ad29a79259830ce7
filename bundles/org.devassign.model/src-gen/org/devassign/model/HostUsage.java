/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host Usage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One thing the host uses a device for (org.devassign.core.rules.HostUse): name is the host's name of it (/dev/nvme0n1, eth1), description how it is used (mounted on /data).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.HostUsage#getKind <em>Kind</em>}</li>
 *   <li>{@link org.devassign.model.HostUsage#getName <em>Name</em>}</li>
 *   <li>{@link org.devassign.model.HostUsage#getDescription <em>Description</em>}</li>
 *   <li>{@link org.devassign.model.HostUsage#isInUse <em>In Use</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getHostUsage()
 * @model
 * @generated
 */
public interface HostUsage extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.HostUsageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.HostUsageKind
	 * @see #setKind(HostUsageKind)
	 * @see org.devassign.model.DevAssignPackage#getHostUsage_Kind()
	 * @model
	 * @generated
	 */
	HostUsageKind getKind();

	/**
	 * Sets the value of the '{@link org.devassign.model.HostUsage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.HostUsageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(HostUsageKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.devassign.model.DevAssignPackage#getHostUsage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.devassign.model.HostUsage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.devassign.model.DevAssignPackage#getHostUsage_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.devassign.model.HostUsage#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>In Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Taking the device away breaks something running: the agent refuses it unless the assignment says force. False for what is only lost (a block device nobody uses, an interface that is down).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Use</em>' attribute.
	 * @see #setInUse(boolean)
	 * @see org.devassign.model.DevAssignPackage#getHostUsage_InUse()
	 * @model
	 * @generated
	 */
	boolean isInUse();

	/**
	 * Sets the value of the '{@link org.devassign.model.HostUsage#isInUse <em>In Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Use</em>' attribute.
	 * @see #isInUse()
	 * @generated
	 */
	void setInUse(boolean value);

} // HostUsage
