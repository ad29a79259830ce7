/**
 * Board discovery: turns what a board reports about itself (a sysfs tree, a flattened device tree,
 * a device-tree source) into a board model. {@link org.devassign.discovery.BoardImport} is the one
 * entry point that picks the importer by the kind of input.
 *
 * <p>Headless and OSGi-free: the agent runs this bundle on a live board on a plain class path.
 * Depends on the model bundle (and the core it re-exports) only; never on org.eclipse.ui or OSGi APIs.
 */
package org.devassign.discovery;
