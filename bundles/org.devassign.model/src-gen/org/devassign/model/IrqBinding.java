/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Irq Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.IrqBinding#getInterrupt <em>Interrupt</em>}</li>
 *   <li>{@link org.devassign.model.IrqBinding#getMode <em>Mode</em>}</li>
 *   <li>{@link org.devassign.model.IrqBinding#getStart <em>Start</em>}</li>
 *   <li>{@link org.devassign.model.IrqBinding#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getIrqBinding()
 * @model
 * @generated
 */
public interface IrqBinding extends EObject {
	/**
	 * Returns the value of the '<em><b>Interrupt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupt</em>' reference.
	 * @see #setInterrupt(Interrupt)
	 * @see org.devassign.model.DevAssignPackage#getIrqBinding_Interrupt()
	 * @model
	 * @generated
	 */
	Interrupt getInterrupt();

	/**
	 * Sets the value of the '{@link org.devassign.model.IrqBinding#getInterrupt <em>Interrupt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupt</em>' reference.
	 * @see #getInterrupt()
	 * @generated
	 */
	void setInterrupt(Interrupt value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.IrqMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.devassign.model.IrqMode
	 * @see #setMode(IrqMode)
	 * @see org.devassign.model.DevAssignPackage#getIrqBinding_Mode()
	 * @model
	 * @generated
	 */
	IrqMode getMode();

	/**
	 * Sets the value of the '{@link org.devassign.model.IrqBinding#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.devassign.model.IrqMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(IrqMode value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.devassign.model.DevAssignPackage#getIrqBinding_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.devassign.model.IrqBinding#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.devassign.model.DevAssignPackage#getIrqBinding_Count()
	 * @model default="1"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.devassign.model.IrqBinding#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

} // IrqBinding
