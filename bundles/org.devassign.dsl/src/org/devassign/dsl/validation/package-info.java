/**
 * Validation of configs against their board and the workspace, composed with the model's own
 * validator; stable issue codes with fix data. {@link org.devassign.dsl.validation.AssignValidator}
 * holds the checks across configs and composes one class per concern (devices, interrupts,
 * regions, consumers); a new check goes into the class of its concern, or a new one composed
 * there. Every rule is asked of the core ({@code org.devassign.core.rules}, through the model's
 * {@code facts}); these classes only find the facts and word the answer. Depends on the model,
 * the core and Xtext only.
 */
package org.devassign.dsl.validation;
