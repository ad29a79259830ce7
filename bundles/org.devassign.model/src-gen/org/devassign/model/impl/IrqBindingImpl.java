/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.Interrupt;
import org.devassign.model.IrqBinding;
import org.devassign.model.IrqMode;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Irq Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.IrqBindingImpl#getInterrupt <em>Interrupt</em>}</li>
 *   <li>{@link org.devassign.model.impl.IrqBindingImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.devassign.model.impl.IrqBindingImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.devassign.model.impl.IrqBindingImpl#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IrqBindingImpl extends EObjectImpl implements IrqBinding {
	/**
	 * The cached value of the '{@link #getInterrupt() <em>Interrupt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterrupt()
	 * @generated
	 * @ordered
	 */
	protected Interrupt interrupt;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final IrqMode MODE_EDEFAULT = IrqMode.EVENTFD;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected IrqMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 1;

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
	protected IrqBindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.IRQ_BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interrupt getInterrupt() {
		if (interrupt != null && interrupt.eIsProxy()) {
			InternalEObject oldInterrupt = (InternalEObject)interrupt;
			interrupt = (Interrupt)eResolveProxy(oldInterrupt);
			if (interrupt != oldInterrupt) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.IRQ_BINDING__INTERRUPT, oldInterrupt, interrupt));
			}
		}
		return interrupt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Interrupt basicGetInterrupt() {
		return interrupt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterrupt(Interrupt newInterrupt) {
		Interrupt oldInterrupt = interrupt;
		interrupt = newInterrupt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.IRQ_BINDING__INTERRUPT, oldInterrupt, interrupt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IrqMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(IrqMode newMode) {
		IrqMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.IRQ_BINDING__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.IRQ_BINDING__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.IRQ_BINDING__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.IRQ_BINDING__INTERRUPT:
				if (resolve) return getInterrupt();
				return basicGetInterrupt();
			case DevAssignPackage.IRQ_BINDING__MODE:
				return getMode();
			case DevAssignPackage.IRQ_BINDING__START:
				return getStart();
			case DevAssignPackage.IRQ_BINDING__COUNT:
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
			case DevAssignPackage.IRQ_BINDING__INTERRUPT:
				setInterrupt((Interrupt)newValue);
				return;
			case DevAssignPackage.IRQ_BINDING__MODE:
				setMode((IrqMode)newValue);
				return;
			case DevAssignPackage.IRQ_BINDING__START:
				setStart((Integer)newValue);
				return;
			case DevAssignPackage.IRQ_BINDING__COUNT:
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
			case DevAssignPackage.IRQ_BINDING__INTERRUPT:
				setInterrupt((Interrupt)null);
				return;
			case DevAssignPackage.IRQ_BINDING__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case DevAssignPackage.IRQ_BINDING__START:
				setStart(START_EDEFAULT);
				return;
			case DevAssignPackage.IRQ_BINDING__COUNT:
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
			case DevAssignPackage.IRQ_BINDING__INTERRUPT:
				return interrupt != null;
			case DevAssignPackage.IRQ_BINDING__MODE:
				return mode != MODE_EDEFAULT;
			case DevAssignPackage.IRQ_BINDING__START:
				return start != START_EDEFAULT;
			case DevAssignPackage.IRQ_BINDING__COUNT:
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", start: ");
		result.append(start);
		result.append(", count: ");
		result.append(count);
		result.append(')');
		return result.toString();
	}

} //IrqBindingImpl
