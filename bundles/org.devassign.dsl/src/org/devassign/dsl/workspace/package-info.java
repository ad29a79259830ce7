/**
 * Configs and boards read from disk, validated and formatted headless: what the CLI, CI and the
 * benchmarks use. Depends on the language and the model; no OSGi, no UI.
 */
package org.devassign.dsl.workspace;
