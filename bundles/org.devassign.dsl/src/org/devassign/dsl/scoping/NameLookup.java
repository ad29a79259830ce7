package org.devassign.dsl.scoping;

import org.eclipse.emf.ecore.EObject;

/**
 * A scope that answers a name as plain text: what its {@code getSingleElement} would describe, without
 * the qualified name and the description linking would make only to unwrap again, for each of a
 * config's 40,000 names.
 */
public interface NameLookup {

    /** The element {@code name} stands for, or null. */
    EObject lookUp(String name);
}
