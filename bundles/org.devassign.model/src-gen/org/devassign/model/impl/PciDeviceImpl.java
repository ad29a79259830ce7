/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.PciDevice;
import org.devassign.model.Sriov;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pci Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getBus <em>Bus</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getSubsystemVendorId <em>Subsystem Vendor Id</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getSubsystemDeviceId <em>Subsystem Device Id</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getClassCode <em>Class Code</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#isBridge <em>Bridge</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#isMultifunction <em>Multifunction</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getSriov <em>Sriov</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getPhysicalFunction <em>Physical Function</em>}</li>
 *   <li>{@link org.devassign.model.impl.PciDeviceImpl#getVfIndex <em>Vf Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PciDeviceImpl extends DeviceImpl implements PciDevice {
	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final int DOMAIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected int domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBus() <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBus()
	 * @generated
	 * @ordered
	 */
	protected static final int BUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBus() <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBus()
	 * @generated
	 * @ordered
	 */
	protected int bus = BUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected int slot = SLOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final int FUNCTION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected int function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected static final int VENDOR_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected int vendorId = VENDOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected int deviceId = DEVICE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsystemVendorId() <em>Subsystem Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsystemVendorId()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSYSTEM_VENDOR_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSubsystemVendorId() <em>Subsystem Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsystemVendorId()
	 * @generated
	 * @ordered
	 */
	protected int subsystemVendorId = SUBSYSTEM_VENDOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsystemDeviceId() <em>Subsystem Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsystemDeviceId()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSYSTEM_DEVICE_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSubsystemDeviceId() <em>Subsystem Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsystemDeviceId()
	 * @generated
	 * @ordered
	 */
	protected int subsystemDeviceId = SUBSYSTEM_DEVICE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassCode() <em>Class Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCode()
	 * @generated
	 * @ordered
	 */
	protected static final int CLASS_CODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getClassCode() <em>Class Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCode()
	 * @generated
	 * @ordered
	 */
	protected int classCode = CLASS_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected int revision = REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #isBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBridge()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BRIDGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBridge()
	 * @generated
	 * @ordered
	 */
	protected boolean bridge = BRIDGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMultifunction() <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultifunction()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MULTIFUNCTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMultifunction() <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultifunction()
	 * @generated
	 * @ordered
	 */
	protected boolean multifunction = MULTIFUNCTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSriov() <em>Sriov</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSriov()
	 * @generated
	 * @ordered
	 */
	protected Sriov sriov;

	/**
	 * The cached value of the '{@link #getPhysicalFunction() <em>Physical Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalFunction()
	 * @generated
	 * @ordered
	 */
	protected PciDevice physicalFunction;

	/**
	 * The default value of the '{@link #getVfIndex() <em>Vf Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int VF_INDEX_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getVfIndex() <em>Vf Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfIndex()
	 * @generated
	 * @ordered
	 */
	protected int vfIndex = VF_INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PciDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.PCI_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(int newDomain) {
		int oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBus() {
		return bus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBus(int newBus) {
		int oldBus = bus;
		bus = newBus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__BUS, oldBus, bus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(int newSlot) {
		int oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__SLOT, oldSlot, slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(int newFunction) {
		int oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVendorId() {
		return vendorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorId(int newVendorId) {
		int oldVendorId = vendorId;
		vendorId = newVendorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__VENDOR_ID, oldVendorId, vendorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceId() {
		return deviceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceId(int newDeviceId) {
		int oldDeviceId = deviceId;
		deviceId = newDeviceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__DEVICE_ID, oldDeviceId, deviceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubsystemVendorId() {
		return subsystemVendorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsystemVendorId(int newSubsystemVendorId) {
		int oldSubsystemVendorId = subsystemVendorId;
		subsystemVendorId = newSubsystemVendorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__SUBSYSTEM_VENDOR_ID, oldSubsystemVendorId, subsystemVendorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubsystemDeviceId() {
		return subsystemDeviceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsystemDeviceId(int newSubsystemDeviceId) {
		int oldSubsystemDeviceId = subsystemDeviceId;
		subsystemDeviceId = newSubsystemDeviceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__SUBSYSTEM_DEVICE_ID, oldSubsystemDeviceId, subsystemDeviceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClassCode() {
		return classCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassCode(int newClassCode) {
		int oldClassCode = classCode;
		classCode = newClassCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__CLASS_CODE, oldClassCode, classCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(int newRevision) {
		int oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBridge() {
		return bridge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBridge(boolean newBridge) {
		boolean oldBridge = bridge;
		bridge = newBridge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__BRIDGE, oldBridge, bridge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMultifunction() {
		return multifunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultifunction(boolean newMultifunction) {
		boolean oldMultifunction = multifunction;
		multifunction = newMultifunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__MULTIFUNCTION, oldMultifunction, multifunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sriov getSriov() {
		return sriov;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSriov(Sriov newSriov, NotificationChain msgs) {
		Sriov oldSriov = sriov;
		sriov = newSriov;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__SRIOV, oldSriov, newSriov);
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
	public void setSriov(Sriov newSriov) {
		if (newSriov != sriov) {
			NotificationChain msgs = null;
			if (sriov != null)
				msgs = ((InternalEObject)sriov).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DevAssignPackage.PCI_DEVICE__SRIOV, null, msgs);
			if (newSriov != null)
				msgs = ((InternalEObject)newSriov).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DevAssignPackage.PCI_DEVICE__SRIOV, null, msgs);
			msgs = basicSetSriov(newSriov, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__SRIOV, newSriov, newSriov));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciDevice getPhysicalFunction() {
		if (physicalFunction != null && physicalFunction.eIsProxy()) {
			InternalEObject oldPhysicalFunction = (InternalEObject)physicalFunction;
			physicalFunction = (PciDevice)eResolveProxy(oldPhysicalFunction);
			if (physicalFunction != oldPhysicalFunction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.PCI_DEVICE__PHYSICAL_FUNCTION, oldPhysicalFunction, physicalFunction));
			}
		}
		return physicalFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PciDevice basicGetPhysicalFunction() {
		return physicalFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalFunction(PciDevice newPhysicalFunction) {
		PciDevice oldPhysicalFunction = physicalFunction;
		physicalFunction = newPhysicalFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__PHYSICAL_FUNCTION, oldPhysicalFunction, physicalFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVfIndex() {
		return vfIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVfIndex(int newVfIndex) {
		int oldVfIndex = vfIndex;
		vfIndex = newVfIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PCI_DEVICE__VF_INDEX, oldVfIndex, vfIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.PCI_DEVICE__SRIOV:
				return basicSetSriov(null, msgs);
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
			case DevAssignPackage.PCI_DEVICE__DOMAIN:
				return getDomain();
			case DevAssignPackage.PCI_DEVICE__BUS:
				return getBus();
			case DevAssignPackage.PCI_DEVICE__SLOT:
				return getSlot();
			case DevAssignPackage.PCI_DEVICE__FUNCTION:
				return getFunction();
			case DevAssignPackage.PCI_DEVICE__VENDOR_ID:
				return getVendorId();
			case DevAssignPackage.PCI_DEVICE__DEVICE_ID:
				return getDeviceId();
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_VENDOR_ID:
				return getSubsystemVendorId();
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_DEVICE_ID:
				return getSubsystemDeviceId();
			case DevAssignPackage.PCI_DEVICE__CLASS_CODE:
				return getClassCode();
			case DevAssignPackage.PCI_DEVICE__REVISION:
				return getRevision();
			case DevAssignPackage.PCI_DEVICE__BRIDGE:
				return isBridge();
			case DevAssignPackage.PCI_DEVICE__MULTIFUNCTION:
				return isMultifunction();
			case DevAssignPackage.PCI_DEVICE__SRIOV:
				return getSriov();
			case DevAssignPackage.PCI_DEVICE__PHYSICAL_FUNCTION:
				if (resolve) return getPhysicalFunction();
				return basicGetPhysicalFunction();
			case DevAssignPackage.PCI_DEVICE__VF_INDEX:
				return getVfIndex();
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
			case DevAssignPackage.PCI_DEVICE__DOMAIN:
				setDomain((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__BUS:
				setBus((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__SLOT:
				setSlot((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__FUNCTION:
				setFunction((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__VENDOR_ID:
				setVendorId((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__DEVICE_ID:
				setDeviceId((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_VENDOR_ID:
				setSubsystemVendorId((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_DEVICE_ID:
				setSubsystemDeviceId((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__CLASS_CODE:
				setClassCode((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__REVISION:
				setRevision((Integer)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__BRIDGE:
				setBridge((Boolean)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__MULTIFUNCTION:
				setMultifunction((Boolean)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__SRIOV:
				setSriov((Sriov)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__PHYSICAL_FUNCTION:
				setPhysicalFunction((PciDevice)newValue);
				return;
			case DevAssignPackage.PCI_DEVICE__VF_INDEX:
				setVfIndex((Integer)newValue);
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
			case DevAssignPackage.PCI_DEVICE__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__BUS:
				setBus(BUS_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__SLOT:
				setSlot(SLOT_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__VENDOR_ID:
				setVendorId(VENDOR_ID_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__DEVICE_ID:
				setDeviceId(DEVICE_ID_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_VENDOR_ID:
				setSubsystemVendorId(SUBSYSTEM_VENDOR_ID_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_DEVICE_ID:
				setSubsystemDeviceId(SUBSYSTEM_DEVICE_ID_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__CLASS_CODE:
				setClassCode(CLASS_CODE_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__BRIDGE:
				setBridge(BRIDGE_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__MULTIFUNCTION:
				setMultifunction(MULTIFUNCTION_EDEFAULT);
				return;
			case DevAssignPackage.PCI_DEVICE__SRIOV:
				setSriov((Sriov)null);
				return;
			case DevAssignPackage.PCI_DEVICE__PHYSICAL_FUNCTION:
				setPhysicalFunction((PciDevice)null);
				return;
			case DevAssignPackage.PCI_DEVICE__VF_INDEX:
				setVfIndex(VF_INDEX_EDEFAULT);
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
			case DevAssignPackage.PCI_DEVICE__DOMAIN:
				return domain != DOMAIN_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__BUS:
				return bus != BUS_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__SLOT:
				return slot != SLOT_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__FUNCTION:
				return function != FUNCTION_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__VENDOR_ID:
				return vendorId != VENDOR_ID_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__DEVICE_ID:
				return deviceId != DEVICE_ID_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_VENDOR_ID:
				return subsystemVendorId != SUBSYSTEM_VENDOR_ID_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__SUBSYSTEM_DEVICE_ID:
				return subsystemDeviceId != SUBSYSTEM_DEVICE_ID_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__CLASS_CODE:
				return classCode != CLASS_CODE_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__REVISION:
				return revision != REVISION_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__BRIDGE:
				return bridge != BRIDGE_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__MULTIFUNCTION:
				return multifunction != MULTIFUNCTION_EDEFAULT;
			case DevAssignPackage.PCI_DEVICE__SRIOV:
				return sriov != null;
			case DevAssignPackage.PCI_DEVICE__PHYSICAL_FUNCTION:
				return physicalFunction != null;
			case DevAssignPackage.PCI_DEVICE__VF_INDEX:
				return vfIndex != VF_INDEX_EDEFAULT;
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
		result.append(" (domain: ");
		result.append(domain);
		result.append(", bus: ");
		result.append(bus);
		result.append(", slot: ");
		result.append(slot);
		result.append(", function: ");
		result.append(function);
		result.append(", vendorId: ");
		result.append(vendorId);
		result.append(", deviceId: ");
		result.append(deviceId);
		result.append(", subsystemVendorId: ");
		result.append(subsystemVendorId);
		result.append(", subsystemDeviceId: ");
		result.append(subsystemDeviceId);
		result.append(", classCode: ");
		result.append(classCode);
		result.append(", revision: ");
		result.append(revision);
		result.append(", bridge: ");
		result.append(bridge);
		result.append(", multifunction: ");
		result.append(multifunction);
		result.append(", vfIndex: ");
		result.append(vfIndex);
		result.append(')');
		return result.toString();
	}

} //PciDeviceImpl
