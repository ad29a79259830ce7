/**
 * The {@code devassign} command line: one verb per {@link org.devassign.cli.Command}. Runs on a
 * plain class path (no OSGi) so it starts fast in CI; never depends on UI bundles.
 */
package org.devassign.cli;
