package org.devassign.dsl.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Consumer;
import org.devassign.model.IrqBinding;
import org.devassign.model.RegionMapping;
import org.devassign.model.DmaWindow;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * One line of the outline, detached from the parse (plain values, safe to hand to the UI thread):
 * its label, what it is, where it is in the text, its children.
 */
public record OutlineItem(String label, Kind kind, int offset, int length, List<OutlineItem> children) {

    public enum Kind { CONFIG, CONSUMER, ASSIGNMENT, MEMBER }

    public static List<OutlineItem> of(ParsedConfig parsed) {
        AssignmentConfig config = parsed.config();
        if (config == null) {
            return List.of();
        }
        List<OutlineItem> children = new ArrayList<>();
        for (Consumer consumer : config.getConsumers()) {
            children.add(item(consumer, kindWord(consumer) + " " + consumer.getName(), Kind.CONSUMER, List.of()));
        }
        for (Assignment assignment : config.getAssignments()) {
            List<OutlineItem> members = new ArrayList<>();
            for (RegionMapping mapping : assignment.getRegions()) {
                members.add(item(mapping, "map " + text(mapping), Kind.MEMBER, List.of()));
            }
            for (IrqBinding irq : assignment.getIrqs()) {
                members.add(item(irq, "irq " + text(irq), Kind.MEMBER, List.of()));
            }
            for (DmaWindow window : assignment.getDmaWindows()) {
                members.add(item(window, "dma " + text(window), Kind.MEMBER, List.of()));
            }
            children.add(item(assignment, label(assignment), Kind.ASSIGNMENT, members));
        }
        String name = config.getName() == null ? "config" : "config " + config.getName();
        return List.of(item(config, name, Kind.CONFIG, children));
    }

    /** "edu0 → agent", "group 6 → guest1": the assignment as written. */
    static String label(Assignment assignment) {
        INode node = NodeModelUtils.findActualNodeFor(assignment);
        String what = "?";
        List<INode> device = NodeModelUtils.findNodesForFeature(assignment, org.devassign.model.DevAssignPackage.Literals.ASSIGNMENT__DEVICE);
        List<INode> group = NodeModelUtils.findNodesForFeature(assignment, org.devassign.model.DevAssignPackage.Literals.ASSIGNMENT__GROUP);
        if (!device.isEmpty()) {
            what = NodeModelUtils.getTokenText(device.get(0));
        } else if (!group.isEmpty()) {
            what = "group " + NodeModelUtils.getTokenText(group.get(0));
        }
        List<INode> consumer = NodeModelUtils.findNodesForFeature(assignment, org.devassign.model.DevAssignPackage.Literals.ASSIGNMENT__CONSUMER);
        return what + " \u2192 " + (consumer.isEmpty() ? "?" : NodeModelUtils.getTokenText(consumer.get(0))) + (node == null ? "" : "");
    }

    private static String kindWord(Consumer consumer) {
        return switch (consumer) {
            case org.devassign.model.VmGuest vm -> "vm";
            case org.devassign.model.UserspaceDriver driver -> "userspace";
            default -> "probe";
        };
    }

    /** The element's text after its keyword, on one line. */
    private static String text(EObject element) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            return "";
        }
        String text = NodeModelUtils.getTokenText(node);
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    private static OutlineItem item(EObject element, String label, Kind kind, List<OutlineItem> children) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        return new OutlineItem(label, kind, node == null ? 0 : node.getOffset(), node == null ? 0 : node.getLength(), children);
    }
}
