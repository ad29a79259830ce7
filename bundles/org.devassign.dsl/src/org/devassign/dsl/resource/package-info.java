/**
 * How configs and .board files take part in Xtext's index and builder. Depends on the model and
 * Xtext only (no MWE2 at run time).
 */
package org.devassign.dsl.resource;
