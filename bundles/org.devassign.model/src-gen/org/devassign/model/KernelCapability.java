/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kernel Capability</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage#getKernelCapability()
 * @model
 * @generated
 */
public enum KernelCapability implements Enumerator {
	/**
	 * The '<em><b>VFIO PCI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PCI_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_PCI(0, "VFIO_PCI", "vfio-pci"),

	/**
	 * The '<em><b>VFIO PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_PLATFORM(1, "VFIO_PLATFORM", "vfio-platform"),

	/**
	 * The '<em><b>VFIO FSL MC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_FSL_MC_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_FSL_MC(2, "VFIO_FSL_MC", "vfio-fsl-mc"),

	/**
	 * The '<em><b>VFIO CDEV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_CDEV_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_CDEV(3, "VFIO_CDEV", "vfio-cdev"),

	/**
	 * The '<em><b>IOMMUFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IOMMUFD_VALUE
	 * @generated
	 * @ordered
	 */
	IOMMUFD(4, "IOMMUFD", "iommufd"),

	/**
	 * The '<em><b>NOIOMMU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOIOMMU_VALUE
	 * @generated
	 * @ordered
	 */
	NOIOMMU(5, "NOIOMMU", "noiommu"),

	/**
	 * The '<em><b>TYPE1V2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE1V2_VALUE
	 * @generated
	 * @ordered
	 */
	TYPE1V2(6, "TYPE1V2", "type1v2");

	/**
	 * The '<em><b>VFIO PCI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PCI
	 * @model literal="vfio-pci"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_PCI_VALUE = 0;

	/**
	 * The '<em><b>VFIO PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PLATFORM
	 * @model literal="vfio-platform"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_PLATFORM_VALUE = 1;

	/**
	 * The '<em><b>VFIO FSL MC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_FSL_MC
	 * @model literal="vfio-fsl-mc"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_FSL_MC_VALUE = 2;

	/**
	 * The '<em><b>VFIO CDEV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_CDEV
	 * @model literal="vfio-cdev"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_CDEV_VALUE = 3;

	/**
	 * The '<em><b>IOMMUFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IOMMUFD
	 * @model literal="iommufd"
	 * @generated
	 * @ordered
	 */
	public static final int IOMMUFD_VALUE = 4;

	/**
	 * The '<em><b>NOIOMMU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOIOMMU
	 * @model literal="noiommu"
	 * @generated
	 * @ordered
	 */
	public static final int NOIOMMU_VALUE = 5;

	/**
	 * The '<em><b>TYPE1V2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE1V2
	 * @model literal="type1v2"
	 * @generated
	 * @ordered
	 */
	public static final int TYPE1V2_VALUE = 6;

	/**
	 * An array of all the '<em><b>Kernel Capability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KernelCapability[] VALUES_ARRAY =
		new KernelCapability[] {
			VFIO_PCI,
			VFIO_PLATFORM,
			VFIO_FSL_MC,
			VFIO_CDEV,
			IOMMUFD,
			NOIOMMU,
			TYPE1V2,
		};

	/**
	 * A public read-only list of all the '<em><b>Kernel Capability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KernelCapability> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kernel Capability</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelCapability get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelCapability result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Capability</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelCapability getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelCapability result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Capability</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelCapability get(int value) {
		switch (value) {
			case VFIO_PCI_VALUE: return VFIO_PCI;
			case VFIO_PLATFORM_VALUE: return VFIO_PLATFORM;
			case VFIO_FSL_MC_VALUE: return VFIO_FSL_MC;
			case VFIO_CDEV_VALUE: return VFIO_CDEV;
			case IOMMUFD_VALUE: return IOMMUFD;
			case NOIOMMU_VALUE: return NOIOMMU;
			case TYPE1V2_VALUE: return TYPE1V2;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private KernelCapability(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //KernelCapability
