/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Userspace Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.UserspaceDriver#getUid <em>Uid</em>}</li>
 *   <li>{@link org.devassign.model.UserspaceDriver#getGid <em>Gid</em>}</li>
 *   <li>{@link org.devassign.model.UserspaceDriver#getSocketPath <em>Socket Path</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getUserspaceDriver()
 * @model
 * @generated
 */
public interface UserspaceDriver extends Consumer {
	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user the driver process runs as: 0 to 4294967294 (Linux ids are unsigned 32-bit; 4294967295 is (uid_t)-1, which means no user).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(long)
	 * @see org.devassign.model.DevAssignPackage#getUserspaceDriver_Uid()
	 * @model
	 * @generated
	 */
	long getUid();

	/**
	 * Sets the value of the '{@link org.devassign.model.UserspaceDriver#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(long value);

	/**
	 * Returns the value of the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The driver process's group: 0 to 4294967294, as uid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gid</em>' attribute.
	 * @see #setGid(long)
	 * @see org.devassign.model.DevAssignPackage#getUserspaceDriver_Gid()
	 * @model
	 * @generated
	 */
	long getGid();

	/**
	 * Sets the value of the '{@link org.devassign.model.UserspaceDriver#getGid <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gid</em>' attribute.
	 * @see #getGid()
	 * @generated
	 */
	void setGid(long value);

	/**
	 * Returns the value of the '<em><b>Socket Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unix socket on which the driver process receives its device fds (SCM_RIGHTS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Socket Path</em>' attribute.
	 * @see #setSocketPath(String)
	 * @see org.devassign.model.DevAssignPackage#getUserspaceDriver_SocketPath()
	 * @model
	 * @generated
	 */
	String getSocketPath();

	/**
	 * Sets the value of the '{@link org.devassign.model.UserspaceDriver#getSocketPath <em>Socket Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Socket Path</em>' attribute.
	 * @see #getSocketPath()
	 * @generated
	 */
	void setSocketPath(String value);

} // UserspaceDriver
