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
 * A representation of the literals of the enumeration '<em><b>Dt Dependency Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.devassign.model.DevAssignPackage#getDtDependencyKind()
 * @model
 * @generated
 */
public enum DtDependencyKind implements Enumerator {
	/**
	 * The '<em><b>PHANDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHANDLE_VALUE
	 * @generated
	 * @ordered
	 */
	PHANDLE(0, "PHANDLE", "phandle"),

	/**
	 * The '<em><b>CLOCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOCK_VALUE
	 * @generated
	 * @ordered
	 */
	CLOCK(1, "CLOCK", "clock"),

	/**
	 * The '<em><b>RESET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESET_VALUE
	 * @generated
	 * @ordered
	 */
	RESET(2, "RESET", "reset"),

	/**
	 * The '<em><b>POWER DOMAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_DOMAIN_VALUE
	 * @generated
	 * @ordered
	 */
	POWER_DOMAIN(3, "POWER_DOMAIN", "power-domain"),

	/**
	 * The '<em><b>INTERRUPT PARENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERRUPT_PARENT_VALUE
	 * @generated
	 * @ordered
	 */
	INTERRUPT_PARENT(4, "INTERRUPT_PARENT", "interrupt-parent"),

	/**
	 * The '<em><b>IOMMU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IOMMU_VALUE
	 * @generated
	 * @ordered
	 */
	IOMMU(5, "IOMMU", "iommu"),

	/**
	 * The '<em><b>DMA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DMA_VALUE
	 * @generated
	 * @ordered
	 */
	DMA(6, "DMA", "dma"),

	/**
	 * The '<em><b>PINCTRL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PINCTRL_VALUE
	 * @generated
	 * @ordered
	 */
	PINCTRL(7, "PINCTRL", "pinctrl"),

	/**
	 * The '<em><b>PHY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHY_VALUE
	 * @generated
	 * @ordered
	 */
	PHY(8, "PHY", "phy"),

	/**
	 * The '<em><b>GPIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GPIO_VALUE
	 * @generated
	 * @ordered
	 */
	GPIO(9, "GPIO", "gpio");

	/**
	 * The '<em><b>PHANDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHANDLE
	 * @model literal="phandle"
	 * @generated
	 * @ordered
	 */
	public static final int PHANDLE_VALUE = 0;

	/**
	 * The '<em><b>CLOCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOCK
	 * @model literal="clock"
	 * @generated
	 * @ordered
	 */
	public static final int CLOCK_VALUE = 1;

	/**
	 * The '<em><b>RESET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESET
	 * @model literal="reset"
	 * @generated
	 * @ordered
	 */
	public static final int RESET_VALUE = 2;

	/**
	 * The '<em><b>POWER DOMAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_DOMAIN
	 * @model literal="power-domain"
	 * @generated
	 * @ordered
	 */
	public static final int POWER_DOMAIN_VALUE = 3;

	/**
	 * The '<em><b>INTERRUPT PARENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERRUPT_PARENT
	 * @model literal="interrupt-parent"
	 * @generated
	 * @ordered
	 */
	public static final int INTERRUPT_PARENT_VALUE = 4;

	/**
	 * The '<em><b>IOMMU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IOMMU
	 * @model literal="iommu"
	 * @generated
	 * @ordered
	 */
	public static final int IOMMU_VALUE = 5;

	/**
	 * The '<em><b>DMA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DMA
	 * @model literal="dma"
	 * @generated
	 * @ordered
	 */
	public static final int DMA_VALUE = 6;

	/**
	 * The '<em><b>PINCTRL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PINCTRL
	 * @model literal="pinctrl"
	 * @generated
	 * @ordered
	 */
	public static final int PINCTRL_VALUE = 7;

	/**
	 * The '<em><b>PHY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHY
	 * @model literal="phy"
	 * @generated
	 * @ordered
	 */
	public static final int PHY_VALUE = 8;

	/**
	 * The '<em><b>GPIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GPIO
	 * @model literal="gpio"
	 * @generated
	 * @ordered
	 */
	public static final int GPIO_VALUE = 9;

	/**
	 * An array of all the '<em><b>Dt Dependency Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DtDependencyKind[] VALUES_ARRAY =
		new DtDependencyKind[] {
			PHANDLE,
			CLOCK,
			RESET,
			POWER_DOMAIN,
			INTERRUPT_PARENT,
			IOMMU,
			DMA,
			PINCTRL,
			PHY,
			GPIO,
		};

	/**
	 * A public read-only list of all the '<em><b>Dt Dependency Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DtDependencyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dt Dependency Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DtDependencyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DtDependencyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dt Dependency Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DtDependencyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DtDependencyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dt Dependency Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DtDependencyKind get(int value) {
		switch (value) {
			case PHANDLE_VALUE: return PHANDLE;
			case CLOCK_VALUE: return CLOCK;
			case RESET_VALUE: return RESET;
			case POWER_DOMAIN_VALUE: return POWER_DOMAIN;
			case INTERRUPT_PARENT_VALUE: return INTERRUPT_PARENT;
			case IOMMU_VALUE: return IOMMU;
			case DMA_VALUE: return DMA;
			case PINCTRL_VALUE: return PINCTRL;
			case PHY_VALUE: return PHY;
			case GPIO_VALUE: return GPIO;
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
	private DtDependencyKind(int value, String name, String literal) {
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
	
} //DtDependencyKind
