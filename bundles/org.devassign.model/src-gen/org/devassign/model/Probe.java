/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Probe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The agent itself holds the device, to read registers and watch interrupts.
 * <!-- end-model-doc -->
 *
 *
 * @see org.devassign.model.DevAssignPackage#getProbe()
 * @model
 * @generated
 */
public interface Probe extends Consumer {
} // Probe
