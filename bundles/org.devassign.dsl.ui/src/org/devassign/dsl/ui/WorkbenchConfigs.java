package org.devassign.dsl.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.model.io.BoardFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;

/**
 * The workbench's one config workspace, which the editor, its views and the diagram read configs
 * through. It follows the files of the Eclipse workspace: a resource change listener announces every
 * .assign or .board file written, created, moved or deleted (by a save, another tool, a refresh);
 * editors announce their unsaved text themselves (overlays).
 */
public final class WorkbenchConfigs {

    private static final List<Runnable> FILE_LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile ConfigWorkspace workspace;

    private WorkbenchConfigs() {
    }

    /**
     * The workspace, made on the first call: that call builds the language's injector (a second or
     * more), so it belongs in a job, never on the UI thread (WarmUp makes it after start-up).
     */
    public static synchronized ConfigWorkspace get() {
        if (workspace == null) {
            workspace = ConfigWorkspace.create(AssignLanguage.injector());
            ResourcesPlugin.getWorkspace().addResourceChangeListener(new FileEvents(workspace), IResourceChangeEvent.POST_CHANGE);
        }
        return workspace;
    }

    /**
     * The workspace if it was made, else null; never waits (a call of {@link #get} that is building the
     * injector holds its lock for a second or more), so the UI thread may ask.
     */
    public static ConfigWorkspace made() {
        return workspace;
    }

    /** {@code listener} runs (on the thread of the resource change) after config or board files changed on disk. */
    public static void addFileListener(Runnable listener) {
        FILE_LISTENERS.add(listener);
    }

    public static void removeFileListener(Runnable listener) {
        FILE_LISTENERS.remove(listener);
    }

    /** Announces changed config and board files; marker changes and the like are no changes of the text. */
    private record FileEvents(ConfigWorkspace workspace) implements IResourceChangeListener {

        private static final int TEXT = IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM
                | IResourceDelta.MOVED_TO | IResourceDelta.ENCODING;

        @Override
        public void resourceChanged(IResourceChangeEvent event) {
            if (event.getDelta() == null) {
                return;
            }
            boolean[] any = { false };
            try {
                event.getDelta().accept(delta -> {
                    if (delta.getResource() instanceof IFile file && isConfigOrBoard(file)) {
                        Path path = location(file);
                        if (path != null) {
                            switch (delta.getKind()) {
                                case IResourceDelta.ADDED -> workspace.changed(path);
                                case IResourceDelta.REMOVED -> workspace.removed(path);
                                default -> {
                                    if ((delta.getFlags() & TEXT) == 0) {
                                        return true;
                                    }
                                    workspace.changed(path);
                                }
                            }
                            any[0] = true;
                        }
                    }
                    return true;
                });
            } catch (CoreException e) {
                ILog.of(WorkbenchConfigs.class).error("cannot follow the changed configs", e);
            }
            if (any[0]) {
                FILE_LISTENERS.forEach(Runnable::run);
            }
        }

        private static boolean isConfigOrBoard(IFile file) {
            return AssignLanguage.EXTENSION.equals(file.getFileExtension()) || BoardFiles.EXTENSION.equals(file.getFileExtension());
        }

        /** The file's place on disk; for a file of a deleted project, where it was (the workspace's default location). */
        private static Path location(IFile file) {
            IPath location = file.getLocation();
            if (location == null) {
                IPath root = ResourcesPlugin.getWorkspace().getRoot().getLocation();
                location = root == null ? null : root.append(file.getFullPath());
            }
            return location == null ? null : location.toPath();
        }
    }
}
