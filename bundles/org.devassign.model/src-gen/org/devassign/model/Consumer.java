/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consumer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who gets devices: a VM guest, a user-space driver, or the agent's own probe.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.Consumer#getMemlockLimit <em>Memlock Limit</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getConsumer()
 * @model abstract="true"
 * @generated
 */
public interface Consumer extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Memlock Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RLIMIT_MEMLOCK of the consumer's process in bytes; unset when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memlock Limit</em>' attribute.
	 * @see #isSetMemlockLimit()
	 * @see #unsetMemlockLimit()
	 * @see #setMemlockLimit(long)
	 * @see org.devassign.model.DevAssignPackage#getConsumer_MemlockLimit()
	 * @model unsettable="true"
	 * @generated
	 */
	long getMemlockLimit();

	/**
	 * Sets the value of the '{@link org.devassign.model.Consumer#getMemlockLimit <em>Memlock Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memlock Limit</em>' attribute.
	 * @see #isSetMemlockLimit()
	 * @see #unsetMemlockLimit()
	 * @see #getMemlockLimit()
	 * @generated
	 */
	void setMemlockLimit(long value);

	/**
	 * Unsets the value of the '{@link org.devassign.model.Consumer#getMemlockLimit <em>Memlock Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemlockLimit()
	 * @see #getMemlockLimit()
	 * @see #setMemlockLimit(long)
	 * @generated
	 */
	void unsetMemlockLimit();

	/**
	 * Returns whether the value of the '{@link org.devassign.model.Consumer#getMemlockLimit <em>Memlock Limit</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memlock Limit</em>' attribute is set.
	 * @see #unsetMemlockLimit()
	 * @see #getMemlockLimit()
	 * @see #setMemlockLimit(long)
	 * @generated
	 */
	boolean isSetMemlockLimit();

} // Consumer
