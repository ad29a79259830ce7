/** Helpers shared by DevAssign's test bundles: where the repository is, boards built in code. */
package org.devassign.testing;
