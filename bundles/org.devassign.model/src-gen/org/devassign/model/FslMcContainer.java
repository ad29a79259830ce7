/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fsl Mc Container</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An NXP DPAA2 resource container (DPRC). vfio-fsl-mc binds it as a unit: its objects (the container's children) follow it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.FslMcContainer#getContainerId <em>Container Id</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getFslMcContainer()
 * @model
 * @generated
 */
public interface FslMcContainer extends Device {
	/**
	 * Returns the value of the '<em><b>Container Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Id</em>' attribute.
	 * @see #setContainerId(int)
	 * @see org.devassign.model.DevAssignPackage#getFslMcContainer_ContainerId()
	 * @model
	 * @generated
	 */
	int getContainerId();

	/**
	 * Sets the value of the '{@link org.devassign.model.FslMcContainer#getContainerId <em>Container Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Id</em>' attribute.
	 * @see #getContainerId()
	 * @generated
	 */
	void setContainerId(int value);

} // FslMcContainer
