/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consumer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.ConsumerImpl#getMemlockLimit <em>Memlock Limit</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ConsumerImpl extends NamedElementImpl implements Consumer {
	/**
	 * The default value of the '{@link #getMemlockLimit() <em>Memlock Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemlockLimit()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMLOCK_LIMIT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemlockLimit() <em>Memlock Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemlockLimit()
	 * @generated
	 * @ordered
	 */
	protected long memlockLimit = MEMLOCK_LIMIT_EDEFAULT;

	/**
	 * This is true if the Memlock Limit attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memlockLimitESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsumerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.CONSUMER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemlockLimit() {
		return memlockLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemlockLimit(long newMemlockLimit) {
		long oldMemlockLimit = memlockLimit;
		memlockLimit = newMemlockLimit;
		boolean oldMemlockLimitESet = memlockLimitESet;
		memlockLimitESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.CONSUMER__MEMLOCK_LIMIT, oldMemlockLimit, memlockLimit, !oldMemlockLimitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemlockLimit() {
		long oldMemlockLimit = memlockLimit;
		boolean oldMemlockLimitESet = memlockLimitESet;
		memlockLimit = MEMLOCK_LIMIT_EDEFAULT;
		memlockLimitESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DevAssignPackage.CONSUMER__MEMLOCK_LIMIT, oldMemlockLimit, MEMLOCK_LIMIT_EDEFAULT, oldMemlockLimitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMemlockLimit() {
		return memlockLimitESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.CONSUMER__MEMLOCK_LIMIT:
				return getMemlockLimit();
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
			case DevAssignPackage.CONSUMER__MEMLOCK_LIMIT:
				setMemlockLimit((Long)newValue);
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
			case DevAssignPackage.CONSUMER__MEMLOCK_LIMIT:
				unsetMemlockLimit();
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
			case DevAssignPackage.CONSUMER__MEMLOCK_LIMIT:
				return isSetMemlockLimit();
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
		result.append(" (memlockLimit: ");
		if (memlockLimitESet) result.append(memlockLimit); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ConsumerImpl
