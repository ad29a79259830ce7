/**
 * The one config workspace ({@link org.devassign.dsl.workspace.ConfigWorkspace}): configs with their
 * boards and folders, parsed once, indexed, kept current by announced changes, read under one lock;
 * what the CLI, the editor, the diagram and the deploy UI load configs with. Depends on the
 * language and the model; no OSGi, no UI.
 */
package org.devassign.dsl.workspace;
