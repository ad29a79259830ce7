/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.DmaWindow;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dma Window</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.DmaWindowImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.devassign.model.impl.DmaWindowImpl#getIova <em>Iova</em>}</li>
 *   <li>{@link org.devassign.model.impl.DmaWindowImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.devassign.model.impl.DmaWindowImpl#isReadable <em>Readable</em>}</li>
 *   <li>{@link org.devassign.model.impl.DmaWindowImpl#isWritable <em>Writable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DmaWindowImpl extends EObjectImpl implements DmaWindow {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIova() <em>Iova</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIova()
	 * @generated
	 * @ordered
	 */
	protected static final long IOVA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIova() <em>Iova</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIova()
	 * @generated
	 * @ordered
	 */
	protected long iova = IOVA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isReadable() <em>Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isReadable() <em>Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadable()
	 * @generated
	 * @ordered
	 */
	protected boolean readable = READABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected boolean writable = WRITABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DmaWindowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.DMA_WINDOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DMA_WINDOW__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIova() {
		return iova;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIova(long newIova) {
		long oldIova = iova;
		iova = newIova;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DMA_WINDOW__IOVA, oldIova, iova));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(long newSize) {
		long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DMA_WINDOW__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadable() {
		return readable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadable(boolean newReadable) {
		boolean oldReadable = readable;
		readable = newReadable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DMA_WINDOW__READABLE, oldReadable, readable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWritable() {
		return writable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritable(boolean newWritable) {
		boolean oldWritable = writable;
		writable = newWritable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.DMA_WINDOW__WRITABLE, oldWritable, writable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.DMA_WINDOW__NAME:
				return getName();
			case DevAssignPackage.DMA_WINDOW__IOVA:
				return getIova();
			case DevAssignPackage.DMA_WINDOW__SIZE:
				return getSize();
			case DevAssignPackage.DMA_WINDOW__READABLE:
				return isReadable();
			case DevAssignPackage.DMA_WINDOW__WRITABLE:
				return isWritable();
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
			case DevAssignPackage.DMA_WINDOW__NAME:
				setName((String)newValue);
				return;
			case DevAssignPackage.DMA_WINDOW__IOVA:
				setIova((Long)newValue);
				return;
			case DevAssignPackage.DMA_WINDOW__SIZE:
				setSize((Long)newValue);
				return;
			case DevAssignPackage.DMA_WINDOW__READABLE:
				setReadable((Boolean)newValue);
				return;
			case DevAssignPackage.DMA_WINDOW__WRITABLE:
				setWritable((Boolean)newValue);
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
			case DevAssignPackage.DMA_WINDOW__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DevAssignPackage.DMA_WINDOW__IOVA:
				setIova(IOVA_EDEFAULT);
				return;
			case DevAssignPackage.DMA_WINDOW__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case DevAssignPackage.DMA_WINDOW__READABLE:
				setReadable(READABLE_EDEFAULT);
				return;
			case DevAssignPackage.DMA_WINDOW__WRITABLE:
				setWritable(WRITABLE_EDEFAULT);
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
			case DevAssignPackage.DMA_WINDOW__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DevAssignPackage.DMA_WINDOW__IOVA:
				return iova != IOVA_EDEFAULT;
			case DevAssignPackage.DMA_WINDOW__SIZE:
				return size != SIZE_EDEFAULT;
			case DevAssignPackage.DMA_WINDOW__READABLE:
				return readable != READABLE_EDEFAULT;
			case DevAssignPackage.DMA_WINDOW__WRITABLE:
				return writable != WRITABLE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", iova: ");
		result.append(iova);
		result.append(", size: ");
		result.append(size);
		result.append(", readable: ");
		result.append(readable);
		result.append(", writable: ");
		result.append(writable);
		result.append(')');
		return result.toString();
	}

} //DmaWindowImpl
