/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.VmGuest;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vm Guest</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.VmGuestImpl#getMemorySize <em>Memory Size</em>}</li>
 *   <li>{@link org.devassign.model.impl.VmGuestImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.devassign.model.impl.VmGuestImpl#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.devassign.model.impl.VmGuestImpl#getQemuVersion <em>Qemu Version</em>}</li>
 *   <li>{@link org.devassign.model.impl.VmGuestImpl#getLibvirtVersion <em>Libvirt Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VmGuestImpl extends ConsumerImpl implements VmGuest {
	/**
	 * The default value of the '{@link #getMemorySize() <em>Memory Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemorySize()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemorySize() <em>Memory Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemorySize()
	 * @generated
	 * @ordered
	 */
	protected long memorySize = MEMORY_SIZE_EDEFAULT;

	/**
	 * This is true if the Memory Size attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memorySizeESet;

	/**
	 * The default value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPUS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected int vcpus = VCPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMachine() <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachine()
	 * @generated
	 * @ordered
	 */
	protected static final String MACHINE_EDEFAULT = "q35";

	/**
	 * The cached value of the '{@link #getMachine() <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachine()
	 * @generated
	 * @ordered
	 */
	protected String machine = MACHINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQemuVersion() <em>Qemu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQemuVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String QEMU_VERSION_EDEFAULT = "7.2";

	/**
	 * The cached value of the '{@link #getQemuVersion() <em>Qemu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQemuVersion()
	 * @generated
	 * @ordered
	 */
	protected String qemuVersion = QEMU_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLibvirtVersion() <em>Libvirt Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibvirtVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String LIBVIRT_VERSION_EDEFAULT = "9.0";

	/**
	 * The cached value of the '{@link #getLibvirtVersion() <em>Libvirt Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibvirtVersion()
	 * @generated
	 * @ordered
	 */
	protected String libvirtVersion = LIBVIRT_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VmGuestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.VM_GUEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemorySize() {
		return memorySize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemorySize(long newMemorySize) {
		long oldMemorySize = memorySize;
		memorySize = newMemorySize;
		boolean oldMemorySizeESet = memorySizeESet;
		memorySizeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.VM_GUEST__MEMORY_SIZE, oldMemorySize, memorySize, !oldMemorySizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemorySize() {
		long oldMemorySize = memorySize;
		boolean oldMemorySizeESet = memorySizeESet;
		memorySize = MEMORY_SIZE_EDEFAULT;
		memorySizeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DevAssignPackage.VM_GUEST__MEMORY_SIZE, oldMemorySize, MEMORY_SIZE_EDEFAULT, oldMemorySizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMemorySize() {
		return memorySizeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpus() {
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpus(int newVcpus) {
		int oldVcpus = vcpus;
		vcpus = newVcpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.VM_GUEST__VCPUS, oldVcpus, vcpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMachine() {
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachine(String newMachine) {
		String oldMachine = machine;
		machine = newMachine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.VM_GUEST__MACHINE, oldMachine, machine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQemuVersion() {
		return qemuVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQemuVersion(String newQemuVersion) {
		String oldQemuVersion = qemuVersion;
		qemuVersion = newQemuVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.VM_GUEST__QEMU_VERSION, oldQemuVersion, qemuVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLibvirtVersion() {
		return libvirtVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLibvirtVersion(String newLibvirtVersion) {
		String oldLibvirtVersion = libvirtVersion;
		libvirtVersion = newLibvirtVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.VM_GUEST__LIBVIRT_VERSION, oldLibvirtVersion, libvirtVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.VM_GUEST__MEMORY_SIZE:
				return getMemorySize();
			case DevAssignPackage.VM_GUEST__VCPUS:
				return getVcpus();
			case DevAssignPackage.VM_GUEST__MACHINE:
				return getMachine();
			case DevAssignPackage.VM_GUEST__QEMU_VERSION:
				return getQemuVersion();
			case DevAssignPackage.VM_GUEST__LIBVIRT_VERSION:
				return getLibvirtVersion();
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
			case DevAssignPackage.VM_GUEST__MEMORY_SIZE:
				setMemorySize((Long)newValue);
				return;
			case DevAssignPackage.VM_GUEST__VCPUS:
				setVcpus((Integer)newValue);
				return;
			case DevAssignPackage.VM_GUEST__MACHINE:
				setMachine((String)newValue);
				return;
			case DevAssignPackage.VM_GUEST__QEMU_VERSION:
				setQemuVersion((String)newValue);
				return;
			case DevAssignPackage.VM_GUEST__LIBVIRT_VERSION:
				setLibvirtVersion((String)newValue);
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
			case DevAssignPackage.VM_GUEST__MEMORY_SIZE:
				unsetMemorySize();
				return;
			case DevAssignPackage.VM_GUEST__VCPUS:
				setVcpus(VCPUS_EDEFAULT);
				return;
			case DevAssignPackage.VM_GUEST__MACHINE:
				setMachine(MACHINE_EDEFAULT);
				return;
			case DevAssignPackage.VM_GUEST__QEMU_VERSION:
				setQemuVersion(QEMU_VERSION_EDEFAULT);
				return;
			case DevAssignPackage.VM_GUEST__LIBVIRT_VERSION:
				setLibvirtVersion(LIBVIRT_VERSION_EDEFAULT);
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
			case DevAssignPackage.VM_GUEST__MEMORY_SIZE:
				return isSetMemorySize();
			case DevAssignPackage.VM_GUEST__VCPUS:
				return vcpus != VCPUS_EDEFAULT;
			case DevAssignPackage.VM_GUEST__MACHINE:
				return MACHINE_EDEFAULT == null ? machine != null : !MACHINE_EDEFAULT.equals(machine);
			case DevAssignPackage.VM_GUEST__QEMU_VERSION:
				return QEMU_VERSION_EDEFAULT == null ? qemuVersion != null : !QEMU_VERSION_EDEFAULT.equals(qemuVersion);
			case DevAssignPackage.VM_GUEST__LIBVIRT_VERSION:
				return LIBVIRT_VERSION_EDEFAULT == null ? libvirtVersion != null : !LIBVIRT_VERSION_EDEFAULT.equals(libvirtVersion);
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
		result.append(" (memorySize: ");
		if (memorySizeESet) result.append(memorySize); else result.append("<unset>");
		result.append(", vcpus: ");
		result.append(vcpus);
		result.append(", machine: ");
		result.append(machine);
		result.append(", qemuVersion: ");
		result.append(qemuVersion);
		result.append(", libvirtVersion: ");
		result.append(libvirtVersion);
		result.append(')');
		return result.toString();
	}

} //VmGuestImpl
