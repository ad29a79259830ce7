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
 * A representation of the literals of the enumeration '<em><b>Host Usage Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage#getHostUsageKind()
 * @model
 * @generated
 */
public enum HostUsageKind implements Enumerator {
	/**
	 * The '<em><b>BLOCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOCK_VALUE
	 * @generated
	 * @ordered
	 */
	BLOCK(0, "BLOCK", "block"),

	/**
	 * The '<em><b>MOUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUNT_VALUE
	 * @generated
	 * @ordered
	 */
	MOUNT(1, "MOUNT", "mount"),

	/**
	 * The '<em><b>SWAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAP_VALUE
	 * @generated
	 * @ordered
	 */
	SWAP(2, "SWAP", "swap"),

	/**
	 * The '<em><b>HOLDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLDER_VALUE
	 * @generated
	 * @ordered
	 */
	HOLDER(3, "HOLDER", "holder"),

	/**
	 * The '<em><b>INTERFACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERFACE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERFACE(4, "INTERFACE", "interface"),

	/**
	 * The '<em><b>FD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FD_VALUE
	 * @generated
	 * @ordered
	 */
	FD(5, "FD", "fd"),

	/**
	 * The '<em><b>CONSOLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSOLE_VALUE
	 * @generated
	 * @ordered
	 */
	CONSOLE(6, "CONSOLE", "console");

	/**
	 * The '<em><b>BLOCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOCK
	 * @model literal="block"
	 * @generated
	 * @ordered
	 */
	public static final int BLOCK_VALUE = 0;

	/**
	 * The '<em><b>MOUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUNT
	 * @model literal="mount"
	 * @generated
	 * @ordered
	 */
	public static final int MOUNT_VALUE = 1;

	/**
	 * The '<em><b>SWAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAP
	 * @model literal="swap"
	 * @generated
	 * @ordered
	 */
	public static final int SWAP_VALUE = 2;

	/**
	 * The '<em><b>HOLDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLDER
	 * @model literal="holder"
	 * @generated
	 * @ordered
	 */
	public static final int HOLDER_VALUE = 3;

	/**
	 * The '<em><b>INTERFACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERFACE
	 * @model literal="interface"
	 * @generated
	 * @ordered
	 */
	public static final int INTERFACE_VALUE = 4;

	/**
	 * The '<em><b>FD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FD
	 * @model literal="fd"
	 * @generated
	 * @ordered
	 */
	public static final int FD_VALUE = 5;

	/**
	 * The '<em><b>CONSOLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSOLE
	 * @model literal="console"
	 * @generated
	 * @ordered
	 */
	public static final int CONSOLE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Host Usage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostUsageKind[] VALUES_ARRAY =
		new HostUsageKind[] {
			BLOCK,
			MOUNT,
			SWAP,
			HOLDER,
			INTERFACE,
			FD,
			CONSOLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Host Usage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostUsageKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Host Usage Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostUsageKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostUsageKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Host Usage Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostUsageKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostUsageKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Host Usage Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostUsageKind get(int value) {
		switch (value) {
			case BLOCK_VALUE: return BLOCK;
			case MOUNT_VALUE: return MOUNT;
			case SWAP_VALUE: return SWAP;
			case HOLDER_VALUE: return HOLDER;
			case INTERFACE_VALUE: return INTERFACE;
			case FD_VALUE: return FD;
			case CONSOLE_VALUE: return CONSOLE;
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
	private HostUsageKind(int value, String name, String literal) {
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
	
} //HostUsageKind
