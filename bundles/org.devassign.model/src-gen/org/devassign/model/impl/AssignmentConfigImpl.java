/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Import;
import org.devassign.model.VirtualFunctions;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assignment Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.AssignmentConfigImpl#getImports <em>Imports</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentConfigImpl#getBoard <em>Board</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentConfigImpl#getInlineBoard <em>Inline Board</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentConfigImpl#getConsumers <em>Consumers</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentConfigImpl#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentConfigImpl#getVirtualFunctions <em>Virtual Functions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssignmentConfigImpl extends NamedElementImpl implements AssignmentConfig {
	/**
	 * The cached value of the '{@link #getImports() <em>Imports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImports()
	 * @generated
	 * @ordered
	 */
	protected EList<Import> imports;

	/**
	 * The cached value of the '{@link #getBoard() <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected Board board;

	/**
	 * The cached value of the '{@link #getInlineBoard() <em>Inline Board</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInlineBoard()
	 * @generated
	 * @ordered
	 */
	protected Board inlineBoard;

	/**
	 * The cached value of the '{@link #getConsumers() <em>Consumers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumers()
	 * @generated
	 * @ordered
	 */
	protected EList<Consumer> consumers;

	/**
	 * The cached value of the '{@link #getAssignments() <em>Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assignment> assignments;

	/**
	 * The cached value of the '{@link #getVirtualFunctions() <em>Virtual Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualFunctions> virtualFunctions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssignmentConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.ASSIGNMENT_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Import> getImports() {
		if (imports == null) {
			imports = new EObjectContainmentEList<Import>(Import.class, this, DevAssignPackage.ASSIGNMENT_CONFIG__IMPORTS);
		}
		return imports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Board getBoard() {
		if (board != null && board.eIsProxy()) {
			InternalEObject oldBoard = (InternalEObject)board;
			board = (Board)eResolveProxy(oldBoard);
			if (board != oldBoard) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.ASSIGNMENT_CONFIG__BOARD, oldBoard, board));
			}
		}
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Board basicGetBoard() {
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoard(Board newBoard) {
		Board oldBoard = board;
		board = newBoard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT_CONFIG__BOARD, oldBoard, board));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Board getInlineBoard() {
		return inlineBoard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInlineBoard(Board newInlineBoard, NotificationChain msgs) {
		Board oldInlineBoard = inlineBoard;
		inlineBoard = newInlineBoard;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD, oldInlineBoard, newInlineBoard);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInlineBoard(Board newInlineBoard) {
		if (newInlineBoard != inlineBoard) {
			NotificationChain msgs = null;
			if (inlineBoard != null)
				msgs = ((InternalEObject)inlineBoard).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD, null, msgs);
			if (newInlineBoard != null)
				msgs = ((InternalEObject)newInlineBoard).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD, null, msgs);
			msgs = basicSetInlineBoard(newInlineBoard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD, newInlineBoard, newInlineBoard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consumer> getConsumers() {
		if (consumers == null) {
			consumers = new EObjectContainmentEList<Consumer>(Consumer.class, this, DevAssignPackage.ASSIGNMENT_CONFIG__CONSUMERS);
		}
		return consumers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assignment> getAssignments() {
		if (assignments == null) {
			assignments = new EObjectContainmentEList<Assignment>(Assignment.class, this, DevAssignPackage.ASSIGNMENT_CONFIG__ASSIGNMENTS);
		}
		return assignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualFunctions> getVirtualFunctions() {
		if (virtualFunctions == null) {
			virtualFunctions = new EObjectContainmentEList<VirtualFunctions>(VirtualFunctions.class, this, DevAssignPackage.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS);
		}
		return virtualFunctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.ASSIGNMENT_CONFIG__IMPORTS:
				return ((InternalEList<?>)getImports()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD:
				return basicSetInlineBoard(null, msgs);
			case DevAssignPackage.ASSIGNMENT_CONFIG__CONSUMERS:
				return ((InternalEList<?>)getConsumers()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.ASSIGNMENT_CONFIG__ASSIGNMENTS:
				return ((InternalEList<?>)getAssignments()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS:
				return ((InternalEList<?>)getVirtualFunctions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.ASSIGNMENT_CONFIG__IMPORTS:
				return getImports();
			case DevAssignPackage.ASSIGNMENT_CONFIG__BOARD:
				if (resolve) return getBoard();
				return basicGetBoard();
			case DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD:
				return getInlineBoard();
			case DevAssignPackage.ASSIGNMENT_CONFIG__CONSUMERS:
				return getConsumers();
			case DevAssignPackage.ASSIGNMENT_CONFIG__ASSIGNMENTS:
				return getAssignments();
			case DevAssignPackage.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS:
				return getVirtualFunctions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DevAssignPackage.ASSIGNMENT_CONFIG__IMPORTS:
				getImports().clear();
				getImports().addAll((Collection<? extends Import>)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__BOARD:
				setBoard((Board)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD:
				setInlineBoard((Board)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__CONSUMERS:
				getConsumers().clear();
				getConsumers().addAll((Collection<? extends Consumer>)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__ASSIGNMENTS:
				getAssignments().clear();
				getAssignments().addAll((Collection<? extends Assignment>)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS:
				getVirtualFunctions().clear();
				getVirtualFunctions().addAll((Collection<? extends VirtualFunctions>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DevAssignPackage.ASSIGNMENT_CONFIG__IMPORTS:
				getImports().clear();
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__BOARD:
				setBoard((Board)null);
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD:
				setInlineBoard((Board)null);
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__CONSUMERS:
				getConsumers().clear();
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__ASSIGNMENTS:
				getAssignments().clear();
				return;
			case DevAssignPackage.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS:
				getVirtualFunctions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DevAssignPackage.ASSIGNMENT_CONFIG__IMPORTS:
				return imports != null && !imports.isEmpty();
			case DevAssignPackage.ASSIGNMENT_CONFIG__BOARD:
				return board != null;
			case DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD:
				return inlineBoard != null;
			case DevAssignPackage.ASSIGNMENT_CONFIG__CONSUMERS:
				return consumers != null && !consumers.isEmpty();
			case DevAssignPackage.ASSIGNMENT_CONFIG__ASSIGNMENTS:
				return assignments != null && !assignments.isEmpty();
			case DevAssignPackage.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS:
				return virtualFunctions != null && !virtualFunctions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AssignmentConfigImpl
