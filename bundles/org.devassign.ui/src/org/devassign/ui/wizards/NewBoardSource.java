package org.devassign.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Composite;

/**
 * One way to make the first content of a new .board file, offered by File &gt; New &gt; Board. The
 * wizard's own sources make an empty board, import a sysfs tree or a device tree; other bundles add
 * theirs through the extension point {@code org.devassign.ui.boardSources} (element {@code source}
 * with {@code id}, {@code label} and {@code class}, a class with a public no-argument constructor).
 *
 * <p>The wizard calls {@link #createControls} once and {@link #problem()} after every change (both on
 * the UI thread), then {@link #writer()} on the UI thread to take the settings, and runs the writer
 * in its progress part, off the UI thread.
 */
public interface NewBoardSource {

    /** Writes the board; what it says back (devices found, warnings) is shown when the wizard closes, or null. */
    @FunctionalInterface
    interface Writer {
        String write(Path file, String boardName, IProgressMonitor monitor) throws Exception;
    }

    /** What this source does, in one sentence (shown under its choice). */
    String description();

    /** The controls of this source's settings, in {@code parent}; {@code changed} runs after each change. */
    void createControls(Composite parent, Runnable changed);

    /** What is missing or wrong in the settings, in the user's terms; null when the board can be made. */
    String problem();

    /** The settings, taken on the UI thread, as the work that makes the file. */
    Writer writer();
}
