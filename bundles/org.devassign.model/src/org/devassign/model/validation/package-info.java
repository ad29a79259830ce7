/**
 * EMF validation of the invariants the model alone can decide. Messages name the element and say
 * what to do; {@link org.devassign.model.validation.ModelProblem} gives each a stable code.
 * {@link org.devassign.model.validation.ModelValidator} hands each element to the invariants of its
 * kind (board, region, assignment); rules shared with other layers are asked of the core
 * ({@code org.devassign.core.rules}, through {@code org.devassign.model.facts}). Depends on EMF and
 * the core only.
 */
package org.devassign.model.validation;
