/**
 * EMF validation of the invariants the model alone can decide. Messages name the element and say
 * what to do; {@link org.devassign.model.validation.ModelProblem} gives each a stable code.
 * Depends on EMF only.
 */
package org.devassign.model.validation;
