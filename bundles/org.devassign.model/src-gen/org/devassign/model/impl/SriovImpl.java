/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.Region;
import org.devassign.model.Sriov;

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
 * An implementation of the model object '<em><b>Sriov</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.SriovImpl#getTotalVfs <em>Total Vfs</em>}</li>
 *   <li>{@link org.devassign.model.impl.SriovImpl#getNumVfs <em>Num Vfs</em>}</li>
 *   <li>{@link org.devassign.model.impl.SriovImpl#getVfOffset <em>Vf Offset</em>}</li>
 *   <li>{@link org.devassign.model.impl.SriovImpl#getVfStride <em>Vf Stride</em>}</li>
 *   <li>{@link org.devassign.model.impl.SriovImpl#getVfDeviceId <em>Vf Device Id</em>}</li>
 *   <li>{@link org.devassign.model.impl.SriovImpl#isDriversAutoprobe <em>Drivers Autoprobe</em>}</li>
 *   <li>{@link org.devassign.model.impl.SriovImpl#getVfRegions <em>Vf Regions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SriovImpl extends EObjectImpl implements Sriov {
	/**
	 * The default value of the '{@link #getTotalVfs() <em>Total Vfs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalVfs()
	 * @generated
	 * @ordered
	 */
	protected static final int TOTAL_VFS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTotalVfs() <em>Total Vfs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalVfs()
	 * @generated
	 * @ordered
	 */
	protected int totalVfs = TOTAL_VFS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumVfs() <em>Num Vfs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumVfs()
	 * @generated
	 * @ordered
	 */
	protected static final int NUM_VFS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumVfs() <em>Num Vfs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumVfs()
	 * @generated
	 * @ordered
	 */
	protected int numVfs = NUM_VFS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVfOffset() <em>Vf Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfOffset()
	 * @generated
	 * @ordered
	 */
	protected static final int VF_OFFSET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVfOffset() <em>Vf Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfOffset()
	 * @generated
	 * @ordered
	 */
	protected int vfOffset = VF_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getVfStride() <em>Vf Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfStride()
	 * @generated
	 * @ordered
	 */
	protected static final int VF_STRIDE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVfStride() <em>Vf Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfStride()
	 * @generated
	 * @ordered
	 */
	protected int vfStride = VF_STRIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVfDeviceId() <em>Vf Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfDeviceId()
	 * @generated
	 * @ordered
	 */
	protected static final int VF_DEVICE_ID_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getVfDeviceId() <em>Vf Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfDeviceId()
	 * @generated
	 * @ordered
	 */
	protected int vfDeviceId = VF_DEVICE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isDriversAutoprobe() <em>Drivers Autoprobe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDriversAutoprobe()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRIVERS_AUTOPROBE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDriversAutoprobe() <em>Drivers Autoprobe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDriversAutoprobe()
	 * @generated
	 * @ordered
	 */
	protected boolean driversAutoprobe = DRIVERS_AUTOPROBE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVfRegions() <em>Vf Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVfRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> vfRegions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SriovImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.SRIOV;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTotalVfs() {
		return totalVfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalVfs(int newTotalVfs) {
		int oldTotalVfs = totalVfs;
		totalVfs = newTotalVfs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.SRIOV__TOTAL_VFS, oldTotalVfs, totalVfs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumVfs() {
		return numVfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumVfs(int newNumVfs) {
		int oldNumVfs = numVfs;
		numVfs = newNumVfs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.SRIOV__NUM_VFS, oldNumVfs, numVfs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVfOffset() {
		return vfOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVfOffset(int newVfOffset) {
		int oldVfOffset = vfOffset;
		vfOffset = newVfOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.SRIOV__VF_OFFSET, oldVfOffset, vfOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVfStride() {
		return vfStride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVfStride(int newVfStride) {
		int oldVfStride = vfStride;
		vfStride = newVfStride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.SRIOV__VF_STRIDE, oldVfStride, vfStride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVfDeviceId() {
		return vfDeviceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVfDeviceId(int newVfDeviceId) {
		int oldVfDeviceId = vfDeviceId;
		vfDeviceId = newVfDeviceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.SRIOV__VF_DEVICE_ID, oldVfDeviceId, vfDeviceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDriversAutoprobe() {
		return driversAutoprobe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriversAutoprobe(boolean newDriversAutoprobe) {
		boolean oldDriversAutoprobe = driversAutoprobe;
		driversAutoprobe = newDriversAutoprobe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.SRIOV__DRIVERS_AUTOPROBE, oldDriversAutoprobe, driversAutoprobe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getVfRegions() {
		if (vfRegions == null) {
			vfRegions = new EObjectContainmentEList<Region>(Region.class, this, DevAssignPackage.SRIOV__VF_REGIONS);
		}
		return vfRegions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.SRIOV__VF_REGIONS:
				return ((InternalEList<?>)getVfRegions()).basicRemove(otherEnd, msgs);
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
			case DevAssignPackage.SRIOV__TOTAL_VFS:
				return getTotalVfs();
			case DevAssignPackage.SRIOV__NUM_VFS:
				return getNumVfs();
			case DevAssignPackage.SRIOV__VF_OFFSET:
				return getVfOffset();
			case DevAssignPackage.SRIOV__VF_STRIDE:
				return getVfStride();
			case DevAssignPackage.SRIOV__VF_DEVICE_ID:
				return getVfDeviceId();
			case DevAssignPackage.SRIOV__DRIVERS_AUTOPROBE:
				return isDriversAutoprobe();
			case DevAssignPackage.SRIOV__VF_REGIONS:
				return getVfRegions();
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
			case DevAssignPackage.SRIOV__TOTAL_VFS:
				setTotalVfs((Integer)newValue);
				return;
			case DevAssignPackage.SRIOV__NUM_VFS:
				setNumVfs((Integer)newValue);
				return;
			case DevAssignPackage.SRIOV__VF_OFFSET:
				setVfOffset((Integer)newValue);
				return;
			case DevAssignPackage.SRIOV__VF_STRIDE:
				setVfStride((Integer)newValue);
				return;
			case DevAssignPackage.SRIOV__VF_DEVICE_ID:
				setVfDeviceId((Integer)newValue);
				return;
			case DevAssignPackage.SRIOV__DRIVERS_AUTOPROBE:
				setDriversAutoprobe((Boolean)newValue);
				return;
			case DevAssignPackage.SRIOV__VF_REGIONS:
				getVfRegions().clear();
				getVfRegions().addAll((Collection<? extends Region>)newValue);
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
			case DevAssignPackage.SRIOV__TOTAL_VFS:
				setTotalVfs(TOTAL_VFS_EDEFAULT);
				return;
			case DevAssignPackage.SRIOV__NUM_VFS:
				setNumVfs(NUM_VFS_EDEFAULT);
				return;
			case DevAssignPackage.SRIOV__VF_OFFSET:
				setVfOffset(VF_OFFSET_EDEFAULT);
				return;
			case DevAssignPackage.SRIOV__VF_STRIDE:
				setVfStride(VF_STRIDE_EDEFAULT);
				return;
			case DevAssignPackage.SRIOV__VF_DEVICE_ID:
				setVfDeviceId(VF_DEVICE_ID_EDEFAULT);
				return;
			case DevAssignPackage.SRIOV__DRIVERS_AUTOPROBE:
				setDriversAutoprobe(DRIVERS_AUTOPROBE_EDEFAULT);
				return;
			case DevAssignPackage.SRIOV__VF_REGIONS:
				getVfRegions().clear();
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
			case DevAssignPackage.SRIOV__TOTAL_VFS:
				return totalVfs != TOTAL_VFS_EDEFAULT;
			case DevAssignPackage.SRIOV__NUM_VFS:
				return numVfs != NUM_VFS_EDEFAULT;
			case DevAssignPackage.SRIOV__VF_OFFSET:
				return vfOffset != VF_OFFSET_EDEFAULT;
			case DevAssignPackage.SRIOV__VF_STRIDE:
				return vfStride != VF_STRIDE_EDEFAULT;
			case DevAssignPackage.SRIOV__VF_DEVICE_ID:
				return vfDeviceId != VF_DEVICE_ID_EDEFAULT;
			case DevAssignPackage.SRIOV__DRIVERS_AUTOPROBE:
				return driversAutoprobe != DRIVERS_AUTOPROBE_EDEFAULT;
			case DevAssignPackage.SRIOV__VF_REGIONS:
				return vfRegions != null && !vfRegions.isEmpty();
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
		result.append(" (totalVfs: ");
		result.append(totalVfs);
		result.append(", numVfs: ");
		result.append(numVfs);
		result.append(", vfOffset: ");
		result.append(vfOffset);
		result.append(", vfStride: ");
		result.append(vfStride);
		result.append(", vfDeviceId: ");
		result.append(vfDeviceId);
		result.append(", driversAutoprobe: ");
		result.append(driversAutoprobe);
		result.append(')');
		return result.toString();
	}

} //SriovImpl
