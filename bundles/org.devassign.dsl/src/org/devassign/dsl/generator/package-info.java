/**
 * Generators: QEMU arguments, libvirt domains, device-tree overlays, C headers and persistent
 * bindings from a validated config. Pure functions of the model; which driver a device gets,
 * which bridges need nothing and how a device is named come from the core's rules through the
 * model's {@code facts}, never decided here. Depend on the model (and the core it re-exports) only.
 */
package org.devassign.dsl.generator;
