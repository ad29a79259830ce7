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
 * A representation of the literals of the enumeration '<em><b>Board Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage#getBoardSource()
 * @model
 * @generated
 */
public enum BoardSource implements Enumerator {
	/**
	 * The '<em><b>HAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HAND_VALUE
	 * @generated
	 * @ordered
	 */
	HAND(0, "HAND", "hand"),

	/**
	 * The '<em><b>DISCOVERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOVERED_VALUE
	 * @generated
	 * @ordered
	 */
	DISCOVERED(1, "DISCOVERED", "discovered"),

	/**
	 * The '<em><b>SYSFS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSFS_VALUE
	 * @generated
	 * @ordered
	 */
	SYSFS(2, "SYSFS", "sysfs"),

	/**
	 * The '<em><b>DTB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DTB_VALUE
	 * @generated
	 * @ordered
	 */
	DTB(3, "DTB", "dtb"),

	/**
	 * The '<em><b>DTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DTS_VALUE
	 * @generated
	 * @ordered
	 */
	DTS(4, "DTS", "dts");

	/**
	 * The '<em><b>HAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HAND
	 * @model literal="hand"
	 * @generated
	 * @ordered
	 */
	public static final int HAND_VALUE = 0;

	/**
	 * The '<em><b>DISCOVERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOVERED
	 * @model literal="discovered"
	 * @generated
	 * @ordered
	 */
	public static final int DISCOVERED_VALUE = 1;

	/**
	 * The '<em><b>SYSFS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSFS
	 * @model literal="sysfs"
	 * @generated
	 * @ordered
	 */
	public static final int SYSFS_VALUE = 2;

	/**
	 * The '<em><b>DTB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DTB
	 * @model literal="dtb"
	 * @generated
	 * @ordered
	 */
	public static final int DTB_VALUE = 3;

	/**
	 * The '<em><b>DTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DTS
	 * @model literal="dts"
	 * @generated
	 * @ordered
	 */
	public static final int DTS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Board Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BoardSource[] VALUES_ARRAY =
		new BoardSource[] {
			HAND,
			DISCOVERED,
			SYSFS,
			DTB,
			DTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Board Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BoardSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Board Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoardSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoardSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Board Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoardSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoardSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Board Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoardSource get(int value) {
		switch (value) {
			case HAND_VALUE: return HAND;
			case DISCOVERED_VALUE: return DISCOVERED;
			case SYSFS_VALUE: return SYSFS;
			case DTB_VALUE: return DTB;
			case DTS_VALUE: return DTS;
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
	private BoardSource(int value, String name, String literal) {
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
	
} //BoardSource
