/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Iommu Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An IOMMU group: the smallest set of devices the kernel will hand out together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.IommuGroup#getId <em>Id</em>}</li>
 *   <li>{@link org.devassign.model.IommuGroup#isNoIommu <em>No Iommu</em>}</li>
 *   <li>{@link org.devassign.model.IommuGroup#isProvisional <em>Provisional</em>}</li>
 *   <li>{@link org.devassign.model.IommuGroup#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.devassign.model.IommuGroup#getIovaRanges <em>Iova Ranges</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getIommuGroup()
 * @model
 * @generated
 */
public interface IommuGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel's group number (/dev/vfio/N); also how files refer to the group. -1 until known (EMF treats a default-valued ID as no ID, so 0 must not be the default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see org.devassign.model.DevAssignPackage#getIommuGroup_Id()
	 * @model default="-1" id="true"
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link org.devassign.model.IommuGroup#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>No Iommu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An unsafe no-IOMMU group (/dev/vfio/noiommu-N): opened with SET_IOMMU(NOIOMMU), no DMA isolation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Iommu</em>' attribute.
	 * @see #setNoIommu(boolean)
	 * @see org.devassign.model.DevAssignPackage#getIommuGroup_NoIommu()
	 * @model
	 * @generated
	 */
	boolean isNoIommu();

	/**
	 * Sets the value of the '{@link org.devassign.model.IommuGroup#isNoIommu <em>No Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Iommu</em>' attribute.
	 * @see #isNoIommu()
	 * @generated
	 */
	void setNoIommu(boolean value);

	/**
	 * Returns the value of the '<em><b>Provisional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when inferred from device-tree iommus/iommu-map rather than reported by the kernel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provisional</em>' attribute.
	 * @see #setProvisional(boolean)
	 * @see org.devassign.model.DevAssignPackage#getIommuGroup_Provisional()
	 * @model
	 * @generated
	 */
	boolean isProvisional();

	/**
	 * Sets the value of the '{@link org.devassign.model.IommuGroup#isProvisional <em>Provisional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provisional</em>' attribute.
	 * @see #isProvisional()
	 * @generated
	 */
	void setProvisional(boolean value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' reference list.
	 * The list contents are of type {@link org.devassign.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The members as /sys/kernel/iommu_groups/N/devices lists them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devices</em>' reference list.
	 * @see org.devassign.model.DevAssignPackage#getIommuGroup_Devices()
	 * @model
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Iova Ranges</b></em>' containment reference list.
	 * The list contents are of type {@link org.devassign.model.IovaRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IOVA ranges VFIO offers for DMA through this group (its IOVA_RANGE capability): the IOMMU's aperture without the group's reserved regions (/sys/kernel/iommu_groups/N/reserved_regions), such as the MSI window at 0xfee00000 on x86. Empty when unknown, and always for a no-IOMMU group, which maps no DMA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iova Ranges</em>' containment reference list.
	 * @see org.devassign.model.DevAssignPackage#getIommuGroup_IovaRanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<IovaRange> getIovaRanges();

} // IommuGroup
