/**
 * The board model seen through the core's terms: a model device as a canonical identity, a group
 * member, a bus with its VFIO driver, a region's mmap facts, the language's driver and open-path
 * words as the core's enums. The one translation between EMF objects and
 * {@link org.devassign.core.rules}; rules themselves are never written here.
 */
package org.devassign.model.facts;
