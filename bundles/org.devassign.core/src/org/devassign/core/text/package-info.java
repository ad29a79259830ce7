/**
 * Words for messages that every layer writes the same way (a count with its noun). Plain Java: no
 * EMF, no OSGi API, no I/O; must not depend on the rest of DevAssign.
 */
package org.devassign.core.text;
