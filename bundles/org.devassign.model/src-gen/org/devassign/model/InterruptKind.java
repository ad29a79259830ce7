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
 * A representation of the literals of the enumeration '<em><b>Interrupt Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage#getInterruptKind()
 * @model
 * @generated
 */
public enum InterruptKind implements Enumerator {
	/**
	 * The '<em><b>INTX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTX_VALUE
	 * @generated
	 * @ordered
	 */
	INTX(0, "INTX", "intx"),

	/**
	 * The '<em><b>MSI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSI_VALUE
	 * @generated
	 * @ordered
	 */
	MSI(1, "MSI", "msi"),

	/**
	 * The '<em><b>MSIX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSIX_VALUE
	 * @generated
	 * @ordered
	 */
	MSIX(2, "MSIX", "msix"),

	/**
	 * The '<em><b>ERR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERR_VALUE
	 * @generated
	 * @ordered
	 */
	ERR(3, "ERR", "err"),

	/**
	 * The '<em><b>REQ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQ_VALUE
	 * @generated
	 * @ordered
	 */
	REQ(4, "REQ", "req"),

	/**
	 * The '<em><b>PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	PLATFORM(5, "PLATFORM", "platform");

	/**
	 * The '<em><b>INTX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTX
	 * @model literal="intx"
	 * @generated
	 * @ordered
	 */
	public static final int INTX_VALUE = 0;

	/**
	 * The '<em><b>MSI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSI
	 * @model literal="msi"
	 * @generated
	 * @ordered
	 */
	public static final int MSI_VALUE = 1;

	/**
	 * The '<em><b>MSIX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSIX
	 * @model literal="msix"
	 * @generated
	 * @ordered
	 */
	public static final int MSIX_VALUE = 2;

	/**
	 * The '<em><b>ERR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERR
	 * @model literal="err"
	 * @generated
	 * @ordered
	 */
	public static final int ERR_VALUE = 3;

	/**
	 * The '<em><b>REQ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQ
	 * @model literal="req"
	 * @generated
	 * @ordered
	 */
	public static final int REQ_VALUE = 4;

	/**
	 * The '<em><b>PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM
	 * @model literal="platform"
	 * @generated
	 * @ordered
	 */
	public static final int PLATFORM_VALUE = 5;

	/**
	 * An array of all the '<em><b>Interrupt Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterruptKind[] VALUES_ARRAY =
		new InterruptKind[] {
			INTX,
			MSI,
			MSIX,
			ERR,
			REQ,
			PLATFORM,
		};

	/**
	 * A public read-only list of all the '<em><b>Interrupt Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterruptKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interrupt Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterruptKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterruptKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interrupt Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterruptKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterruptKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interrupt Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterruptKind get(int value) {
		switch (value) {
			case INTX_VALUE: return INTX;
			case MSI_VALUE: return MSI;
			case MSIX_VALUE: return MSIX;
			case ERR_VALUE: return ERR;
			case REQ_VALUE: return REQ;
			case PLATFORM_VALUE: return PLATFORM;
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
	private InterruptKind(int value, String name, String literal) {
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
	
} //InterruptKind
