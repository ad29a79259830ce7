package org.devassign.dsl.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The language's problems as markers on the config file: the Problems view lists them, the editor
 * shows them in the text and the rulers, quick fixes read their code and data.
 */
public final class ProblemMarkers {

    public static final String TYPE = "org.devassign.dsl.ui.problem";
    /** The validator's issue code (org.devassign.dsl.validation.IssueCodes). */
    public static final String CODE = "code";
    /** The issue data (what a fix needs), joined by {@link #SEPARATOR}. */
    public static final String DATA = "data";
    public static final String SEPARATOR = "\u001f";

    private ProblemMarkers() {
    }

    /** Replaces the file's markers by {@code issues}, in a workspace job (markers need the file's scheduling rule). */
    public static WorkspaceJob replace(IFile file, List<Issue> issues) {
        WorkspaceJob job = new WorkspaceJob("Problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (Issue issue : issues) {
                    file.createMarker(TYPE, attributes(issue));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Validates the saved file (no editor open on it) and replaces its markers. */
    public static WorkspaceJob validateSaved(IFile file) {
        java.nio.file.Path path = file.getLocation().toPath();
        var workspace = WorkbenchConfigs.get();
        workspace.changed(path); // just written: the resource change event may come after this check
        try {
            return replace(file, workspace.check(path, CancelIndicator.NullImpl).issues());
        } catch (java.io.UncheckedIOException gone) {
            return replace(file, List.of());
        }
    }

    static Map<String, Object> attributes(Issue issue) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, severity(issue.getSeverity()));
        attributes.put(IMarker.MESSAGE, issue.getMessage());
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        attributes.put(IMarker.LINE_NUMBER, line);
        attributes.put(IMarker.LOCATION, "line " + line);
        if (issue.getOffset() != null) {
            int length = issue.getLength() == null ? 0 : issue.getLength();
            attributes.put(IMarker.CHAR_START, issue.getOffset());
            attributes.put(IMarker.CHAR_END, issue.getOffset() + length);
        }
        if (issue.getCode() != null) {
            attributes.put(CODE, issue.getCode());
        }
        if (issue.getData() != null && issue.getData().length > 0) {
            attributes.put(DATA, String.join(SEPARATOR, issue.getData()));
        }
        return attributes;
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    /** The issue data of a marker. */
    public static List<String> data(IMarker marker) {
        String data = marker.getAttribute(DATA, "");
        return data.isEmpty() ? List.of() : List.of(data.split(SEPARATOR, -1));
    }
}
