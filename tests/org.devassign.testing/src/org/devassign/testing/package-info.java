/**
 * Helpers shared by DevAssign's test bundles: where the repository is, boards built in code and the
 * example boards, the cache the test command prepared ({@link org.devassign.testing.Prepared}: the
 * one place a test learns where it is and what happens when it is missing), and QEMU's edu device as
 * documented. Depends on the model only, and on no JUnit API beyond opentest4j's exceptions; never looks
 * in the home folder.
 */
package org.devassign.testing;
