package org.devassign.dsl.scoping;

import java.util.Collection;

/**
 * A scope that can list its names without describing each element: a "did you mean" over a
 * board's 50,000 names needs the names only, not 50,000 descriptions.
 */
public interface NameListing {

    /** Every name, in the order the scope's {@code getAllElements()} gives them. */
    Collection<String> allNames();
}
