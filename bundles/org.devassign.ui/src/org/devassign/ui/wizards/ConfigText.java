package org.devassign.ui.wizards;

import org.eclipse.core.runtime.IPath;

/** The first text of a new config: its name, its board (relative to the config), and what to write next. */
final class ConfigText {

    private ConfigText() {
    }

    /** {@code board} is the board file's workspace path, or null for a config without a board yet. */
    static String of(String name, IPath configFolder, IPath board) {
        StringBuilder text = new StringBuilder();
        if (board == null) {
            text.append("config ").append(name).append('\n');
        } else {
            String relative = board.makeRelativeTo(configFolder).toPortableString();
            text.append("config ").append(name).append(" for \"").append(relative.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        text.append('\n');
        text.append("// Consumers get devices: vm NAME { memory 1 GiB vcpus 1 }, userspace NAME { uid 1000 }, probe agent { }.\n");
        text.append("// Then assign devices or whole IOMMU groups to them: assign DEVICE to NAME, assign group N to NAME.\n");
        text.append("// Ctrl+Space proposes what the board has; problems show as you type.\n");
        return text.toString();
    }
}
