package org.devassign.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.model.Assignment;
import org.devassign.model.DevAssignPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The text edits of each quick fix, computed on a parse of the current text at the marker's offset.
 * Pure functions of the text: the UI tests and the resolutions share them.
 */
public final class Fixes {

    private Fixes() {
    }

    /**
     * Assign the whole group: {@code assign sata to vm1 { map BAR0 }} becomes
     * {@code assign group 7 to vm1 { map sata.BAR0 }} (in a group assignment, members name their device).
     */
    public static List<TextEdit> assignWholeGroup(ParsedConfig parsed, int offset, String groupId) {
        Assignment assignment = parsed.containing(offset, Assignment.class);
        if (assignment == null || assignment.getDevice() == null) {
            return List.of();
        }
        INode device = first(assignment, DevAssignPackage.Literals.ASSIGNMENT__DEVICE);
        if (device == null) {
            return List.of();
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(device.getOffset(), device.getLength(), "group " + groupId));
        String deviceName = assignment.getDevice().eIsProxy() ? NodeModelUtils.getTokenText(device) : assignment.getDevice().getName();
        for (EObject member : assignment.eContents()) {
            INode ref = first(member, DevAssignPackage.Literals.REGION_MAPPING__REGION);
            if (ref == null) {
                ref = first(member, DevAssignPackage.Literals.IRQ_BINDING__INTERRUPT);
            }
            if (ref != null && !NodeModelUtils.getTokenText(ref).contains(".")) {
                edits.add(new TextEdit(ref.getOffset(), 0, deviceName + "."));
            }
        }
        return edits;
    }

    /** Remove the duplicate assignment: the whole assignment at {@code offset}, with its line(s). */
    public static List<TextEdit> removeAssignment(ParsedConfig parsed, int offset) {
        Assignment assignment = parsed.containing(offset, Assignment.class);
        INode node = assignment == null ? null : NodeModelUtils.findActualNodeFor(assignment);
        if (node == null) {
            return List.of();
        }
        String text = parsed.text();
        int start = node.getOffset();
        int end = node.getEndOffset();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (text.substring(lineStart, start).isBlank()) {
            start = lineStart;
        }
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
        if (text.substring(end, lineEnd).isBlank()) {
            end = lineEnd;
        }
        // do not leave two blank lines where the assignment was
        boolean blankBefore = start >= 2 && text.charAt(start - 1) == '\n' && text.charAt(start - 2) == '\n';
        if (blankBefore && end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return List.of(new TextEdit(start, end - start, ""));
    }

    /** Did you mean: replace the unknown name at the marker with a suggestion. */
    public static List<TextEdit> replaceName(ParsedConfig parsed, int start, int end, String suggestion) {
        String current = parsed.text().substring(start, end);
        String replacement = current.startsWith("\"") || !suggestion.matches("\\^?[A-Za-z_][A-Za-z0-9_-]*") ? quote(suggestion) : suggestion;
        if (current.contains(".") && !suggestion.contains(".")) {
            replacement = current.substring(0, current.lastIndexOf('.') + 1) + replacement;
        }
        return List.of(new TextEdit(start, end - start, replacement));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static INode first(EObject owner, EStructuralFeature feature) {
        if (!feature.getEContainingClass().isSuperTypeOf(owner.eClass())) {
            return null;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
        return nodes.isEmpty() ? null : nodes.get(0);
    }
}
