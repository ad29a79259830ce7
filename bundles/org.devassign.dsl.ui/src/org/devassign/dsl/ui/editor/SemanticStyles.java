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
import org.devassign.model.naming.Labels;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;

/**
 * What the names of a parsed config link to, as plain values taken inside the workspace's read:
 * semantic colours (each name coloured by what it links to: device, group, region or interrupt,
 * consumer, board; consumers where they are declared) and the links themselves (where a name points,
 * for go to definition). Unresolved names get neither: the problem marker says what is wrong.
 * Both lists are in text order.
 */
public final class SemanticStyles {

    /** One coloured range. */
    public record Range(int offset, int length, Styles style) {
        int end() {
            return offset + length;
        }
    }

    /** A name that links to an element: the element's URI and its label, for go to definition. */
    public record Link(int offset, int length, String target, String label) {
        boolean contains(int position) {
            return position >= offset && position <= offset + length;
        }
    }

    /** The colours and the links of one parse. */
    public record Names(List<Range> ranges, List<Link> links) {
    }

    private SemanticStyles() {
    }

    public static List<Range> of(ParsedConfig parsed) {
        return names(parsed).ranges();
    }

    public static Names names(ParsedConfig parsed) {
        List<Range> ranges = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        IParseResult result = parsed.resource().getParseResult();
        if (result == null || result.getRootNode() == null) {
            return new Names(ranges, links);
        }
        BidiTreeIterator<INode> nodes = result.getRootNode().getAsTreeIterable().iterator();
        while (nodes.hasNext()) {
            INode node = nodes.next();
            EObject grammar = node.getGrammarElement();
            if (grammar instanceof CrossReference reference) {
                EReference feature = GrammarUtil.getReference(reference);
                Styles style = styleOf(feature);
                EObject target = linked(node, feature);
                if (target != null && !target.eIsProxy() && node.getLength() > 0) {
                    if (style != null) {
                        ranges.add(new Range(node.getOffset(), node.getLength(), style));
                    }
                    if (target.eResource() != null) {
                        links.add(new Link(node.getOffset(), node.getLength(), EcoreUtil.getURI(target).toString(), Labels.of(target)));
                    }
                }
                nodes.prune();
            } else if (grammar instanceof org.eclipse.xtext.RuleCall call && !node.hasDirectSemanticElement()
                    && "name".equals(feature(call)) && NodeModelUtils.findActualSemanticObjectFor(node) instanceof Consumer) {
                ranges.add(new Range(node.getOffset(), node.getLength(), Styles.CONSUMER));
            }
        }
        return new Names(ranges, links);
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
