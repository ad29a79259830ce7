/**
 * Reading and writing model files ({@code .board}, XMI) with errors that name file and line.
 * Depends on EMF only: no OSGi, no UI, so the CLI and the agent use it as they are.
 */
package org.devassign.model.io;
