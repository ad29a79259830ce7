/**
 * What names in a config refer to: devices and groups of the config's board, regions and
 * interrupts of assigned devices, consumers of the config and its imports. Hash-based, so linking
 * stays linear in the size of the config. Depends on the model and Xtext only.
 */
package org.devassign.dsl.scoping;
