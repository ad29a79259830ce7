package org.devassign.ui.diagram.edit;

import java.util.ArrayList;
import java.util.List;

import org.devassign.dsl.scoping.Configs;
import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.dsl.ide.fixes.TextEdit;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.devassign.dsl.ide.fixes.Fixes;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;

/**
 * What dropping a device or a group on a consumer, or deleting an assignment, does to the text.
 * Each returns the text edits (empty when there is nothing to change). They change the model to
 * let the serializer write the edits: run them in the config workspace's {@code modify}.
 */
public final class DiagramEdits {

    private DiagramEdits() {
    }

    /**
     * Device {@code deviceName} goes to {@code consumerName}: if this config already assigns the
     * device alone, that assignment changes consumer (a move); otherwise a new assignment is added.
     */
    public static List<TextEdit> assignDevice(ParsedConfig parsed, String deviceName, String consumerName) {
        AssignmentConfig config = parsed.config();
        Board board = config == null ? null : Configs.boardOf(config);
        Consumer consumer = consumer(config, consumerName);
        Device device = board == null ? null : board.getDevices().stream().filter(d -> deviceName.equals(d.getName())).findFirst().orElse(null);
        if (device == null || consumer == null) {
            return List.of();
        }
        Assignment existing = config.getAssignments().stream().filter(a -> a.getDevice() == device).findFirst().orElse(null);
        if (existing != null && existing.getConsumer() == consumer) {
            return List.of();
        }
        if (existing != null) {
            return serialize(parsed, c -> existing.setConsumer(consumer));
        }
        Assignment assignment = DevAssignFactory.eINSTANCE.createAssignment();
        assignment.setDevice(device);
        assignment.setConsumer(consumer);
        return append(parsed, assignment, List.of());
    }

    /** The whole IOMMU group goes to the consumer: a group assignment, replacing this config's assignments of its devices. */
    public static List<TextEdit> assignGroup(ParsedConfig parsed, int groupId, String consumerName) {
        AssignmentConfig config = parsed.config();
        Board board = config == null ? null : Configs.boardOf(config);
        Consumer consumer = consumer(config, consumerName);
        IommuGroup group = board == null ? null : board.getIommuGroups().stream().filter(g -> g.getId() == groupId).findFirst().orElse(null);
        if (group == null || consumer == null) {
            return List.of();
        }
        Assignment existing = config.getAssignments().stream().filter(a -> a.getGroup() == group).findFirst().orElse(null);
        if (existing != null && existing.getConsumer() == consumer) {
            return List.of();
        }
        if (existing != null) {
            return serialize(parsed, c -> existing.setConsumer(consumer));
        }
        // the members' own assignments in this config give way to the group's
        List<Assignment> members = config.getAssignments().stream()
                .filter(a -> a.getDevice() != null && group.getDevices().contains(a.getDevice())).toList();
        Assignment assignment = DevAssignFactory.eINSTANCE.createAssignment();
        assignment.setGroup(group);
        assignment.setConsumer(consumer);
        return append(parsed, assignment, members);
    }

    /** Removes the assignment that starts on {@code line} (1-based). */
    public static List<TextEdit> removeAssignment(ParsedConfig parsed, int line) {
        AssignmentConfig config = parsed.config();
        if (config == null) {
            return List.of();
        }
        Assignment target = config.getAssignments().stream().filter(a -> {
            var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(a);
            return node != null && node.getStartLine() == line;
        }).findFirst().orElse(null);
        if (target == null) {
            return List.of();
        }
        return removal(parsed, target);
    }

    /**
     * A new assignment goes at the end of the config as the serializer writes it (formatted), and
     * replaced ones are cut out with their lines. Text edits rather than IChangeSerializer here:
     * with Xtext 2.42, a change of the config's own assignment list makes the change serializer
     * rewrite the config's header (the board's quoted file name becomes the board's name) and
     * repeat the leading comment; edits inside an assignment go through it (see serialize).
     */
    private static List<TextEdit> append(ParsedConfig parsed, Assignment assignment, List<Assignment> replaced) {
        EcoreUtil.resolveAll(parsed.resource());
        parsed.config().getAssignments().add(assignment);
        String written = parsed.injector().getInstance(ISerializer.class).serialize(assignment, SaveOptions.newBuilder().format().getOptions()).strip();
        String text = parsed.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<TextEdit> edits = new ArrayList<>();
        int at = end;
        for (Assignment old : replaced) {
            for (TextEdit cut : removal(parsed, old)) {
                edits.add(cut);
                if (cut.offset() + cut.length() >= end) {
                    at = Math.min(at, cut.offset()); // the last assignment goes: write the new one in its place
                }
            }
        }
        // edits at one offset apply in list order: the cut before the insertion
        String prefix = at == 0 ? "" : at < end ? (text.charAt(at - 1) == '\n' ? "" : "\n") : "\n\n";
        edits.add(new TextEdit(at, 0, prefix + written + (at < end ? "\n" : "")));
        return edits;
    }

    private static List<TextEdit> removal(ParsedConfig parsed, Assignment assignment) {
        var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(assignment);
        return node == null ? List.of() : Fixes.removeAssignment(parsed, node.getOffset());
    }

    private static Consumer consumer(AssignmentConfig config, String name) {
        if (config == null) {
            return null;
        }
        return config.getConsumers().stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
    }

    /** Runs the modification through IChangeSerializer: the text replacements of this config's file. */
    private static List<TextEdit> serialize(ParsedConfig parsed, IChangeSerializer.IModification<AssignmentConfig> modification) {
        EcoreUtil.resolveAll(parsed.resource());
        IChangeSerializer serializer = parsed.injector().getInstance(IChangeSerializer.class);
        serializer.addModification(parsed.config(), modification);
        List<IEmfResourceChange> changes = new ArrayList<>();
        serializer.applyModifications(changes::add);
        List<TextEdit> edits = new ArrayList<>();
        for (IEmfResourceChange change : changes) {
            if (change instanceof ITextDocumentChange text && change.getResource() == parsed.resource()) {
                for (ITextReplacement replacement : text.getReplacements()) {
                    edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
                }
            }
        }
        return edits;
    }
}
