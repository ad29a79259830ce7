package org.devassign.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** The sources the New Board wizard offers: its own (empty, sysfs, device tree), then those of the extension point. */
final class BoardSources {

    static final String EXTENSION_POINT = "org.devassign.ui.boardSources";

    /** A source with its label and id. */
    record Choice(String id, String label, NewBoardSource source) {
    }

    private BoardSources() {
    }

    static List<Choice> all() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("empty", "&Empty board", new EmptyBoardSource()));
        choices.add(new Choice("sysfs", "From a &sysfs tree (this machine, or a copy of another's)", new SysfsBoardSource()));
        choices.add(new Choice("devicetree", "From a &device tree (DTB or DTS)", new DeviceTreeBoardSource()));
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                if (element.createExecutableExtension("class") instanceof NewBoardSource source) {
                    choices.add(new Choice(element.getAttribute("id"), element.getAttribute("label"), source));
                }
            } catch (CoreException e) {
                ILog.of(BoardSources.class).error("the board source " + element.getAttribute("id") + " of "
                        + element.getContributor().getName() + " cannot be made", e);
            }
        }
        return choices;
    }
}
