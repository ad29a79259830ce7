/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.IovaRange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Iommu Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.IommuGroupImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.devassign.model.impl.IommuGroupImpl#isNoIommu <em>No Iommu</em>}</li>
 *   <li>{@link org.devassign.model.impl.IommuGroupImpl#isProvisional <em>Provisional</em>}</li>
 *   <li>{@link org.devassign.model.impl.IommuGroupImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.devassign.model.impl.IommuGroupImpl#getIovaRanges <em>Iova Ranges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IommuGroupImpl extends EObjectImpl implements IommuGroup {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final int ID_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected int id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoIommu() <em>No Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoIommu()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_IOMMU_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoIommu() <em>No Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoIommu()
	 * @generated
	 * @ordered
	 */
	protected boolean noIommu = NO_IOMMU_EDEFAULT;

	/**
	 * The default value of the '{@link #isProvisional() <em>Provisional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProvisional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PROVISIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isProvisional() <em>Provisional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProvisional()
	 * @generated
	 * @ordered
	 */
	protected boolean provisional = PROVISIONAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getIovaRanges() <em>Iova Ranges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIovaRanges()
	 * @generated
	 * @ordered
	 */
	protected EList<IovaRange> iovaRanges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IommuGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.IOMMU_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(int newId) {
		int oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.IOMMU_GROUP__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoIommu() {
		return noIommu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoIommu(boolean newNoIommu) {
		boolean oldNoIommu = noIommu;
		noIommu = newNoIommu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.IOMMU_GROUP__NO_IOMMU, oldNoIommu, noIommu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isProvisional() {
		return provisional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvisional(boolean newProvisional) {
		boolean oldProvisional = provisional;
		provisional = newProvisional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.IOMMU_GROUP__PROVISIONAL, oldProvisional, provisional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectResolvingEList<Device>(Device.class, this, DevAssignPackage.IOMMU_GROUP__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IovaRange> getIovaRanges() {
		if (iovaRanges == null) {
			iovaRanges = new EObjectContainmentEList<IovaRange>(IovaRange.class, this, DevAssignPackage.IOMMU_GROUP__IOVA_RANGES);
		}
		return iovaRanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.IOMMU_GROUP__IOVA_RANGES:
				return ((InternalEList<?>)getIovaRanges()).basicRemove(otherEnd, msgs);
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
			case DevAssignPackage.IOMMU_GROUP__ID:
				return getId();
			case DevAssignPackage.IOMMU_GROUP__NO_IOMMU:
				return isNoIommu();
			case DevAssignPackage.IOMMU_GROUP__PROVISIONAL:
				return isProvisional();
			case DevAssignPackage.IOMMU_GROUP__DEVICES:
				return getDevices();
			case DevAssignPackage.IOMMU_GROUP__IOVA_RANGES:
				return getIovaRanges();
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
			case DevAssignPackage.IOMMU_GROUP__ID:
				setId((Integer)newValue);
				return;
			case DevAssignPackage.IOMMU_GROUP__NO_IOMMU:
				setNoIommu((Boolean)newValue);
				return;
			case DevAssignPackage.IOMMU_GROUP__PROVISIONAL:
				setProvisional((Boolean)newValue);
				return;
			case DevAssignPackage.IOMMU_GROUP__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case DevAssignPackage.IOMMU_GROUP__IOVA_RANGES:
				getIovaRanges().clear();
				getIovaRanges().addAll((Collection<? extends IovaRange>)newValue);
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
			case DevAssignPackage.IOMMU_GROUP__ID:
				setId(ID_EDEFAULT);
				return;
			case DevAssignPackage.IOMMU_GROUP__NO_IOMMU:
				setNoIommu(NO_IOMMU_EDEFAULT);
				return;
			case DevAssignPackage.IOMMU_GROUP__PROVISIONAL:
				setProvisional(PROVISIONAL_EDEFAULT);
				return;
			case DevAssignPackage.IOMMU_GROUP__DEVICES:
				getDevices().clear();
				return;
			case DevAssignPackage.IOMMU_GROUP__IOVA_RANGES:
				getIovaRanges().clear();
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
			case DevAssignPackage.IOMMU_GROUP__ID:
				return id != ID_EDEFAULT;
			case DevAssignPackage.IOMMU_GROUP__NO_IOMMU:
				return noIommu != NO_IOMMU_EDEFAULT;
			case DevAssignPackage.IOMMU_GROUP__PROVISIONAL:
				return provisional != PROVISIONAL_EDEFAULT;
			case DevAssignPackage.IOMMU_GROUP__DEVICES:
				return devices != null && !devices.isEmpty();
			case DevAssignPackage.IOMMU_GROUP__IOVA_RANGES:
				return iovaRanges != null && !iovaRanges.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", noIommu: ");
		result.append(noIommu);
		result.append(", provisional: ");
		result.append(provisional);
		result.append(')');
		return result.toString();
	}

} //IommuGroupImpl
