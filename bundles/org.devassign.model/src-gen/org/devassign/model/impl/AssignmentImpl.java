/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.Assignment;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.DmaWindow;
import org.devassign.model.IommuGroup;
import org.devassign.model.IrqBinding;
import org.devassign.model.OpenPath;
import org.devassign.model.RegionMapping;
import org.devassign.model.ResetPolicy;
import org.devassign.model.VfioDriver;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getConsumer <em>Consumer</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getPhysicalFunction <em>Physical Function</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getFirstVf <em>First Vf</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getLastVf <em>Last Vf</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getOpenPath <em>Open Path</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getIrqs <em>Irqs</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getDmaWindows <em>Dma Windows</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#getResetPolicy <em>Reset Policy</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#isPersistent <em>Persistent</em>}</li>
 *   <li>{@link org.devassign.model.impl.AssignmentImpl#isForce <em>Force</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssignmentImpl extends EObjectImpl implements Assignment {
	/**
	 * The cached value of the '{@link #getConsumer() <em>Consumer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumer()
	 * @generated
	 * @ordered
	 */
	protected Consumer consumer;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected IommuGroup group;

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
	 * The default value of the '{@link #getFirstVf() <em>First Vf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstVf()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_VF_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstVf() <em>First Vf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstVf()
	 * @generated
	 * @ordered
	 */
	protected int firstVf = FIRST_VF_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastVf() <em>Last Vf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastVf()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_VF_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getLastVf() <em>Last Vf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastVf()
	 * @generated
	 * @ordered
	 */
	protected int lastVf = LAST_VF_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final VfioDriver DRIVER_EDEFAULT = VfioDriver.AUTO;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected VfioDriver driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenPath() <em>Open Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenPath()
	 * @generated
	 * @ordered
	 */
	protected static final OpenPath OPEN_PATH_EDEFAULT = OpenPath.AUTO;

	/**
	 * The cached value of the '{@link #getOpenPath() <em>Open Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenPath()
	 * @generated
	 * @ordered
	 */
	protected OpenPath openPath = OPEN_PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionMapping> regions;

	/**
	 * The cached value of the '{@link #getIrqs() <em>Irqs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqs()
	 * @generated
	 * @ordered
	 */
	protected EList<IrqBinding> irqs;

	/**
	 * The cached value of the '{@link #getDmaWindows() <em>Dma Windows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDmaWindows()
	 * @generated
	 * @ordered
	 */
	protected EList<DmaWindow> dmaWindows;

	/**
	 * The default value of the '{@link #getResetPolicy() <em>Reset Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResetPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final ResetPolicy RESET_POLICY_EDEFAULT = ResetPolicy.IF_AVAILABLE;

	/**
	 * The cached value of the '{@link #getResetPolicy() <em>Reset Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResetPolicy()
	 * @generated
	 * @ordered
	 */
	protected ResetPolicy resetPolicy = RESET_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #isPersistent() <em>Persistent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersistent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERSISTENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPersistent() <em>Persistent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersistent()
	 * @generated
	 * @ordered
	 */
	protected boolean persistent = PERSISTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isForce() <em>Force</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForce()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FORCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isForce() <em>Force</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForce()
	 * @generated
	 * @ordered
	 */
	protected boolean force = FORCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consumer getConsumer() {
		if (consumer != null && consumer.eIsProxy()) {
			InternalEObject oldConsumer = (InternalEObject)consumer;
			consumer = (Consumer)eResolveProxy(oldConsumer);
			if (consumer != oldConsumer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.ASSIGNMENT__CONSUMER, oldConsumer, consumer));
			}
		}
		return consumer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Consumer basicGetConsumer() {
		return consumer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsumer(Consumer newConsumer) {
		Consumer oldConsumer = consumer;
		consumer = newConsumer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__CONSUMER, oldConsumer, consumer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (Device)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.ASSIGNMENT__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		Device oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IommuGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (IommuGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.ASSIGNMENT__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IommuGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(IommuGroup newGroup) {
		IommuGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__GROUP, oldGroup, group));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DevAssignPackage.ASSIGNMENT__PHYSICAL_FUNCTION, oldPhysicalFunction, physicalFunction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__PHYSICAL_FUNCTION, oldPhysicalFunction, physicalFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstVf() {
		return firstVf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstVf(int newFirstVf) {
		int oldFirstVf = firstVf;
		firstVf = newFirstVf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__FIRST_VF, oldFirstVf, firstVf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastVf() {
		return lastVf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastVf(int newLastVf) {
		int oldLastVf = lastVf;
		lastVf = newLastVf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__LAST_VF, oldLastVf, lastVf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VfioDriver getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(VfioDriver newDriver) {
		VfioDriver oldDriver = driver;
		driver = newDriver == null ? DRIVER_EDEFAULT : newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpenPath getOpenPath() {
		return openPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenPath(OpenPath newOpenPath) {
		OpenPath oldOpenPath = openPath;
		openPath = newOpenPath == null ? OPEN_PATH_EDEFAULT : newOpenPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__OPEN_PATH, oldOpenPath, openPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionMapping> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<RegionMapping>(RegionMapping.class, this, DevAssignPackage.ASSIGNMENT__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IrqBinding> getIrqs() {
		if (irqs == null) {
			irqs = new EObjectContainmentEList<IrqBinding>(IrqBinding.class, this, DevAssignPackage.ASSIGNMENT__IRQS);
		}
		return irqs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DmaWindow> getDmaWindows() {
		if (dmaWindows == null) {
			dmaWindows = new EObjectContainmentEList<DmaWindow>(DmaWindow.class, this, DevAssignPackage.ASSIGNMENT__DMA_WINDOWS);
		}
		return dmaWindows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResetPolicy getResetPolicy() {
		return resetPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResetPolicy(ResetPolicy newResetPolicy) {
		ResetPolicy oldResetPolicy = resetPolicy;
		resetPolicy = newResetPolicy == null ? RESET_POLICY_EDEFAULT : newResetPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__RESET_POLICY, oldResetPolicy, resetPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPersistent() {
		return persistent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersistent(boolean newPersistent) {
		boolean oldPersistent = persistent;
		persistent = newPersistent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__PERSISTENT, oldPersistent, persistent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isForce() {
		return force;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForce(boolean newForce) {
		boolean oldForce = force;
		force = newForce;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.ASSIGNMENT__FORCE, oldForce, force));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.ASSIGNMENT__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.ASSIGNMENT__IRQS:
				return ((InternalEList<?>)getIrqs()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.ASSIGNMENT__DMA_WINDOWS:
				return ((InternalEList<?>)getDmaWindows()).basicRemove(otherEnd, msgs);
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
			case DevAssignPackage.ASSIGNMENT__CONSUMER:
				if (resolve) return getConsumer();
				return basicGetConsumer();
			case DevAssignPackage.ASSIGNMENT__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case DevAssignPackage.ASSIGNMENT__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case DevAssignPackage.ASSIGNMENT__PHYSICAL_FUNCTION:
				if (resolve) return getPhysicalFunction();
				return basicGetPhysicalFunction();
			case DevAssignPackage.ASSIGNMENT__FIRST_VF:
				return getFirstVf();
			case DevAssignPackage.ASSIGNMENT__LAST_VF:
				return getLastVf();
			case DevAssignPackage.ASSIGNMENT__DRIVER:
				return getDriver();
			case DevAssignPackage.ASSIGNMENT__OPEN_PATH:
				return getOpenPath();
			case DevAssignPackage.ASSIGNMENT__REGIONS:
				return getRegions();
			case DevAssignPackage.ASSIGNMENT__IRQS:
				return getIrqs();
			case DevAssignPackage.ASSIGNMENT__DMA_WINDOWS:
				return getDmaWindows();
			case DevAssignPackage.ASSIGNMENT__RESET_POLICY:
				return getResetPolicy();
			case DevAssignPackage.ASSIGNMENT__PERSISTENT:
				return isPersistent();
			case DevAssignPackage.ASSIGNMENT__FORCE:
				return isForce();
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
			case DevAssignPackage.ASSIGNMENT__CONSUMER:
				setConsumer((Consumer)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__DEVICE:
				setDevice((Device)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__GROUP:
				setGroup((IommuGroup)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__PHYSICAL_FUNCTION:
				setPhysicalFunction((Device)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__FIRST_VF:
				setFirstVf((Integer)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__LAST_VF:
				setLastVf((Integer)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__DRIVER:
				setDriver((VfioDriver)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__OPEN_PATH:
				setOpenPath((OpenPath)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends RegionMapping>)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__IRQS:
				getIrqs().clear();
				getIrqs().addAll((Collection<? extends IrqBinding>)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__DMA_WINDOWS:
				getDmaWindows().clear();
				getDmaWindows().addAll((Collection<? extends DmaWindow>)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__RESET_POLICY:
				setResetPolicy((ResetPolicy)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__PERSISTENT:
				setPersistent((Boolean)newValue);
				return;
			case DevAssignPackage.ASSIGNMENT__FORCE:
				setForce((Boolean)newValue);
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
			case DevAssignPackage.ASSIGNMENT__CONSUMER:
				setConsumer((Consumer)null);
				return;
			case DevAssignPackage.ASSIGNMENT__DEVICE:
				setDevice((Device)null);
				return;
			case DevAssignPackage.ASSIGNMENT__GROUP:
				setGroup((IommuGroup)null);
				return;
			case DevAssignPackage.ASSIGNMENT__PHYSICAL_FUNCTION:
				setPhysicalFunction((Device)null);
				return;
			case DevAssignPackage.ASSIGNMENT__FIRST_VF:
				setFirstVf(FIRST_VF_EDEFAULT);
				return;
			case DevAssignPackage.ASSIGNMENT__LAST_VF:
				setLastVf(LAST_VF_EDEFAULT);
				return;
			case DevAssignPackage.ASSIGNMENT__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case DevAssignPackage.ASSIGNMENT__OPEN_PATH:
				setOpenPath(OPEN_PATH_EDEFAULT);
				return;
			case DevAssignPackage.ASSIGNMENT__REGIONS:
				getRegions().clear();
				return;
			case DevAssignPackage.ASSIGNMENT__IRQS:
				getIrqs().clear();
				return;
			case DevAssignPackage.ASSIGNMENT__DMA_WINDOWS:
				getDmaWindows().clear();
				return;
			case DevAssignPackage.ASSIGNMENT__RESET_POLICY:
				setResetPolicy(RESET_POLICY_EDEFAULT);
				return;
			case DevAssignPackage.ASSIGNMENT__PERSISTENT:
				setPersistent(PERSISTENT_EDEFAULT);
				return;
			case DevAssignPackage.ASSIGNMENT__FORCE:
				setForce(FORCE_EDEFAULT);
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
			case DevAssignPackage.ASSIGNMENT__CONSUMER:
				return consumer != null;
			case DevAssignPackage.ASSIGNMENT__DEVICE:
				return device != null;
			case DevAssignPackage.ASSIGNMENT__GROUP:
				return group != null;
			case DevAssignPackage.ASSIGNMENT__PHYSICAL_FUNCTION:
				return physicalFunction != null;
			case DevAssignPackage.ASSIGNMENT__FIRST_VF:
				return firstVf != FIRST_VF_EDEFAULT;
			case DevAssignPackage.ASSIGNMENT__LAST_VF:
				return lastVf != LAST_VF_EDEFAULT;
			case DevAssignPackage.ASSIGNMENT__DRIVER:
				return driver != DRIVER_EDEFAULT;
			case DevAssignPackage.ASSIGNMENT__OPEN_PATH:
				return openPath != OPEN_PATH_EDEFAULT;
			case DevAssignPackage.ASSIGNMENT__REGIONS:
				return regions != null && !regions.isEmpty();
			case DevAssignPackage.ASSIGNMENT__IRQS:
				return irqs != null && !irqs.isEmpty();
			case DevAssignPackage.ASSIGNMENT__DMA_WINDOWS:
				return dmaWindows != null && !dmaWindows.isEmpty();
			case DevAssignPackage.ASSIGNMENT__RESET_POLICY:
				return resetPolicy != RESET_POLICY_EDEFAULT;
			case DevAssignPackage.ASSIGNMENT__PERSISTENT:
				return persistent != PERSISTENT_EDEFAULT;
			case DevAssignPackage.ASSIGNMENT__FORCE:
				return force != FORCE_EDEFAULT;
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
		result.append(" (firstVf: ");
		result.append(firstVf);
		result.append(", lastVf: ");
		result.append(lastVf);
		result.append(", driver: ");
		result.append(driver);
		result.append(", openPath: ");
		result.append(openPath);
		result.append(", resetPolicy: ");
		result.append(resetPolicy);
		result.append(", persistent: ");
		result.append(persistent);
		result.append(", force: ");
		result.append(force);
		result.append(')');
		return result.toString();
	}

} //AssignmentImpl
