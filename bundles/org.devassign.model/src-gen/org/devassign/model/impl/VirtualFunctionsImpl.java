/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.VirtualFunctions;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Functions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.VirtualFunctionsImpl#getPhysicalFunction <em>Physical Function</em>}</li>
 *   <li>{@link org.devassign.model.impl.VirtualFunctionsImpl#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualFunctionsImpl extends EObjectImpl implements VirtualFunctions {
	/**
	 * The cached value of the '{@link #getPhysicalFunction() <em>Physical Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalFunction()
	 * @generated
	 * @ordered
	 */
	protected Device physicalFunction;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualFunctionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.VIRTUAL_FUNCTIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getPhysicalFunction() {
		if (physicalFunction != null && physicalFunction.eIsProxy()) {
			InternalEObject oldPhysicalFunction = (InternalEObject)physicalFunction;
			physicalFunction = (Device)eResolveProxy(oldPhysicalFunction);
			if (physicalFunction != oldPhysicalFunction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION, oldPhysicalFunction, physicalFunction));
			}
		}
		return physicalFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetPhysicalFunction() {
		return physicalFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalFunction(Device newPhysicalFunction) {
		Device oldPhysicalFunction = physicalFunction;
		physicalFunction = newPhysicalFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION, oldPhysicalFunction, physicalFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.VIRTUAL_FUNCTIONS__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION:
				if (resolve) return getPhysicalFunction();
				return basicGetPhysicalFunction();
			case DevAssignPackage.VIRTUAL_FUNCTIONS__COUNT:
				return getCount();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DevAssignPackage.VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION:
				setPhysicalFunction((Device)newValue);
				return;
			case DevAssignPackage.VIRTUAL_FUNCTIONS__COUNT:
				setCount((Integer)newValue);
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
			case DevAssignPackage.VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION:
				setPhysicalFunction((Device)null);
				return;
			case DevAssignPackage.VIRTUAL_FUNCTIONS__COUNT:
				setCount(COUNT_EDEFAULT);
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
			case DevAssignPackage.VIRTUAL_FUNCTIONS__PHYSICAL_FUNCTION:
				return physicalFunction != null;
			case DevAssignPackage.VIRTUAL_FUNCTIONS__COUNT:
				return count != COUNT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (count: ");
		result.append(count);
		result.append(')');
		return result.toString();
	}

} //VirtualFunctionsImpl
