package org.devassign.ui.boardeditor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.core.identity.Printable;
import org.devassign.model.Board;
import org.devassign.model.edit.BoardOutline;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The problems of the board being edited, as {@code devassign validate} finds them: markers on the
 * file (the Problems view lists them; opening one selects its element) and a severity per element
 * of the tree, spread up to the element's ancestors so a collapsed branch still shows it holds one.
 */
final class BoardProblems {

    /** Marker type of board problems (declared in plugin.xml as a problem marker). */
    static final String MARKER = "org.devassign.ui.boardProblem";
    /** Marker attribute: the URI fragment of the element the problem is about. */
    static final String ELEMENT = "org.devassign.ui.element";

    private final Map<Object, Integer> severities = new HashMap<>();
    private final BoardOutline outline;
    private List<Diagnostic> problems = List.of();

    BoardProblems(BoardOutline outline) {
        this.outline = outline;
    }

    /** Validates the board; returns the problems found (warnings and errors). */
    List<Diagnostic> check(Board board) {
        problems = ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING);
        severities.clear();
        for (Diagnostic problem : problems) {
            Object element = subject(problem);
            int severity = problem.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
            for (Object at = element; at != null; at = outline.parent(at)) {
                severities.merge(at, severity, Math::max);
            }
        }
        return problems;
    }

    /** Replaces the file's board markers with the last check's problems. */
    void mark(IFile file) throws CoreException {
        if (file == null || !file.exists()) {
            return;
        }
        List<Diagnostic> marked = new ArrayList<>(problems);
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
            for (Diagnostic problem : marked) {
                IMarker marker = file.createMarker(MARKER);
                marker.setAttribute(IMarker.SEVERITY,
                        problem.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                marker.setAttribute(IMarker.MESSAGE, Printable.line(problem.getMessage()));
                Object element = subject(problem);
                if (element instanceof EObject object) {
                    marker.setAttribute(IMarker.LOCATION, outline.text(object));
                    marker.setAttribute(ELEMENT, EcoreUtil.getURI(object).fragment());
                }
            }
        }, file, 0, null);
    }

    /** The worst severity at or below the element ({@link IMarker} severities), or -1 for none. */
    int severity(Object element) {
        Object subject = element instanceof BoardOutline.GroupMember member ? member.device() : element;
        return severities.getOrDefault(subject, -1);
    }

    /** Problems about this element itself, for its tooltip. */
    List<String> messages(Object element) {
        Object subject = element instanceof BoardOutline.GroupMember member ? member.device() : element;
        List<String> messages = new ArrayList<>();
        for (Diagnostic problem : problems) {
            if (subject(problem) == subject) {
                messages.add(Printable.line(problem.getMessage()));
            }
        }
        return messages;
    }

    private static Object subject(Diagnostic problem) {
        return problem.getData().isEmpty() ? null : problem.getData().get(0);
    }
}
