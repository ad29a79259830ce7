/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Functions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A count of virtual functions to create on a physical function: the agent writes it to sriov_numvfs (host drivers kept off them) and removes them again on rollback.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.VirtualFunctions#getPhysicalFunction <em>Physical Function</em>}</li>
 *   <li>{@link org.devassign.model.VirtualFunctions#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getVirtualFunctions()
 * @model
 * @generated
 */
public interface VirtualFunctions extends EObject {
	/**
	 * Returns the value of the '<em><b>Physical Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Function</em>' reference.
	 * @see #setPhysicalFunction(Device)
	 * @see org.devassign.model.DevAssignPackage#getVirtualFunctions_PhysicalFunction()
	 * @model
	 * @generated
	 */
	Device getPhysicalFunction();

	/**
	 * Sets the value of the '{@link org.devassign.model.VirtualFunctions#getPhysicalFunction <em>Physical Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Function</em>' reference.
	 * @see #getPhysicalFunction()
	 * @generated
	 */
	void setPhysicalFunction(Device value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.devassign.model.DevAssignPackage#getVirtualFunctions_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.devassign.model.VirtualFunctions#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

} // VirtualFunctions
