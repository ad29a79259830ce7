/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dma Window</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.DmaWindow#getName <em>Name</em>}</li>
 *   <li>{@link org.devassign.model.DmaWindow#getIova <em>Iova</em>}</li>
 *   <li>{@link org.devassign.model.DmaWindow#getSize <em>Size</em>}</li>
 *   <li>{@link org.devassign.model.DmaWindow#isReadable <em>Readable</em>}</li>
 *   <li>{@link org.devassign.model.DmaWindow#isWritable <em>Writable</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getDmaWindow()
 * @model
 * @generated
 */
public interface DmaWindow extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.devassign.model.DevAssignPackage#getDmaWindow_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.devassign.model.DmaWindow#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Iova</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iova</em>' attribute.
	 * @see #setIova(long)
	 * @see org.devassign.model.DevAssignPackage#getDmaWindow_Iova()
	 * @model
	 * @generated
	 */
	long getIova();

	/**
	 * Sets the value of the '{@link org.devassign.model.DmaWindow#getIova <em>Iova</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iova</em>' attribute.
	 * @see #getIova()
	 * @generated
	 */
	void setIova(long value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.devassign.model.DevAssignPackage#getDmaWindow_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.devassign.model.DmaWindow#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Readable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readable</em>' attribute.
	 * @see #setReadable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getDmaWindow_Readable()
	 * @model default="true"
	 * @generated
	 */
	boolean isReadable();

	/**
	 * Sets the value of the '{@link org.devassign.model.DmaWindow#isReadable <em>Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readable</em>' attribute.
	 * @see #isReadable()
	 * @generated
	 */
	void setReadable(boolean value);

	/**
	 * Returns the value of the '<em><b>Writable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writable</em>' attribute.
	 * @see #setWritable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getDmaWindow_Writable()
	 * @model default="true"
	 * @generated
	 */
	boolean isWritable();

	/**
	 * Sets the value of the '{@link org.devassign.model.DmaWindow#isWritable <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable</em>' attribute.
	 * @see #isWritable()
	 * @generated
	 */
	void setWritable(boolean value);

} // DmaWindow
