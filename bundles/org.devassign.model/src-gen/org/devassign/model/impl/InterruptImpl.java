/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.Trigger;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interrupt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#isEventfd <em>Eventfd</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#isMaskable <em>Maskable</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#isAutomasked <em>Automasked</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#isNoresize <em>Noresize</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getPin <em>Pin</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getController <em>Controller</em>}</li>
 *   <li>{@link org.devassign.model.impl.InterruptImpl#getSpecifier <em>Specifier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterruptImpl extends EObjectImpl implements Interrupt {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InterruptKind KIND_EDEFAULT = InterruptKind.INTX;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InterruptKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #isEventfd() <em>Eventfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEventfd()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EVENTFD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEventfd() <em>Eventfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEventfd()
	 * @generated
	 * @ordered
	 */
	protected boolean eventfd = EVENTFD_EDEFAULT;

	/**
	 * The default value of the '{@link #isMaskable() <em>Maskable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaskable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MASKABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMaskable() <em>Maskable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaskable()
	 * @generated
	 * @ordered
	 */
	protected boolean maskable = MASKABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAutomasked() <em>Automasked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomasked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTOMASKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAutomasked() <em>Automasked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomasked()
	 * @generated
	 * @ordered
	 */
	protected boolean automasked = AUTOMASKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoresize() <em>Noresize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoresize()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NORESIZE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoresize() <em>Noresize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoresize()
	 * @generated
	 * @ordered
	 */
	protected boolean noresize = NORESIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final Trigger TRIGGER_EDEFAULT = Trigger.UNKNOWN;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected Trigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPin() <em>Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPin()
	 * @generated
	 * @ordered
	 */
	protected static final String PIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPin() <em>Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPin()
	 * @generated
	 * @ordered
	 */
	protected String pin = PIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getController() <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getController()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTROLLER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getController() <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getController()
	 * @generated
	 * @ordered
	 */
	protected String controller = CONTROLLER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpecifier() <em>Specifier</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecifier()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> specifier;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterruptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.INTERRUPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (eContainerFeatureID() != DevAssignPackage.INTERRUPT__DEVICE) return null;
		return (Device)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDevice(Device newDevice, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDevice, DevAssignPackage.INTERRUPT__DEVICE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		if (newDevice != eInternalContainer() || (eContainerFeatureID() != DevAssignPackage.INTERRUPT__DEVICE && newDevice != null)) {
			if (EcoreUtil.isAncestor(this, newDevice))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDevice != null)
				msgs = ((InternalEObject)newDevice).eInverseAdd(this, DevAssignPackage.DEVICE__INTERRUPTS, Device.class, msgs);
			msgs = basicSetDevice(newDevice, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__DEVICE, newDevice, newDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterruptKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InterruptKind newKind) {
		InterruptKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEventfd() {
		return eventfd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventfd(boolean newEventfd) {
		boolean oldEventfd = eventfd;
		eventfd = newEventfd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__EVENTFD, oldEventfd, eventfd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMaskable() {
		return maskable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskable(boolean newMaskable) {
		boolean oldMaskable = maskable;
		maskable = newMaskable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__MASKABLE, oldMaskable, maskable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutomasked() {
		return automasked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomasked(boolean newAutomasked) {
		boolean oldAutomasked = automasked;
		automasked = newAutomasked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__AUTOMASKED, oldAutomasked, automasked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoresize() {
		return noresize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoresize(boolean newNoresize) {
		boolean oldNoresize = noresize;
		noresize = newNoresize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__NORESIZE, oldNoresize, noresize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(Trigger newTrigger) {
		Trigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPin() {
		return pin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPin(String newPin) {
		String oldPin = pin;
		pin = newPin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__PIN, oldPin, pin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getController() {
		return controller;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setController(String newController) {
		String oldController = controller;
		controller = newController;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.INTERRUPT__CONTROLLER, oldController, controller));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getSpecifier() {
		if (specifier == null) {
			specifier = new EDataTypeEList<Long>(Long.class, this, DevAssignPackage.INTERRUPT__SPECIFIER);
		}
		return specifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.INTERRUPT__DEVICE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDevice((Device)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.INTERRUPT__DEVICE:
				return basicSetDevice(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case DevAssignPackage.INTERRUPT__DEVICE:
				return eInternalContainer().eInverseRemove(this, DevAssignPackage.DEVICE__INTERRUPTS, Device.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.INTERRUPT__DEVICE:
				return getDevice();
			case DevAssignPackage.INTERRUPT__INDEX:
				return getIndex();
			case DevAssignPackage.INTERRUPT__KIND:
				return getKind();
			case DevAssignPackage.INTERRUPT__COUNT:
				return getCount();
			case DevAssignPackage.INTERRUPT__EVENTFD:
				return isEventfd();
			case DevAssignPackage.INTERRUPT__MASKABLE:
				return isMaskable();
			case DevAssignPackage.INTERRUPT__AUTOMASKED:
				return isAutomasked();
			case DevAssignPackage.INTERRUPT__NORESIZE:
				return isNoresize();
			case DevAssignPackage.INTERRUPT__TRIGGER:
				return getTrigger();
			case DevAssignPackage.INTERRUPT__PIN:
				return getPin();
			case DevAssignPackage.INTERRUPT__LINE:
				return getLine();
			case DevAssignPackage.INTERRUPT__CONTROLLER:
				return getController();
			case DevAssignPackage.INTERRUPT__SPECIFIER:
				return getSpecifier();
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
			case DevAssignPackage.INTERRUPT__DEVICE:
				setDevice((Device)newValue);
				return;
			case DevAssignPackage.INTERRUPT__INDEX:
				setIndex((Integer)newValue);
				return;
			case DevAssignPackage.INTERRUPT__KIND:
				setKind((InterruptKind)newValue);
				return;
			case DevAssignPackage.INTERRUPT__COUNT:
				setCount((Integer)newValue);
				return;
			case DevAssignPackage.INTERRUPT__EVENTFD:
				setEventfd((Boolean)newValue);
				return;
			case DevAssignPackage.INTERRUPT__MASKABLE:
				setMaskable((Boolean)newValue);
				return;
			case DevAssignPackage.INTERRUPT__AUTOMASKED:
				setAutomasked((Boolean)newValue);
				return;
			case DevAssignPackage.INTERRUPT__NORESIZE:
				setNoresize((Boolean)newValue);
				return;
			case DevAssignPackage.INTERRUPT__TRIGGER:
				setTrigger((Trigger)newValue);
				return;
			case DevAssignPackage.INTERRUPT__PIN:
				setPin((String)newValue);
				return;
			case DevAssignPackage.INTERRUPT__LINE:
				setLine((Integer)newValue);
				return;
			case DevAssignPackage.INTERRUPT__CONTROLLER:
				setController((String)newValue);
				return;
			case DevAssignPackage.INTERRUPT__SPECIFIER:
				getSpecifier().clear();
				getSpecifier().addAll((Collection<? extends Long>)newValue);
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
			case DevAssignPackage.INTERRUPT__DEVICE:
				setDevice((Device)null);
				return;
			case DevAssignPackage.INTERRUPT__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__EVENTFD:
				setEventfd(EVENTFD_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__MASKABLE:
				setMaskable(MASKABLE_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__AUTOMASKED:
				setAutomasked(AUTOMASKED_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__NORESIZE:
				setNoresize(NORESIZE_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__PIN:
				setPin(PIN_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__CONTROLLER:
				setController(CONTROLLER_EDEFAULT);
				return;
			case DevAssignPackage.INTERRUPT__SPECIFIER:
				getSpecifier().clear();
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
			case DevAssignPackage.INTERRUPT__DEVICE:
				return getDevice() != null;
			case DevAssignPackage.INTERRUPT__INDEX:
				return index != INDEX_EDEFAULT;
			case DevAssignPackage.INTERRUPT__KIND:
				return kind != KIND_EDEFAULT;
			case DevAssignPackage.INTERRUPT__COUNT:
				return count != COUNT_EDEFAULT;
			case DevAssignPackage.INTERRUPT__EVENTFD:
				return eventfd != EVENTFD_EDEFAULT;
			case DevAssignPackage.INTERRUPT__MASKABLE:
				return maskable != MASKABLE_EDEFAULT;
			case DevAssignPackage.INTERRUPT__AUTOMASKED:
				return automasked != AUTOMASKED_EDEFAULT;
			case DevAssignPackage.INTERRUPT__NORESIZE:
				return noresize != NORESIZE_EDEFAULT;
			case DevAssignPackage.INTERRUPT__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case DevAssignPackage.INTERRUPT__PIN:
				return PIN_EDEFAULT == null ? pin != null : !PIN_EDEFAULT.equals(pin);
			case DevAssignPackage.INTERRUPT__LINE:
				return line != LINE_EDEFAULT;
			case DevAssignPackage.INTERRUPT__CONTROLLER:
				return CONTROLLER_EDEFAULT == null ? controller != null : !CONTROLLER_EDEFAULT.equals(controller);
			case DevAssignPackage.INTERRUPT__SPECIFIER:
				return specifier != null && !specifier.isEmpty();
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
		result.append(" (index: ");
		result.append(index);
		result.append(", kind: ");
		result.append(kind);
		result.append(", count: ");
		result.append(count);
		result.append(", eventfd: ");
		result.append(eventfd);
		result.append(", maskable: ");
		result.append(maskable);
		result.append(", automasked: ");
		result.append(automasked);
		result.append(", noresize: ");
		result.append(noresize);
		result.append(", trigger: ");
		result.append(trigger);
		result.append(", pin: ");
		result.append(pin);
		result.append(", line: ");
		result.append(line);
		result.append(", controller: ");
		result.append(controller);
		result.append(", specifier: ");
		result.append(specifier);
		result.append(')');
		return result.toString();
	}

} //InterruptImpl
