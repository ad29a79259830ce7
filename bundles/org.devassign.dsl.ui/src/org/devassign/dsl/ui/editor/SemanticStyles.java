package org.devassign.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.Region;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Semantic colours of a parsed config: each name coloured by what it links to (device, group,
 * region or interrupt, consumer, board), and consumers where they are declared. Unresolved names
 * keep their lexical colour: the problem marker says what is wrong with them.
 */
public final class SemanticStyles {

    /** One coloured range. */
    public record Range(int offset, int length, Styles style) {
    }

    private SemanticStyles() {
    }

    public static List<Range> of(ParsedConfig parsed) {
        List<Range> ranges = new ArrayList<>();
        IParseResult result = parsed.resource().getParseResult();
        if (result == null || result.getRootNode() == null) {
            return ranges;
        }
        BidiTreeIterator<INode> nodes = result.getRootNode().getAsTreeIterable().iterator();
        while (nodes.hasNext()) {
            INode node = nodes.next();
            EObject grammar = node.getGrammarElement();
            if (grammar instanceof CrossReference reference) {
                Styles style = styleOf(GrammarUtil.getReference(reference));
                EObject target = linked(node, GrammarUtil.getReference(reference));
                if (style != null && target != null && !target.eIsProxy() && node.getLength() > 0) {
                    ranges.add(new Range(node.getOffset(), node.getLength(), style));
                }
                nodes.prune();
            } else if (grammar instanceof org.eclipse.xtext.RuleCall call && !node.hasDirectSemanticElement()
                    && "name".equals(feature(call)) && NodeModelUtils.findActualSemanticObjectFor(node) instanceof Consumer) {
                ranges.add(new Range(node.getOffset(), node.getLength(), Styles.CONSUMER));
            }
        }
        return ranges;
    }

    private static String feature(EObject grammarElement) {
        org.eclipse.xtext.Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
        return assignment == null ? null : assignment.getFeature();
    }

    private static EObject linked(INode node, EReference reference) {
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
        if (owner == null || reference.isMany() || !reference.getEContainingClass().isSuperTypeOf(owner.eClass())) {
            return null;
        }
        return (EObject) owner.eGet(reference, true);
    }

    private static Styles styleOf(EReference reference) {
        EClass type = reference.getEReferenceType();
        Class<?> instance = type.getInstanceClass();
        if (instance == null) {
            return null;
        }
        if (Device.class.isAssignableFrom(instance) || IommuGroup.class.isAssignableFrom(instance)) {
            return Styles.DEVICE;
        }
        if (Region.class.isAssignableFrom(instance) || Interrupt.class.isAssignableFrom(instance)) {
            return Styles.MEMBER;
        }
        if (Consumer.class.isAssignableFrom(instance)) {
            return Styles.CONSUMER;
        }
        if (Board.class.isAssignableFrom(instance)) {
            return Styles.BOARD;
        }
        return null;
    }
}
