/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.DtDependency;
import org.devassign.model.PlatformDevice;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Platform Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.PlatformDeviceImpl#getDtPath <em>Dt Path</em>}</li>
 *   <li>{@link org.devassign.model.impl.PlatformDeviceImpl#getAcpiId <em>Acpi Id</em>}</li>
 *   <li>{@link org.devassign.model.impl.PlatformDeviceImpl#getCompatible <em>Compatible</em>}</li>
 *   <li>{@link org.devassign.model.impl.PlatformDeviceImpl#getInterruptParent <em>Interrupt Parent</em>}</li>
 *   <li>{@link org.devassign.model.impl.PlatformDeviceImpl#getDtDependencies <em>Dt Dependencies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlatformDeviceImpl extends DeviceImpl implements PlatformDevice {
	/**
	 * The default value of the '{@link #getDtPath() <em>Dt Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDtPath()
	 * @generated
	 * @ordered
	 */
	protected static final String DT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDtPath() <em>Dt Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDtPath()
	 * @generated
	 * @ordered
	 */
	protected String dtPath = DT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcpiId() <em>Acpi Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcpiId()
	 * @generated
	 * @ordered
	 */
	protected static final String ACPI_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcpiId() <em>Acpi Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcpiId()
	 * @generated
	 * @ordered
	 */
	protected String acpiId = ACPI_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompatible() <em>Compatible</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompatible()
	 * @generated
	 * @ordered
	 */
	protected EList<String> compatible;

	/**
	 * The default value of the '{@link #getInterruptParent() <em>Interrupt Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptParent()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERRUPT_PARENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterruptParent() <em>Interrupt Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptParent()
	 * @generated
	 * @ordered
	 */
	protected String interruptParent = INTERRUPT_PARENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDtDependencies() <em>Dt Dependencies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDtDependencies()
	 * @generated
	 * @ordered
	 */
	protected EList<DtDependency> dtDependencies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlatformDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.PLATFORM_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDtPath() {
		return dtPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDtPath(String newDtPath) {
		String oldDtPath = dtPath;
		dtPath = newDtPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PLATFORM_DEVICE__DT_PATH, oldDtPath, dtPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcpiId() {
		return acpiId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcpiId(String newAcpiId) {
		String oldAcpiId = acpiId;
		acpiId = newAcpiId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PLATFORM_DEVICE__ACPI_ID, oldAcpiId, acpiId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCompatible() {
		if (compatible == null) {
			compatible = new EDataTypeEList<String>(String.class, this, DevAssignPackage.PLATFORM_DEVICE__COMPATIBLE);
		}
		return compatible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterruptParent() {
		return interruptParent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterruptParent(String newInterruptParent) {
		String oldInterruptParent = interruptParent;
		interruptParent = newInterruptParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.PLATFORM_DEVICE__INTERRUPT_PARENT, oldInterruptParent, interruptParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DtDependency> getDtDependencies() {
		if (dtDependencies == null) {
			dtDependencies = new EObjectContainmentEList<DtDependency>(DtDependency.class, this, DevAssignPackage.PLATFORM_DEVICE__DT_DEPENDENCIES);
		}
		return dtDependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.PLATFORM_DEVICE__DT_DEPENDENCIES:
				return ((InternalEList<?>)getDtDependencies()).basicRemove(otherEnd, msgs);
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
			case DevAssignPackage.PLATFORM_DEVICE__DT_PATH:
				return getDtPath();
			case DevAssignPackage.PLATFORM_DEVICE__ACPI_ID:
				return getAcpiId();
			case DevAssignPackage.PLATFORM_DEVICE__COMPATIBLE:
				return getCompatible();
			case DevAssignPackage.PLATFORM_DEVICE__INTERRUPT_PARENT:
				return getInterruptParent();
			case DevAssignPackage.PLATFORM_DEVICE__DT_DEPENDENCIES:
				return getDtDependencies();
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
			case DevAssignPackage.PLATFORM_DEVICE__DT_PATH:
				setDtPath((String)newValue);
				return;
			case DevAssignPackage.PLATFORM_DEVICE__ACPI_ID:
				setAcpiId((String)newValue);
				return;
			case DevAssignPackage.PLATFORM_DEVICE__COMPATIBLE:
				getCompatible().clear();
				getCompatible().addAll((Collection<? extends String>)newValue);
				return;
			case DevAssignPackage.PLATFORM_DEVICE__INTERRUPT_PARENT:
				setInterruptParent((String)newValue);
				return;
			case DevAssignPackage.PLATFORM_DEVICE__DT_DEPENDENCIES:
				getDtDependencies().clear();
				getDtDependencies().addAll((Collection<? extends DtDependency>)newValue);
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
			case DevAssignPackage.PLATFORM_DEVICE__DT_PATH:
				setDtPath(DT_PATH_EDEFAULT);
				return;
			case DevAssignPackage.PLATFORM_DEVICE__ACPI_ID:
				setAcpiId(ACPI_ID_EDEFAULT);
				return;
			case DevAssignPackage.PLATFORM_DEVICE__COMPATIBLE:
				getCompatible().clear();
				return;
			case DevAssignPackage.PLATFORM_DEVICE__INTERRUPT_PARENT:
				setInterruptParent(INTERRUPT_PARENT_EDEFAULT);
				return;
			case DevAssignPackage.PLATFORM_DEVICE__DT_DEPENDENCIES:
				getDtDependencies().clear();
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
			case DevAssignPackage.PLATFORM_DEVICE__DT_PATH:
				return DT_PATH_EDEFAULT == null ? dtPath != null : !DT_PATH_EDEFAULT.equals(dtPath);
			case DevAssignPackage.PLATFORM_DEVICE__ACPI_ID:
				return ACPI_ID_EDEFAULT == null ? acpiId != null : !ACPI_ID_EDEFAULT.equals(acpiId);
			case DevAssignPackage.PLATFORM_DEVICE__COMPATIBLE:
				return compatible != null && !compatible.isEmpty();
			case DevAssignPackage.PLATFORM_DEVICE__INTERRUPT_PARENT:
				return INTERRUPT_PARENT_EDEFAULT == null ? interruptParent != null : !INTERRUPT_PARENT_EDEFAULT.equals(interruptParent);
			case DevAssignPackage.PLATFORM_DEVICE__DT_DEPENDENCIES:
				return dtDependencies != null && !dtDependencies.isEmpty();
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
		result.append(" (dtPath: ");
		result.append(dtPath);
		result.append(", acpiId: ");
		result.append(acpiId);
		result.append(", compatible: ");
		result.append(compatible);
		result.append(", interruptParent: ");
		result.append(interruptParent);
		result.append(')');
		return result.toString();
	}

} //PlatformDeviceImpl
