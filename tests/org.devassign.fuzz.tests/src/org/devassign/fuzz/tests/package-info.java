/**
 * Coverage-guided fuzz targets for everything DevAssign reads from a peer, a file or the kernel
 * (JSON-RPC frames and messages, DTB, DTS, a sysfs tree, .assign, .board, the agent's journal),
 * and the replay of their committed corpus ({@code corpus/<target>/}) in the test command.
 *
 * <p>Each target is a class with {@code public static void fuzzerTestOneInput(byte[])}, the entry
 * point Jazzer's standalone driver calls ({@code bench/fuzz}); the target catches exactly the
 * documented error type of the code under test, so anything else escaping is a finding. The
 * targets depend on no Jazzer class, so the OSGi test runtime needs no Jazzer bundle.
 * Must not depend on UI bundles.
 */
package org.devassign.fuzz.tests;
