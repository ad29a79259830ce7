package org.devassign.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;

import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.model.Assignment;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Import;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The text edits of each quick fix, computed on a parse of the current text at the problem's
 * offset. Pure functions of the text: the workbench, the language server and the tests share them.
 */
public final class Fixes {

    private Fixes() {
    }

    public static List<TextEdit> assignWholeGroup(ParsedConfig parsed, int offset, String groupId) {
        return assignWholeGroup(ConfigText.of(parsed), offset, groupId);
    }

    /**
     * Assign the whole group: {@code assign sata to vm1 { map BAR0 }} becomes
     * {@code assign group 7 to vm1 { map sata.BAR0 }} (in a group assignment, members name their device).
     */
    public static List<TextEdit> assignWholeGroup(ConfigText config, int offset, String groupId) {
        Assignment assignment = config.containing(offset, Assignment.class);
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

    public static List<TextEdit> removeAssignment(ParsedConfig parsed, int offset) {
        return removeAssignment(ConfigText.of(parsed), offset);
    }

    /** Remove the duplicate assignment: the whole assignment at {@code offset}, with its line(s). */
    public static List<TextEdit> removeAssignment(ConfigText config, int offset) {
        return removeLines(config, config.containing(offset, Assignment.class));
    }

    /** Remove the import at {@code offset} (imported twice, or the config itself), with its line. */
    public static List<TextEdit> removeImport(ConfigText config, int offset) {
        return removeLines(config, config.containing(offset, Import.class));
    }

    public static List<TextEdit> replaceName(ParsedConfig parsed, int start, int end, String suggestion) {
        return replaceName(ConfigText.of(parsed), start, end, suggestion);
    }

    /** Did you mean: replace the unknown name at the marker with a suggestion. */
    public static List<TextEdit> replaceName(ConfigText config, int start, int end, String suggestion) {
        String current = config.text().substring(start, end);
        String replacement = current.startsWith("\"") || !suggestion.matches("\\^?[A-Za-z_][A-Za-z0-9_-]*") ? quote(suggestion) : suggestion;
        if (current.contains(".") && !suggestion.contains(".")) {
            replacement = current.substring(0, current.lastIndexOf('.') + 1) + replacement;
        }
        return List.of(new TextEdit(start, end - start, replacement));
    }

    /** A setting's value, such as the driver or reset policy at the marker: {@code required} becomes {@code if-available}. */
    public static List<TextEdit> replaceValue(ConfigText config, int start, int end, String value) {
        if (start < 0 || end < start || end > config.text().length()) {
            return List.of();
        }
        return List.of(new TextEdit(start, end - start, value));
    }

    /** The element's text with its line(s) when nothing else is on them, and no second blank line left behind. */
    private static List<TextEdit> removeLines(ConfigText config, EObject element) {
        INode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            return List.of();
        }
        String text = config.text();
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
        boolean blankBefore = start >= 2 && text.charAt(start - 1) == '\n' && text.charAt(start - 2) == '\n';
        if (blankBefore && end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return List.of(new TextEdit(start, end - start, ""));
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
