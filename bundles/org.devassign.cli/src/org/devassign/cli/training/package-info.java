/**
 * The training run that the build makes the CLI's AOT cache from (releng/cli-aot): the commands users
 * start most, in one JVM, as they run for a user. Nothing in the command line depends on this package;
 * it depends on the command line and the language server only through their public entry points.
 */
package org.devassign.cli.training;
