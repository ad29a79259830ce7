/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.KernelCapability;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getHardwareModel <em>Hardware Model</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getKernelCapabilities <em>Kernel Capabilities</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getSourceLocation <em>Source Location</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getPageSize <em>Page Size</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.devassign.model.impl.BoardImpl#getIommuGroups <em>Iommu Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoardImpl extends NamedElementImpl implements Board {
	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHITECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected String architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareModel() <em>Hardware Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareModel()
	 * @generated
	 * @ordered
	 */
	protected static final String HARDWARE_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareModel() <em>Hardware Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareModel()
	 * @generated
	 * @ordered
	 */
	protected String hardwareModel = HARDWARE_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelVersion() <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernelVersion() <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelVersion()
	 * @generated
	 * @ordered
	 */
	protected String kernelVersion = KERNEL_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKernelCapabilities() <em>Kernel Capabilities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelCapabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<KernelCapability> kernelCapabilities;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final BoardSource SOURCE_EDEFAULT = BoardSource.HAND;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected BoardSource source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLocation() <em>Source Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceLocation() <em>Source Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLocation()
	 * @generated
	 * @ordered
	 */
	protected String sourceLocation = SOURCE_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageSize() <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageSize()
	 * @generated
	 * @ordered
	 */
	protected static final long PAGE_SIZE_EDEFAULT = 4096L;

	/**
	 * The cached value of the '{@link #getPageSize() <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageSize()
	 * @generated
	 * @ordered
	 */
	protected long pageSize = PAGE_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getIommuGroups() <em>Iommu Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIommuGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<IommuGroup> iommuGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.BOARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		String oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.BOARD__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHardwareModel() {
		return hardwareModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareModel(String newHardwareModel) {
		String oldHardwareModel = hardwareModel;
		hardwareModel = newHardwareModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.BOARD__HARDWARE_MODEL, oldHardwareModel, hardwareModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernelVersion() {
		return kernelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelVersion(String newKernelVersion) {
		String oldKernelVersion = kernelVersion;
		kernelVersion = newKernelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.BOARD__KERNEL_VERSION, oldKernelVersion, kernelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KernelCapability> getKernelCapabilities() {
		if (kernelCapabilities == null) {
			kernelCapabilities = new EDataTypeUniqueEList<KernelCapability>(KernelCapability.class, this, DevAssignPackage.BOARD__KERNEL_CAPABILITIES);
		}
		return kernelCapabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoardSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(BoardSource newSource) {
		BoardSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.BOARD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceLocation() {
		return sourceLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLocation(String newSourceLocation) {
		String oldSourceLocation = sourceLocation;
		sourceLocation = newSourceLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.BOARD__SOURCE_LOCATION, oldSourceLocation, sourceLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPageSize() {
		return pageSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageSize(long newPageSize) {
		long oldPageSize = pageSize;
		pageSize = newPageSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.BOARD__PAGE_SIZE, oldPageSize, pageSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, DevAssignPackage.BOARD__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IommuGroup> getIommuGroups() {
		if (iommuGroups == null) {
			iommuGroups = new EObjectContainmentEList<IommuGroup>(IommuGroup.class, this, DevAssignPackage.BOARD__IOMMU_GROUPS);
		}
		return iommuGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.BOARD__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.BOARD__IOMMU_GROUPS:
				return ((InternalEList<?>)getIommuGroups()).basicRemove(otherEnd, msgs);
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
			case DevAssignPackage.BOARD__ARCHITECTURE:
				return getArchitecture();
			case DevAssignPackage.BOARD__HARDWARE_MODEL:
				return getHardwareModel();
			case DevAssignPackage.BOARD__KERNEL_VERSION:
				return getKernelVersion();
			case DevAssignPackage.BOARD__KERNEL_CAPABILITIES:
				return getKernelCapabilities();
			case DevAssignPackage.BOARD__SOURCE:
				return getSource();
			case DevAssignPackage.BOARD__SOURCE_LOCATION:
				return getSourceLocation();
			case DevAssignPackage.BOARD__PAGE_SIZE:
				return getPageSize();
			case DevAssignPackage.BOARD__DEVICES:
				return getDevices();
			case DevAssignPackage.BOARD__IOMMU_GROUPS:
				return getIommuGroups();
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
			case DevAssignPackage.BOARD__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case DevAssignPackage.BOARD__HARDWARE_MODEL:
				setHardwareModel((String)newValue);
				return;
			case DevAssignPackage.BOARD__KERNEL_VERSION:
				setKernelVersion((String)newValue);
				return;
			case DevAssignPackage.BOARD__KERNEL_CAPABILITIES:
				getKernelCapabilities().clear();
				getKernelCapabilities().addAll((Collection<? extends KernelCapability>)newValue);
				return;
			case DevAssignPackage.BOARD__SOURCE:
				setSource((BoardSource)newValue);
				return;
			case DevAssignPackage.BOARD__SOURCE_LOCATION:
				setSourceLocation((String)newValue);
				return;
			case DevAssignPackage.BOARD__PAGE_SIZE:
				setPageSize((Long)newValue);
				return;
			case DevAssignPackage.BOARD__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case DevAssignPackage.BOARD__IOMMU_GROUPS:
				getIommuGroups().clear();
				getIommuGroups().addAll((Collection<? extends IommuGroup>)newValue);
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
			case DevAssignPackage.BOARD__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case DevAssignPackage.BOARD__HARDWARE_MODEL:
				setHardwareModel(HARDWARE_MODEL_EDEFAULT);
				return;
			case DevAssignPackage.BOARD__KERNEL_VERSION:
				setKernelVersion(KERNEL_VERSION_EDEFAULT);
				return;
			case DevAssignPackage.BOARD__KERNEL_CAPABILITIES:
				getKernelCapabilities().clear();
				return;
			case DevAssignPackage.BOARD__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case DevAssignPackage.BOARD__SOURCE_LOCATION:
				setSourceLocation(SOURCE_LOCATION_EDEFAULT);
				return;
			case DevAssignPackage.BOARD__PAGE_SIZE:
				setPageSize(PAGE_SIZE_EDEFAULT);
				return;
			case DevAssignPackage.BOARD__DEVICES:
				getDevices().clear();
				return;
			case DevAssignPackage.BOARD__IOMMU_GROUPS:
				getIommuGroups().clear();
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
			case DevAssignPackage.BOARD__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case DevAssignPackage.BOARD__HARDWARE_MODEL:
				return HARDWARE_MODEL_EDEFAULT == null ? hardwareModel != null : !HARDWARE_MODEL_EDEFAULT.equals(hardwareModel);
			case DevAssignPackage.BOARD__KERNEL_VERSION:
				return KERNEL_VERSION_EDEFAULT == null ? kernelVersion != null : !KERNEL_VERSION_EDEFAULT.equals(kernelVersion);
			case DevAssignPackage.BOARD__KERNEL_CAPABILITIES:
				return kernelCapabilities != null && !kernelCapabilities.isEmpty();
			case DevAssignPackage.BOARD__SOURCE:
				return source != SOURCE_EDEFAULT;
			case DevAssignPackage.BOARD__SOURCE_LOCATION:
				return SOURCE_LOCATION_EDEFAULT == null ? sourceLocation != null : !SOURCE_LOCATION_EDEFAULT.equals(sourceLocation);
			case DevAssignPackage.BOARD__PAGE_SIZE:
				return pageSize != PAGE_SIZE_EDEFAULT;
			case DevAssignPackage.BOARD__DEVICES:
				return devices != null && !devices.isEmpty();
			case DevAssignPackage.BOARD__IOMMU_GROUPS:
				return iommuGroups != null && !iommuGroups.isEmpty();
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
		result.append(" (architecture: ");
		result.append(architecture);
		result.append(", hardwareModel: ");
		result.append(hardwareModel);
		result.append(", kernelVersion: ");
		result.append(kernelVersion);
		result.append(", kernelCapabilities: ");
		result.append(kernelCapabilities);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceLocation: ");
		result.append(sourceLocation);
		result.append(", pageSize: ");
		result.append(pageSize);
		result.append(')');
		return result.toString();
	}

} //BoardImpl
