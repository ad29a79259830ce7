package org.devassign.dsl.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The language's problems as markers on the config file: the Problems view lists them, the editor
 * shows them in the text and the rulers, quick fixes read their code and data. A new set of problems
 * changes only the markers that differ (a problem listed twice by the checks becomes one marker), so
 * the Problems view and the editor's rulers do not flicker and keep their selection while typing;
 * when problems come faster than markers are written, only the latest set is written.
 */
public final class ProblemMarkers {

    public static final String TYPE = "org.devassign.dsl.ui.problem";
    /** The validator's issue code (org.devassign.dsl.validation.IssueCodes). */
    public static final String CODE = "code";
    /** The issue data (what a fix needs), joined by {@link #SEPARATOR}. */
    public static final String DATA = "data";
    public static final String SEPARATOR = "\u001f";

    /** The attributes that say where a problem is. */
    private static final String[] PLACE = { IMarker.CHAR_START, IMarker.CHAR_END, IMarker.LINE_NUMBER, IMarker.LOCATION };

    private static final Map<IFile, List<Map<String, Object>>> PENDING = new ConcurrentHashMap<>();
    private static final Map<IFile, WorkspaceJob> JOBS = new ConcurrentHashMap<>();

    private ProblemMarkers() {
    }

    /** Makes the file's markers those of {@code issues}, in a workspace job (markers need the file's scheduling rule). */
    public static Job replace(IFile file, List<Issue> issues) {
        PENDING.put(file, unique(issues));
        return JOBS.compute(file, (f, existing) -> {
            WorkspaceJob job = existing != null && existing.getState() != Job.RUNNING ? existing : writer(f);
            job.schedule();
            return job;
        });
    }

    private static WorkspaceJob writer(IFile file) {
        WorkspaceJob job = new WorkspaceJob("Problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                List<Map<String, Object>> wanted = PENDING.remove(file);
                if (wanted != null && file.exists()) {
                    write(file, wanted);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProblemMarkers.class;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.setPriority(Job.SHORT);
        return job;
    }

    /**
     * Keeps the markers that are wanted; moves those whose problem only moved in the text (an edit above
     * it: all the problems below a keystroke); deletes the others at once, then creates the missing ones.
     * Moving a marker changes four attributes where deleting and creating it again made the Problems view,
     * the rulers and the editor's annotations drop and rebuild every marker below the edit.
     */
    private static void write(IFile file, List<Map<String, Object>> wanted) throws CoreException {
        Map<Map<String, Object>, Deque<Map<String, Object>>> byWhat = new HashMap<>();
        for (Map<String, Object> attributes : wanted) {
            byWhat.computeIfAbsent(what(attributes), k -> new ArrayDeque<>()).add(attributes);
        }
        // each marker's attributes read once (every read looks the marker up in the workspace's tree)
        List<Map.Entry<IMarker, Map<String, Object>>> existing = new ArrayList<>();
        for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
            Map<String, Object> attributes = marker.getAttributes();
            existing.add(Map.entry(marker, attributes == null ? Map.of() : attributes));
        }
        // the same problem at several places pairs with its markers in the order of the text
        existing.sort(Comparator.comparingInt(entry -> entry.getValue().get(IMarker.CHAR_START) instanceof Integer start ? start : -1));
        List<IMarker> stale = new ArrayList<>();
        Map<IMarker, Map<String, Object>> moved = new LinkedHashMap<>();
        for (Map.Entry<IMarker, Map<String, Object>> entry : existing) {
            Deque<Map<String, Object>> same = byWhat.get(what(entry.getValue()));
            Map<String, Object> now = same == null ? null : same.poll();
            if (now == null) {
                stale.add(entry.getKey());
            } else if (!place(now).equals(place(entry.getValue()))) {
                moved.put(entry.getKey(), now);
            }
        }
        if (!stale.isEmpty()) {
            file.getWorkspace().deleteMarkers(stale.toArray(IMarker[]::new));
        }
        for (Map.Entry<IMarker, Map<String, Object>> move : moved.entrySet()) {
            Object[] values = new Object[PLACE.length];
            for (int i = 0; i < PLACE.length; i++) {
                values[i] = move.getValue().get(PLACE[i]); // null removes it: a problem without an offset
            }
            move.getKey().setAttributes(PLACE, values);
        }
        for (Deque<Map<String, Object>> missing : byWhat.values()) {
            for (Map<String, Object> attributes : missing) {
                file.createMarker(TYPE, attributes);
            }
        }
    }

    /** What a problem says: its attributes but its place. */
    private static Map<String, Object> what(Map<String, Object> attributes) {
        Map<String, Object> what = new HashMap<>(attributes == null ? Map.of() : attributes);
        for (String key : PLACE) {
            what.remove(key);
        }
        return what;
    }

    private static Map<String, Object> place(Map<String, Object> attributes) {
        Map<String, Object> place = new HashMap<>();
        for (String key : PLACE) {
            if (attributes != null && attributes.get(key) != null) {
                place.put(key, attributes.get(key));
            }
        }
        return place;
    }

    /** The markers' attributes of {@code issues}, each problem once (two checks that say the same thing at the same place are one problem). */
    static List<Map<String, Object>> unique(List<Issue> issues) {
        Set<Map<String, Object>> unique = new LinkedHashSet<>();
        for (Issue issue : issues) {
            unique.add(attributes(issue));
        }
        return new ArrayList<>(unique);
    }

    /** Validates the saved file (no editor open on it) and replaces its markers. Call it from a job: it parses. */
    public static Job validateSaved(IFile file) {
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
