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
 * A representation of the literals of the enumeration '<em><b>Vfio Driver</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage#getVfioDriver()
 * @model
 * @generated
 */
public enum VfioDriver implements Enumerator {
	/**
	 * The '<em><b>AUTO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTO_VALUE
	 * @generated
	 * @ordered
	 */
	AUTO(0, "AUTO", "auto"),

	/**
	 * The '<em><b>VFIO PCI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PCI_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_PCI(1, "VFIO_PCI", "vfio-pci"),

	/**
	 * The '<em><b>VFIO PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_PLATFORM(2, "VFIO_PLATFORM", "vfio-platform"),

	/**
	 * The '<em><b>VFIO FSL MC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_FSL_MC_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_FSL_MC(3, "VFIO_FSL_MC", "vfio-fsl-mc");

	/**
	 * The '<em><b>AUTO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTO
	 * @model literal="auto"
	 * @generated
	 * @ordered
	 */
	public static final int AUTO_VALUE = 0;

	/**
	 * The '<em><b>VFIO PCI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PCI
	 * @model literal="vfio-pci"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_PCI_VALUE = 1;

	/**
	 * The '<em><b>VFIO PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PLATFORM
	 * @model literal="vfio-platform"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_PLATFORM_VALUE = 2;

	/**
	 * The '<em><b>VFIO FSL MC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_FSL_MC
	 * @model literal="vfio-fsl-mc"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_FSL_MC_VALUE = 3;

	/**
	 * An array of all the '<em><b>Vfio Driver</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VfioDriver[] VALUES_ARRAY =
		new VfioDriver[] {
			AUTO,
			VFIO_PCI,
			VFIO_PLATFORM,
			VFIO_FSL_MC,
		};

	/**
	 * A public read-only list of all the '<em><b>Vfio Driver</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VfioDriver> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Vfio Driver</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VfioDriver get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VfioDriver result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vfio Driver</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VfioDriver getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VfioDriver result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vfio Driver</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VfioDriver get(int value) {
		switch (value) {
			case AUTO_VALUE: return AUTO;
			case VFIO_PCI_VALUE: return VFIO_PCI;
			case VFIO_PLATFORM_VALUE: return VFIO_PLATFORM;
			case VFIO_FSL_MC_VALUE: return VFIO_FSL_MC;
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
	private VfioDriver(int value, String name, String literal) {
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
	
} //VfioDriver
