/**
 * Generators: QEMU arguments, libvirt domains, device-tree overlays, C headers and persistent
 * bindings from a validated config. Pure functions of the model; depend on the model only.
 */
package org.devassign.dsl.generator;
