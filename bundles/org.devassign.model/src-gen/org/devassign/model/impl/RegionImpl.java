/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.impl;

import java.util.Collection;

import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.Register;
import org.devassign.model.SparseArea;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#isReadable <em>Readable</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#isWritable <em>Writable</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#isMmappable <em>Mmappable</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#isPrefetchable <em>Prefetchable</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#isSixtyFourBit <em>Sixty Four Bit</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#isMsixTable <em>Msix Table</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#isMsixMappable <em>Msix Mappable</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getSparseAreas <em>Sparse Areas</em>}</li>
 *   <li>{@link org.devassign.model.impl.RegionImpl#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionImpl extends EObjectImpl implements Region {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RegionKind KIND_EDEFAULT = RegionKind.MMIO;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RegionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final long BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected long base = BASE_EDEFAULT;

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
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected long offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #isReadable() <em>Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READABLE_EDEFAULT = false;

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
	protected static final boolean WRITABLE_EDEFAULT = false;

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
	 * The default value of the '{@link #isMmappable() <em>Mmappable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMmappable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MMAPPABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMmappable() <em>Mmappable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMmappable()
	 * @generated
	 * @ordered
	 */
	protected boolean mmappable = MMAPPABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrefetchable() <em>Prefetchable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrefetchable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PREFETCHABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrefetchable() <em>Prefetchable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrefetchable()
	 * @generated
	 * @ordered
	 */
	protected boolean prefetchable = PREFETCHABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSixtyFourBit() <em>Sixty Four Bit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSixtyFourBit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIXTY_FOUR_BIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSixtyFourBit() <em>Sixty Four Bit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSixtyFourBit()
	 * @generated
	 * @ordered
	 */
	protected boolean sixtyFourBit = SIXTY_FOUR_BIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isMsixTable() <em>Msix Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsixTable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MSIX_TABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMsixTable() <em>Msix Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsixTable()
	 * @generated
	 * @ordered
	 */
	protected boolean msixTable = MSIX_TABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMsixMappable() <em>Msix Mappable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsixMappable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MSIX_MAPPABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMsixMappable() <em>Msix Mappable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsixMappable()
	 * @generated
	 * @ordered
	 */
	protected boolean msixMappable = MSIX_MAPPABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSparseAreas() <em>Sparse Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSparseAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<SparseArea> sparseAreas;

	/**
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<Register> registers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DevAssignPackage.Literals.REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (eContainerFeatureID() != DevAssignPackage.REGION__DEVICE) return null;
		return (Device)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDevice(Device newDevice, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDevice, DevAssignPackage.REGION__DEVICE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		if (newDevice != eInternalContainer() || (eContainerFeatureID() != DevAssignPackage.REGION__DEVICE && newDevice != null)) {
			if (EcoreUtil.isAncestor(this, newDevice))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDevice != null)
				msgs = ((InternalEObject)newDevice).eInverseAdd(this, DevAssignPackage.DEVICE__REGIONS, Device.class, msgs);
			msgs = basicSetDevice(newDevice, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__DEVICE, newDevice, newDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__INDEX, oldIndex, index));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RegionKind newKind) {
		RegionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(long newBase) {
		long oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__BASE, oldBase, base));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(long newOffset) {
		long oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__OFFSET, oldOffset, offset));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__READABLE, oldReadable, readable));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__WRITABLE, oldWritable, writable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMmappable() {
		return mmappable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMmappable(boolean newMmappable) {
		boolean oldMmappable = mmappable;
		mmappable = newMmappable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__MMAPPABLE, oldMmappable, mmappable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrefetchable() {
		return prefetchable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefetchable(boolean newPrefetchable) {
		boolean oldPrefetchable = prefetchable;
		prefetchable = newPrefetchable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__PREFETCHABLE, oldPrefetchable, prefetchable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSixtyFourBit() {
		return sixtyFourBit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSixtyFourBit(boolean newSixtyFourBit) {
		boolean oldSixtyFourBit = sixtyFourBit;
		sixtyFourBit = newSixtyFourBit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__SIXTY_FOUR_BIT, oldSixtyFourBit, sixtyFourBit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMsixTable() {
		return msixTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMsixTable(boolean newMsixTable) {
		boolean oldMsixTable = msixTable;
		msixTable = newMsixTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__MSIX_TABLE, oldMsixTable, msixTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMsixMappable() {
		return msixMappable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMsixMappable(boolean newMsixMappable) {
		boolean oldMsixMappable = msixMappable;
		msixMappable = newMsixMappable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DevAssignPackage.REGION__MSIX_MAPPABLE, oldMsixMappable, msixMappable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SparseArea> getSparseAreas() {
		if (sparseAreas == null) {
			sparseAreas = new EObjectContainmentEList<SparseArea>(SparseArea.class, this, DevAssignPackage.REGION__SPARSE_AREAS);
		}
		return sparseAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Register> getRegisters() {
		if (registers == null) {
			registers = new EObjectContainmentEList<Register>(Register.class, this, DevAssignPackage.REGION__REGISTERS);
		}
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DevAssignPackage.REGION__DEVICE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDevice((Device)otherEnd, msgs);
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
			case DevAssignPackage.REGION__DEVICE:
				return basicSetDevice(null, msgs);
			case DevAssignPackage.REGION__SPARSE_AREAS:
				return ((InternalEList<?>)getSparseAreas()).basicRemove(otherEnd, msgs);
			case DevAssignPackage.REGION__REGISTERS:
				return ((InternalEList<?>)getRegisters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case DevAssignPackage.REGION__DEVICE:
				return eInternalContainer().eInverseRemove(this, DevAssignPackage.DEVICE__REGIONS, Device.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DevAssignPackage.REGION__DEVICE:
				return getDevice();
			case DevAssignPackage.REGION__INDEX:
				return getIndex();
			case DevAssignPackage.REGION__NAME:
				return getName();
			case DevAssignPackage.REGION__KIND:
				return getKind();
			case DevAssignPackage.REGION__BASE:
				return getBase();
			case DevAssignPackage.REGION__SIZE:
				return getSize();
			case DevAssignPackage.REGION__OFFSET:
				return getOffset();
			case DevAssignPackage.REGION__READABLE:
				return isReadable();
			case DevAssignPackage.REGION__WRITABLE:
				return isWritable();
			case DevAssignPackage.REGION__MMAPPABLE:
				return isMmappable();
			case DevAssignPackage.REGION__PREFETCHABLE:
				return isPrefetchable();
			case DevAssignPackage.REGION__SIXTY_FOUR_BIT:
				return isSixtyFourBit();
			case DevAssignPackage.REGION__MSIX_TABLE:
				return isMsixTable();
			case DevAssignPackage.REGION__MSIX_MAPPABLE:
				return isMsixMappable();
			case DevAssignPackage.REGION__SPARSE_AREAS:
				return getSparseAreas();
			case DevAssignPackage.REGION__REGISTERS:
				return getRegisters();
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
			case DevAssignPackage.REGION__DEVICE:
				setDevice((Device)newValue);
				return;
			case DevAssignPackage.REGION__INDEX:
				setIndex((Integer)newValue);
				return;
			case DevAssignPackage.REGION__NAME:
				setName((String)newValue);
				return;
			case DevAssignPackage.REGION__KIND:
				setKind((RegionKind)newValue);
				return;
			case DevAssignPackage.REGION__BASE:
				setBase((Long)newValue);
				return;
			case DevAssignPackage.REGION__SIZE:
				setSize((Long)newValue);
				return;
			case DevAssignPackage.REGION__OFFSET:
				setOffset((Long)newValue);
				return;
			case DevAssignPackage.REGION__READABLE:
				setReadable((Boolean)newValue);
				return;
			case DevAssignPackage.REGION__WRITABLE:
				setWritable((Boolean)newValue);
				return;
			case DevAssignPackage.REGION__MMAPPABLE:
				setMmappable((Boolean)newValue);
				return;
			case DevAssignPackage.REGION__PREFETCHABLE:
				setPrefetchable((Boolean)newValue);
				return;
			case DevAssignPackage.REGION__SIXTY_FOUR_BIT:
				setSixtyFourBit((Boolean)newValue);
				return;
			case DevAssignPackage.REGION__MSIX_TABLE:
				setMsixTable((Boolean)newValue);
				return;
			case DevAssignPackage.REGION__MSIX_MAPPABLE:
				setMsixMappable((Boolean)newValue);
				return;
			case DevAssignPackage.REGION__SPARSE_AREAS:
				getSparseAreas().clear();
				getSparseAreas().addAll((Collection<? extends SparseArea>)newValue);
				return;
			case DevAssignPackage.REGION__REGISTERS:
				getRegisters().clear();
				getRegisters().addAll((Collection<? extends Register>)newValue);
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
			case DevAssignPackage.REGION__DEVICE:
				setDevice((Device)null);
				return;
			case DevAssignPackage.REGION__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case DevAssignPackage.REGION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DevAssignPackage.REGION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DevAssignPackage.REGION__BASE:
				setBase(BASE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case DevAssignPackage.REGION__READABLE:
				setReadable(READABLE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__WRITABLE:
				setWritable(WRITABLE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__MMAPPABLE:
				setMmappable(MMAPPABLE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__PREFETCHABLE:
				setPrefetchable(PREFETCHABLE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__SIXTY_FOUR_BIT:
				setSixtyFourBit(SIXTY_FOUR_BIT_EDEFAULT);
				return;
			case DevAssignPackage.REGION__MSIX_TABLE:
				setMsixTable(MSIX_TABLE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__MSIX_MAPPABLE:
				setMsixMappable(MSIX_MAPPABLE_EDEFAULT);
				return;
			case DevAssignPackage.REGION__SPARSE_AREAS:
				getSparseAreas().clear();
				return;
			case DevAssignPackage.REGION__REGISTERS:
				getRegisters().clear();
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
			case DevAssignPackage.REGION__DEVICE:
				return getDevice() != null;
			case DevAssignPackage.REGION__INDEX:
				return index != INDEX_EDEFAULT;
			case DevAssignPackage.REGION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DevAssignPackage.REGION__KIND:
				return kind != KIND_EDEFAULT;
			case DevAssignPackage.REGION__BASE:
				return base != BASE_EDEFAULT;
			case DevAssignPackage.REGION__SIZE:
				return size != SIZE_EDEFAULT;
			case DevAssignPackage.REGION__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case DevAssignPackage.REGION__READABLE:
				return readable != READABLE_EDEFAULT;
			case DevAssignPackage.REGION__WRITABLE:
				return writable != WRITABLE_EDEFAULT;
			case DevAssignPackage.REGION__MMAPPABLE:
				return mmappable != MMAPPABLE_EDEFAULT;
			case DevAssignPackage.REGION__PREFETCHABLE:
				return prefetchable != PREFETCHABLE_EDEFAULT;
			case DevAssignPackage.REGION__SIXTY_FOUR_BIT:
				return sixtyFourBit != SIXTY_FOUR_BIT_EDEFAULT;
			case DevAssignPackage.REGION__MSIX_TABLE:
				return msixTable != MSIX_TABLE_EDEFAULT;
			case DevAssignPackage.REGION__MSIX_MAPPABLE:
				return msixMappable != MSIX_MAPPABLE_EDEFAULT;
			case DevAssignPackage.REGION__SPARSE_AREAS:
				return sparseAreas != null && !sparseAreas.isEmpty();
			case DevAssignPackage.REGION__REGISTERS:
				return registers != null && !registers.isEmpty();
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
		result.append(" (index: ");
		result.append(index);
		result.append(", name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", base: ");
		result.append(base);
		result.append(", size: ");
		result.append(size);
		result.append(", offset: ");
		result.append(offset);
		result.append(", readable: ");
		result.append(readable);
		result.append(", writable: ");
		result.append(writable);
		result.append(", mmappable: ");
		result.append(mmappable);
		result.append(", prefetchable: ");
		result.append(prefetchable);
		result.append(", sixtyFourBit: ");
		result.append(sixtyFourBit);
		result.append(", msixTable: ");
		result.append(msixTable);
		result.append(", msixMappable: ");
		result.append(msixMappable);
		result.append(')');
		return result.toString();
	}

} //RegionImpl
