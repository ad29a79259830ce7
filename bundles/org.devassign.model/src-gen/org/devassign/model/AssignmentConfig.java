/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assignment Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an .assign file: intent for one board.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.AssignmentConfig#getImports <em>Imports</em>}</li>
 *   <li>{@link org.devassign.model.AssignmentConfig#getBoard <em>Board</em>}</li>
 *   <li>{@link org.devassign.model.AssignmentConfig#getInlineBoard <em>Inline Board</em>}</li>
 *   <li>{@link org.devassign.model.AssignmentConfig#getConsumers <em>Consumers</em>}</li>
 *   <li>{@link org.devassign.model.AssignmentConfig#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.devassign.model.AssignmentConfig#getVirtualFunctions <em>Virtual Functions</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getAssignmentConfig()
 * @model
 * @generated
 */
public interface AssignmentConfig extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Imports</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Import}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imports</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getAssignmentConfig_Imports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Import> getImports();

	/**
	 * Returns the value of the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The board the config is for: in a .board file, or the inline board.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Board</em>' reference.
	 * @see #setBoard(Board)
	 * @see org.devassign.model.DevAssignPackage#getAssignmentConfig_Board()
	 * @model
	 * @generated
	 */
	Board getBoard();

	/**
	 * Sets the value of the '{@link org.devassign.model.AssignmentConfig#getBoard <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' reference.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(Board value);

	/**
	 * Returns the value of the '<em><b>Inline Board</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A board written inside the config, for planning before the hardware exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inline Board</em>' containment reference.
	 * @see #setInlineBoard(Board)
	 * @see org.devassign.model.DevAssignPackage#getAssignmentConfig_InlineBoard()
	 * @model containment="true"
	 * @generated
	 */
	Board getInlineBoard();

	/**
	 * Sets the value of the '{@link org.devassign.model.AssignmentConfig#getInlineBoard <em>Inline Board</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inline Board</em>' containment reference.
	 * @see #getInlineBoard()
	 * @generated
	 */
	void setInlineBoard(Board value);

	/**
	 * Returns the value of the '<em><b>Consumers</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Consumer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumers</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getAssignmentConfig_Consumers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consumer> getConsumers();

	/**
	 * Returns the value of the '<em><b>Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.Assignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignments</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getAssignmentConfig_Assignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assignment> getAssignments();

	/**
	 * Returns the value of the '<em><b>Virtual Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.VirtualFunctions}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The virtual functions the config creates on physical functions (vfs nic0 count 4), before its assignments take them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Functions</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getAssignmentConfig_VirtualFunctions()
	 * @model containment="true"
	 * @generated
	 */
	EList<VirtualFunctions> getVirtualFunctions();

} // AssignmentConfig
