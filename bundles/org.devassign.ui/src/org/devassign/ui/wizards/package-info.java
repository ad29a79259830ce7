/**
 * File &gt; New for DevAssign: a project, a config (for a board of the workspace) and a board (empty,
 * from a sysfs tree, from a device tree, or from any {@link org.devassign.ui.wizards.NewBoardSource}
 * another bundle contributes through the extension point {@code org.devassign.ui.boardSources}).
 * The wizards write files through the workspace; what takes time (an import) runs in the wizard's
 * progress part, not on the UI thread. Nothing here parses a config: the editor does.
 */
package org.devassign.ui.wizards;
