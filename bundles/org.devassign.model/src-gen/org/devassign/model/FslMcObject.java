/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fsl Mc Object</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An object inside a DPRC (dpni, dpio, dpbp, dpmcp, dpcon, ...); its parent is the container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.FslMcObject#getObjectType <em>Object Type</em>}</li>
 *   <li>{@link org.devassign.model.FslMcObject#getObjectId <em>Object Id</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getFslMcObject()
 * @model
 * @generated
 */
public interface FslMcObject extends Device {
	/**
	 * Returns the value of the '<em><b>Object Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Type</em>' attribute.
	 * @see #setObjectType(String)
	 * @see org.devassign.model.DevAssignPackage#getFslMcObject_ObjectType()
	 * @model
	 * @generated
	 */
	String getObjectType();

	/**
	 * Sets the value of the '{@link org.devassign.model.FslMcObject#getObjectType <em>Object Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Type</em>' attribute.
	 * @see #getObjectType()
	 * @generated
	 */
	void setObjectType(String value);

	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Id</em>' attribute.
	 * @see #setObjectId(int)
	 * @see org.devassign.model.DevAssignPackage#getFslMcObject_ObjectId()
	 * @model
	 * @generated
	 */
	int getObjectId();

	/**
	 * Sets the value of the '{@link org.devassign.model.FslMcObject#getObjectId <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' attribute.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(int value);

} // FslMcObject
