package org.devassign.ui.deploy.deploy;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Markers of this bundle on workspace files found by their location: deployment problems on the
 * .assign line they come from, drift on the .board line of the device. Files outside the workspace
 * get none (the job's message still names file and line).
 */
public final class DeployMarkers {

    public static final String PROBLEM = "org.devassign.ui.deploy.problem";
    public static final String DRIFT = "org.devassign.ui.deploy.drift";

    private DeployMarkers() {
    }

    public static IFile file(Path path) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toAbsolutePath().normalize().toUri());
        return files.length == 0 ? null : files[0];
    }

    public static void clear(Path path, String type) {
        IFile file = file(path);
        if (file != null && file.exists()) {
            try {
                file.deleteMarkers(type, false, IResource.DEPTH_ZERO);
            } catch (CoreException e) {
                // a file deleted meanwhile has no markers to clear
            }
        }
    }

    /** Adds a marker at {@code line} (1-based; 0 = the file); returns it, or null outside the workspace. */
    public static IMarker add(Path path, String type, int line, int severity, String message) {
        IFile file = file(path);
        if (file == null || !file.exists()) {
            return null;
        }
        try {
            return file.createMarker(type, Map.of(IMarker.SEVERITY, severity, IMarker.MESSAGE, message, IMarker.LINE_NUMBER,
                    Math.max(line, 1), IMarker.LOCATION, line > 0 ? "line " + line : file.getName()));
        } catch (CoreException e) {
            return null;
        }
    }

    public static IMarker[] of(Path path, String type) {
        IFile file = file(path);
        try {
            return file == null || !file.exists() ? new IMarker[0] : file.findMarkers(type, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            return new IMarker[0];
        }
    }
}
