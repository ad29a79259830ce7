/**
 * Typed, canonical device identities: a device named the way the kernel names it (the directory
 * under {@code /sys/bus/BUS/devices}, the name {@code VFIO_GROUP_GET_DEVICE_FD} takes), parsed once
 * where a name enters DevAssign (a client request, a file, the kernel) and never compared as a
 * string afterwards. A name that is not a canonical kernel name, a path in particular, cannot be
 * represented. Plain Java: no EMF, no OSGi API, no I/O.
 */
package org.devassign.core.identity;
