/**
 * Helpers shared by DevAssign's test bundles: where the repository is, boards built in code, and a
 * simulated sysfs with a simulated kernel for the binder and the agent's core backend.
 */
package org.devassign.testing;
