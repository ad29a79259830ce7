/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dt Dependency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phandle reference from a device-tree node: a clock, reset, power domain, IOMMU, ... that the device needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.DtDependency#getKind <em>Kind</em>}</li>
 *   <li>{@link org.devassign.model.DtDependency#getProperty <em>Property</em>}</li>
 *   <li>{@link org.devassign.model.DtDependency#getTargetPath <em>Target Path</em>}</li>
 *   <li>{@link org.devassign.model.DtDependency#getTarget <em>Target</em>}</li>
 *   <li>{@link org.devassign.model.DtDependency#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getDtDependency()
 * @model
 * @generated
 */
public interface DtDependency extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.DtDependencyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.DtDependencyKind
	 * @see #setKind(DtDependencyKind)
	 * @see org.devassign.model.DevAssignPackage#getDtDependency_Kind()
	 * @model
	 * @generated
	 */
	DtDependencyKind getKind();

	/**
	 * Sets the value of the '{@link org.devassign.model.DtDependency#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.DtDependencyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DtDependencyKind value);

	/**
	 * Returns the value of the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Property</em>' attribute.
	 * @see #setProperty(String)
	 * @see org.devassign.model.DevAssignPackage#getDtDependency_Property()
	 * @model
	 * @generated
	 */
	String getProperty();

	/**
	 * Sets the value of the '{@link org.devassign.model.DtDependency#getProperty <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Property</em>' attribute.
	 * @see #getProperty()
	 * @generated
	 */
	void setProperty(String value);

	/**
	 * Returns the value of the '<em><b>Target Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Path</em>' attribute.
	 * @see #setTargetPath(String)
	 * @see org.devassign.model.DevAssignPackage#getDtDependency_TargetPath()
	 * @model
	 * @generated
	 */
	String getTargetPath();

	/**
	 * Sets the value of the '{@link org.devassign.model.DtDependency#getTargetPath <em>Target Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Path</em>' attribute.
	 * @see #getTargetPath()
	 * @generated
	 */
	void setTargetPath(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device at targetPath, when the board models it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Device)
	 * @see org.devassign.model.DevAssignPackage#getDtDependency_Target()
	 * @model
	 * @generated
	 */
	Device getTarget();

	/**
	 * Sets the value of the '{@link org.devassign.model.DtDependency#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Device value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' attribute list.
	 * @see org.devassign.model.DevAssignPackage#getDtDependency_Cells()
	 * @model unique="false"
	 * @generated
	 */
	EList<Long> getCells();

} // DtDependency
