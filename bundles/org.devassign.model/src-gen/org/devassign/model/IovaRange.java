/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Iova Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inclusive range of I/O virtual addresses, compared unsigned (a last of -1 is 2^64-1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.IovaRange#getStart <em>Start</em>}</li>
 *   <li>{@link org.devassign.model.IovaRange#getLast <em>Last</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getIovaRange()
 * @model
 * @generated
 */
public interface IovaRange extends EObject {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(long)
	 * @see org.devassign.model.DevAssignPackage#getIovaRange_Start()
	 * @model
	 * @generated
	 */
	long getStart();

	/**
	 * Sets the value of the '{@link org.devassign.model.IovaRange#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(long value);

	/**
	 * Returns the value of the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last</em>' attribute.
	 * @see #setLast(long)
	 * @see org.devassign.model.DevAssignPackage#getIovaRange_Last()
	 * @model
	 * @generated
	 */
	long getLast();

	/**
	 * Sets the value of the '{@link org.devassign.model.IovaRange#getLast <em>Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last</em>' attribute.
	 * @see #getLast()
	 * @generated
	 */
	void setLast(long value);

} // IovaRange
