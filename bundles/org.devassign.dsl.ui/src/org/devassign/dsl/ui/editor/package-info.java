/**
 * The .assign editor: Eclipse's generic editor with this package's contributions (plugin.xml):
 * highlighting, reconciling validation into problem markers, content assist, hover, go to
 * definition into the board, formatting. Everything language-specific comes from Xtext's IDE
 * services, on configs read through the workbench's config workspace
 * ({@link org.devassign.dsl.ui.WorkbenchConfigs}).
 */
package org.devassign.dsl.ui.editor;
