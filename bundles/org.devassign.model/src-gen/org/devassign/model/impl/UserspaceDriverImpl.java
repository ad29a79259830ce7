/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.UserspaceDriver;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Userspace Driver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.UserspaceDriverImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link org.devassign.model.impl.UserspaceDriverImpl#getGid <em>Gid</em>}</li>
 *   <li>{@link org.devassign.model.impl.UserspaceDriverImpl#getSocketPath <em>Socket Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserspaceDriverImpl extends ConsumerImpl implements UserspaceDriver {
	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final long UID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected long uid = UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getGid() <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGid()
	 * @generated
	 * @ordered
	 */
	protected static final long GID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGid() <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGid()
	 * @generated
	 * @ordered
	 */
	protected long gid = GID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSocketPath() <em>Socket Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocketPath()
	 * @generated
	 * @ordered
	 */
	protected static final String SOCKET_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSocketPath() <em>Socket Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocketPath()
	 * @generated
	 * @ordered
	 */
	protected String socketPath = SOCKET_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserspaceDriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.USERSPACE_DRIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(long newUid) {
		long oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.USERSPACE_DRIVER__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGid() {
		return gid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGid(long newGid) {
		long oldGid = gid;
		gid = newGid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.USERSPACE_DRIVER__GID, oldGid, gid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSocketPath() {
		return socketPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocketPath(String newSocketPath) {
		String oldSocketPath = socketPath;
		socketPath = newSocketPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.USERSPACE_DRIVER__SOCKET_PATH, oldSocketPath, socketPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.USERSPACE_DRIVER__UID:
				return getUid();
			case DevAssignPackage.USERSPACE_DRIVER__GID:
				return getGid();
			case DevAssignPackage.USERSPACE_DRIVER__SOCKET_PATH:
				return getSocketPath();
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
			case DevAssignPackage.USERSPACE_DRIVER__UID:
				setUid((Long)newValue);
				return;
			case DevAssignPackage.USERSPACE_DRIVER__GID:
				setGid((Long)newValue);
				return;
			case DevAssignPackage.USERSPACE_DRIVER__SOCKET_PATH:
				setSocketPath((String)newValue);
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
			case DevAssignPackage.USERSPACE_DRIVER__UID:
				setUid(UID_EDEFAULT);
				return;
			case DevAssignPackage.USERSPACE_DRIVER__GID:
				setGid(GID_EDEFAULT);
				return;
			case DevAssignPackage.USERSPACE_DRIVER__SOCKET_PATH:
				setSocketPath(SOCKET_PATH_EDEFAULT);
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
			case DevAssignPackage.USERSPACE_DRIVER__UID:
				return uid != UID_EDEFAULT;
			case DevAssignPackage.USERSPACE_DRIVER__GID:
				return gid != GID_EDEFAULT;
			case DevAssignPackage.USERSPACE_DRIVER__SOCKET_PATH:
				return SOCKET_PATH_EDEFAULT == null ? socketPath != null : !SOCKET_PATH_EDEFAULT.equals(socketPath);
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
		result.append(" (uid: ");
		result.append(uid);
		result.append(", gid: ");
		result.append(gid);
		result.append(", socketPath: ");
		result.append(socketPath);
		result.append(')');
		return result.toString();
	}

} //UserspaceDriverImpl
