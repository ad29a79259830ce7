/**
 * Helpers shared by DevAssign's test bundles: where the repository is, boards built in code and the
 * example boards, a simulated sysfs with a simulated kernel for the binder and the agent's core
 * backend ({@link org.devassign.testing.SimulatedSysfs}), the cache the test command prepared
 * ({@link org.devassign.testing.Prepared} and {@link org.devassign.testing.RequiresVirtualBoard}: the
 * one place a test learns where it is and what happens when something is missing), and QEMU's edu
 * device as documented ({@link org.devassign.testing.QemuEdu}), and mutations of agent protocol messages
 * for the fuzz loops ({@link org.devassign.testing.JsonRpcMutations}). Depends on the model, opentest4j,
 * JUnit's extension API and, for {@link org.devassign.testing.PlainClassPath} only, the OSGi framework
 * API; never looks in the home folder. QemuEdu and ExampleBoards also run in the virtual board on a
 * plain class path (releng/vm-tests), so they use neither OSGi nor JUnit. JUnit, opentest4j and SWT are
 * optional imports: bench/workbench starts this bundle inside a shipped workbench product (for
 * {@link org.devassign.testing.ui}), which has SWT and no JUnit.
 */
package org.devassign.testing;
