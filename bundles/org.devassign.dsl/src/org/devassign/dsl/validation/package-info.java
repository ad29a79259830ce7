/**
 * Validation of configs against their board and the workspace, composed with the model's own
 * validator; stable issue codes with fix data. Depends on the model and Xtext only.
 */
package org.devassign.dsl.validation;
