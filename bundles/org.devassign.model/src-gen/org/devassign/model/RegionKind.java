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
 * A representation of the literals of the enumeration '<em><b>Region Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage#getRegionKind()
 * @model
 * @generated
 */
public enum RegionKind implements Enumerator {
	/**
	 * The '<em><b>MMIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMIO_VALUE
	 * @generated
	 * @ordered
	 */
	MMIO(0, "MMIO", "mmio"),

	/**
	 * The '<em><b>PIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIO_VALUE
	 * @generated
	 * @ordered
	 */
	PIO(1, "PIO", "pio"),

	/**
	 * The '<em><b>CONFIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIG_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIG(2, "CONFIG", "config"),

	/**
	 * The '<em><b>ROM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROM_VALUE
	 * @generated
	 * @ordered
	 */
	ROM(3, "ROM", "rom"),

	/**
	 * The '<em><b>MC PORTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MC_PORTAL_VALUE
	 * @generated
	 * @ordered
	 */
	MC_PORTAL(4, "MC_PORTAL", "mc-portal");

	/**
	 * The '<em><b>MMIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMIO
	 * @model literal="mmio"
	 * @generated
	 * @ordered
	 */
	public static final int MMIO_VALUE = 0;

	/**
	 * The '<em><b>PIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIO
	 * @model literal="pio"
	 * @generated
	 * @ordered
	 */
	public static final int PIO_VALUE = 1;

	/**
	 * The '<em><b>CONFIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIG
	 * @model literal="config"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIG_VALUE = 2;

	/**
	 * The '<em><b>ROM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROM
	 * @model literal="rom"
	 * @generated
	 * @ordered
	 */
	public static final int ROM_VALUE = 3;

	/**
	 * The '<em><b>MC PORTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MC_PORTAL
	 * @model literal="mc-portal"
	 * @generated
	 * @ordered
	 */
	public static final int MC_PORTAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RegionKind[] VALUES_ARRAY =
		new RegionKind[] {
			MMIO,
			PIO,
			CONFIG,
			ROM,
			MC_PORTAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RegionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(int value) {
		switch (value) {
			case MMIO_VALUE: return MMIO;
			case PIO_VALUE: return PIO;
			case CONFIG_VALUE: return CONFIG;
			case ROM_VALUE: return ROM;
			case MC_PORTAL_VALUE: return MC_PORTAL;
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
	private RegionKind(int value, String name, String literal) {
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
	
} //RegionKind
