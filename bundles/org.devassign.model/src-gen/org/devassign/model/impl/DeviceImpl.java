/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.HostUsage;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.Protection;
import org.devassign.model.Region;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getSysfsName <em>Sysfs Name</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getDriverOverride <em>Driver Override</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getIommuGroup <em>Iommu Group</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getNumaNode <em>Numa Node</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getResetMethods <em>Reset Methods</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getProtection <em>Protection</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getDmaMaskBits <em>Dma Mask Bits</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getInterrupts <em>Interrupts</em>}</li>
 *   <li>{@link org.devassign.model.impl.DeviceImpl#getHostUsage <em>Host Usage</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DeviceImpl extends NamedElementImpl implements Device {
	/**
	 * The default value of the '{@link #getSysfsName() <em>Sysfs Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysfsName()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSFS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSysfsName() <em>Sysfs Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysfsName()
	 * @generated
	 * @ordered
	 */
	protected String sysfsName = SYSFS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriverOverride() <em>Driver Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverOverride()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_OVERRIDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriverOverride() <em>Driver Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverOverride()
	 * @generated
	 * @ordered
	 */
	protected String driverOverride = DRIVER_OVERRIDE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIommuGroup() <em>Iommu Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIommuGroup()
	 * @generated
	 * @ordered
	 */
	protected IommuGroup iommuGroup;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Device parent;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> children;

	/**
	 * The default value of the '{@link #getNumaNode() <em>Numa Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumaNode()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMA_NODE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getNumaNode() <em>Numa Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumaNode()
	 * @generated
	 * @ordered
	 */
	protected int numaNode = NUMA_NODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResetMethods() <em>Reset Methods</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResetMethods()
	 * @generated
	 * @ordered
	 */
	protected EList<String> resetMethods;

	/**
	 * The default value of the '{@link #getProtection() <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtection()
	 * @generated
	 * @ordered
	 */
	protected static final Protection PROTECTION_EDEFAULT = Protection.NONE;

	/**
	 * The cached value of the '{@link #getProtection() <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtection()
	 * @generated
	 * @ordered
	 */
	protected Protection protection = PROTECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDmaMaskBits() <em>Dma Mask Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDmaMaskBits()
	 * @generated
	 * @ordered
	 */
	protected static final int DMA_MASK_BITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDmaMaskBits() <em>Dma Mask Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDmaMaskBits()
	 * @generated
	 * @ordered
	 */
	protected int dmaMaskBits = DMA_MASK_BITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> regions;

	/**
	 * The cached value of the '{@link #getInterrupts() <em>Interrupts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterrupts()
	 * @generated
	 * @ordered
	 */
	protected EList<Interrupt> interrupts;

	/**
	 * The cached value of the '{@link #getHostUsage() <em>Host Usage</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostUsage()
	 * @generated
	 * @ordered
	 */
	protected EList<HostUsage> hostUsage;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSysfsName() {
		return sysfsName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSysfsName(String newSysfsName) {
		String oldSysfsName = sysfsName;
		sysfsName = newSysfsName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__SYSFS_NAME, oldSysfsName, sysfsName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriverOverride() {
		return driverOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriverOverride(String newDriverOverride) {
		String oldDriverOverride = driverOverride;
		driverOverride = newDriverOverride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__DRIVER_OVERRIDE, oldDriverOverride, driverOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IommuGroup getIommuGroup() {
		if (iommuGroup != null && iommuGroup.eIsProxy()) {
			InternalEObject oldIommuGroup = (InternalEObject)iommuGroup;
			iommuGroup = (IommuGroup)eResolveProxy(oldIommuGroup);
			if (iommuGroup != oldIommuGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.DEVICE__IOMMU_GROUP, oldIommuGroup, iommuGroup));
			}
		}
		return iommuGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IommuGroup basicGetIommuGroup() {
		return iommuGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIommuGroup(IommuGroup newIommuGroup) {
		IommuGroup oldIommuGroup = iommuGroup;
		iommuGroup = newIommuGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__IOMMU_GROUP, oldIommuGroup, iommuGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Device)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.DEVICE__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Device newParent, NotificationChain msgs) {
		Device oldParent = parent;
		parent = newParent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__PARENT, oldParent, newParent);
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
	public void setParent(Device newParent) {
		if (newParent != parent) {
			NotificationChain msgs = null;
			if (parent != null)
				msgs = ((InternalEObject)parent).eInverseRemove(this, DevAssignPackage.DEVICE__CHILDREN, Device.class, msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, DevAssignPackage.DEVICE__CHILDREN, Device.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getChildren() {
		if (children == null) {
			children = new EObjectWithInverseResolvingEList<Device>(Device.class, this, DevAssignPackage.DEVICE__CHILDREN, DevAssignPackage.DEVICE__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumaNode() {
		return numaNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumaNode(int newNumaNode) {
		int oldNumaNode = numaNode;
		numaNode = newNumaNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__NUMA_NODE, oldNumaNode, numaNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResetMethods() {
		if (resetMethods == null) {
			resetMethods = new EDataTypeUniqueEList<String>(String.class, this, DevAssignPackage.DEVICE__RESET_METHODS);
		}
		return resetMethods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protection getProtection() {
		return protection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtection(Protection newProtection) {
		Protection oldProtection = protection;
		protection = newProtection == null ? PROTECTION_EDEFAULT : newProtection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__PROTECTION, oldProtection, protection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDmaMaskBits() {
		return dmaMaskBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDmaMaskBits(int newDmaMaskBits) {
		int oldDmaMaskBits = dmaMaskBits;
		dmaMaskBits = newDmaMaskBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DEVICE__DMA_MASK_BITS, oldDmaMaskBits, dmaMaskBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentWithInverseEList<Region>(Region.class, this, DevAssignPackage.DEVICE__REGIONS, DevAssignPackage.REGION__DEVICE);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interrupt> getInterrupts() {
		if (interrupts == null) {
			interrupts = new EObjectContainmentWithInverseEList<Interrupt>(Interrupt.class, this, DevAssignPackage.DEVICE__INTERRUPTS, DevAssignPackage.INTERRUPT__DEVICE);
		}
		return interrupts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostUsage> getHostUsage() {
		if (hostUsage == null) {
			hostUsage = new EObjectContainmentEList<HostUsage>(HostUsage.class, this, DevAssignPackage.DEVICE__HOST_USAGE);
		}
		return hostUsage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.DEVICE__PARENT:
				if (parent != null)
					msgs = ((InternalEObject)parent).eInverseRemove(this, DevAssignPackage.DEVICE__CHILDREN, Device.class, msgs);
				return basicSetParent((Device)otherEnd, msgs);
			case DevAssignPackage.DEVICE__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case DevAssignPackage.DEVICE__REGIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRegions()).basicAdd(otherEnd, msgs);
			case DevAssignPackage.DEVICE__INTERRUPTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getInterrupts()).basicAdd(otherEnd, msgs);
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
			case DevAssignPackage.DEVICE__PARENT:
				return basicSetParent(null, msgs);
			case DevAssignPackage.DEVICE__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.DEVICE__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.DEVICE__INTERRUPTS:
				return ((InternalEList<?>)getInterrupts()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.DEVICE__HOST_USAGE:
				return ((InternalEList<?>)getHostUsage()).basicRemove(otherEnd, msgs);
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
			case DevAssignPackage.DEVICE__SYSFS_NAME:
				return getSysfsName();
			case DevAssignPackage.DEVICE__DRIVER:
				return getDriver();
			case DevAssignPackage.DEVICE__DRIVER_OVERRIDE:
				return getDriverOverride();
			case DevAssignPackage.DEVICE__IOMMU_GROUP:
				if (resolve) return getIommuGroup();
				return basicGetIommuGroup();
			case DevAssignPackage.DEVICE__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case DevAssignPackage.DEVICE__CHILDREN:
				return getChildren();
			case DevAssignPackage.DEVICE__NUMA_NODE:
				return getNumaNode();
			case DevAssignPackage.DEVICE__RESET_METHODS:
				return getResetMethods();
			case DevAssignPackage.DEVICE__PROTECTION:
				return getProtection();
			case DevAssignPackage.DEVICE__DMA_MASK_BITS:
				return getDmaMaskBits();
			case DevAssignPackage.DEVICE__REGIONS:
				return getRegions();
			case DevAssignPackage.DEVICE__INTERRUPTS:
				return getInterrupts();
			case DevAssignPackage.DEVICE__HOST_USAGE:
				return getHostUsage();
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
			case DevAssignPackage.DEVICE__SYSFS_NAME:
				setSysfsName((String)newValue);
				return;
			case DevAssignPackage.DEVICE__DRIVER:
				setDriver((String)newValue);
				return;
			case DevAssignPackage.DEVICE__DRIVER_OVERRIDE:
				setDriverOverride((String)newValue);
				return;
			case DevAssignPackage.DEVICE__IOMMU_GROUP:
				setIommuGroup((IommuGroup)newValue);
				return;
			case DevAssignPackage.DEVICE__PARENT:
				setParent((Device)newValue);
				return;
			case DevAssignPackage.DEVICE__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Device>)newValue);
				return;
			case DevAssignPackage.DEVICE__NUMA_NODE:
				setNumaNode((Integer)newValue);
				return;
			case DevAssignPackage.DEVICE__RESET_METHODS:
				getResetMethods().clear();
				getResetMethods().addAll((Collection<? extends String>)newValue);
				return;
			case DevAssignPackage.DEVICE__PROTECTION:
				setProtection((Protection)newValue);
				return;
			case DevAssignPackage.DEVICE__DMA_MASK_BITS:
				setDmaMaskBits((Integer)newValue);
				return;
			case DevAssignPackage.DEVICE__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends Region>)newValue);
				return;
			case DevAssignPackage.DEVICE__INTERRUPTS:
				getInterrupts().clear();
				getInterrupts().addAll((Collection<? extends Interrupt>)newValue);
				return;
			case DevAssignPackage.DEVICE__HOST_USAGE:
				getHostUsage().clear();
				getHostUsage().addAll((Collection<? extends HostUsage>)newValue);
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
			case DevAssignPackage.DEVICE__SYSFS_NAME:
				setSysfsName(SYSFS_NAME_EDEFAULT);
				return;
			case DevAssignPackage.DEVICE__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case DevAssignPackage.DEVICE__DRIVER_OVERRIDE:
				setDriverOverride(DRIVER_OVERRIDE_EDEFAULT);
				return;
			case DevAssignPackage.DEVICE__IOMMU_GROUP:
				setIommuGroup((IommuGroup)null);
				return;
			case DevAssignPackage.DEVICE__PARENT:
				setParent((Device)null);
				return;
			case DevAssignPackage.DEVICE__CHILDREN:
				getChildren().clear();
				return;
			case DevAssignPackage.DEVICE__NUMA_NODE:
				setNumaNode(NUMA_NODE_EDEFAULT);
				return;
			case DevAssignPackage.DEVICE__RESET_METHODS:
				getResetMethods().clear();
				return;
			case DevAssignPackage.DEVICE__PROTECTION:
				setProtection(PROTECTION_EDEFAULT);
				return;
			case DevAssignPackage.DEVICE__DMA_MASK_BITS:
				setDmaMaskBits(DMA_MASK_BITS_EDEFAULT);
				return;
			case DevAssignPackage.DEVICE__REGIONS:
				getRegions().clear();
				return;
			case DevAssignPackage.DEVICE__INTERRUPTS:
				getInterrupts().clear();
				return;
			case DevAssignPackage.DEVICE__HOST_USAGE:
				getHostUsage().clear();
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
			case DevAssignPackage.DEVICE__SYSFS_NAME:
				return SYSFS_NAME_EDEFAULT == null ? sysfsName != null : !SYSFS_NAME_EDEFAULT.equals(sysfsName);
			case DevAssignPackage.DEVICE__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case DevAssignPackage.DEVICE__DRIVER_OVERRIDE:
				return DRIVER_OVERRIDE_EDEFAULT == null ? driverOverride != null : !DRIVER_OVERRIDE_EDEFAULT.equals(driverOverride);
			case DevAssignPackage.DEVICE__IOMMU_GROUP:
				return iommuGroup != null;
			case DevAssignPackage.DEVICE__PARENT:
				return parent != null;
			case DevAssignPackage.DEVICE__CHILDREN:
				return children != null && !children.isEmpty();
			case DevAssignPackage.DEVICE__NUMA_NODE:
				return numaNode != NUMA_NODE_EDEFAULT;
			case DevAssignPackage.DEVICE__RESET_METHODS:
				return resetMethods != null && !resetMethods.isEmpty();
			case DevAssignPackage.DEVICE__PROTECTION:
				return protection != PROTECTION_EDEFAULT;
			case DevAssignPackage.DEVICE__DMA_MASK_BITS:
				return dmaMaskBits != DMA_MASK_BITS_EDEFAULT;
			case DevAssignPackage.DEVICE__REGIONS:
				return regions != null && !regions.isEmpty();
			case DevAssignPackage.DEVICE__INTERRUPTS:
				return interrupts != null && !interrupts.isEmpty();
			case DevAssignPackage.DEVICE__HOST_USAGE:
				return hostUsage != null && !hostUsage.isEmpty();
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
		result.append(" (sysfsName: ");
		result.append(sysfsName);
		result.append(", driver: ");
		result.append(driver);
		result.append(", driverOverride: ");
		result.append(driverOverride);
		result.append(", numaNode: ");
		result.append(numaNode);
		result.append(", resetMethods: ");
		result.append(resetMethods);
		result.append(", protection: ");
		result.append(protection);
		result.append(", dmaMaskBits: ");
		result.append(dmaMaskBits);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
