package org.devassign.dsl.linking;

import java.util.Collections;
import java.util.List;

import org.devassign.dsl.scoping.Configs;
import org.devassign.dsl.scoping.NameLookup;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.scoping.IScope;

import com.google.inject.Inject;

/**
 * Links {@code for "vm-q35.board"} to the board in that file, relative to the config; a board
 * named without a path ({@code for vm-q35}) is looked up by name in the index. Everything else
 * links through the scopes.
 *
 * <p>Every name of a config is linked, 40,000 of them in a config of 10,000 assignments, so two
 * steps of Xtext's are done more directly: a name's text is read from the config's text once (Xtext
 * reads it per token, each time looking for the root of the node model and summing lengths), and
 * the scopes of the names that never look outside the config and its board (devices, groups,
 * consumers, regions, interrupts) are asked for without Xtext's record of the names a config
 * imports from the index, which no such scope reads, and asked for the name as text
 * ({@link NameLookup}).
 */
public class AssignLinkingService extends DefaultLinkingService {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Inject
    private IValueConverterService converters;

    @Override
    public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
        return linked(context, ref, node, isNamed(ref) ? getCrossRefNodeAsString(node) : null);
    }

    /**
     * {@link #getLinkedObjects(EObject, EReference, INode)} for a name the parser noted with its
     * tokens' text ({@link NameRecordingParser}): the node is not read again.
     */
    List<EObject> getLinkedObjects(EObject context, EReference ref, INode node, CrossReference crossReference, String tokens)
            throws IllegalNodeException {
        return linked(context, ref, node, isNamed(ref) ? converted(tokens, crossReference, node) : null);
    }

    /** A reference linked here by its name's text, not by Xtext's service. */
    private static boolean isNamed(EReference ref) {
        return ref == DevAssignPackage.Literals.ASSIGNMENT_CONFIG__BOARD || isLocal(ref);
    }

    private List<EObject> linked(EObject context, EReference ref, INode node, String text) {
        if (ref == DevAssignPackage.Literals.ASSIGNMENT_CONFIG__BOARD && isPath(text)) {
            Board board = boardFile(context.eResource(), text);
            return board == null ? Collections.emptyList() : List.of(board);
        }
        if (isLocal(ref)) {
            if (text == null || text.isEmpty()) {
                return Collections.emptyList();
            }
            IScope scope = getScopeProvider().getScope(context, ref);
            if (scope instanceof NameLookup names) {
                EObject element = names.lookUp(text);
                return element == null ? Collections.emptyList() : Collections.singletonList(element);
            }
        }
        return super.getLinkedObjects(context, ref, node);
    }

    /** A reference whose scope never looks outside the config, its imports and its board. */
    private static boolean isLocal(EReference reference) {
        return reference == PKG.getAssignment_Device() || reference == PKG.getIommuGroup_Devices()
                || reference == PKG.getAssignment_PhysicalFunction() || reference == PKG.getVirtualFunctions_PhysicalFunction() || reference == PKG.getAssignment_Group()
                || reference == PKG.getAssignment_Consumer() || reference == PKG.getRegionMapping_Region()
                || reference == PKG.getIrqBinding_Interrupt();
    }

    @Override
    protected IScope getScope(EObject context, EReference reference) {
        return isLocal(reference) ? getScopeProvider().getScope(context, reference) : super.getScope(context, reference);
    }

    /** The name at {@code node} as Xtext's LinkingHelper gives it: the tokens' text, converted by the name's rule. */
    @Override
    public String getCrossRefNodeAsString(INode node) throws IllegalNodeException {
        return converted(tokenText(node), node.getGrammarElement(), node);
    }

    /** The tokens' text of a name converted by the rule its grammar element calls. */
    private String converted(String text, EObject grammarElement, INode node) throws IllegalNodeException {
        String rule = getLinkingHelper().getRuleNameFrom(grammarElement);
        if (rule == null) {
            return text;
        }
        try {
            Object value = converters.toValue(text, rule, node);
            return value == null ? null : value.toString();
        } catch (ValueConverterWithValueException partly) {
            return partly.getValue() == null ? null : partly.getValue().toString();
        } catch (ValueConverterException wrong) {
            throw new IllegalNodeException(node, wrong);
        }
    }

    /** NodeModelUtils.getTokenText: the visible tokens' text, one space where hidden ones (blanks, comments) separated them. */
    static String tokenText(INode node) {
        if (node instanceof ILeafNode leaf) {
            return leaf.getText();
        }
        ILeafNode only = soleToken((ICompositeNode) node);
        if (only != null) {
            return only.getText(); // the usual name: one token, whatever hidden ones surround it
        }
        String all = node.getRootNode().getText();
        StringBuilder text = new StringBuilder();
        appendTokens((ICompositeNode) node, all, text, new boolean[1]);
        return text.toString();
    }

    /** The one visible token under {@code parent}; null when it holds none or several. */
    private static ILeafNode soleToken(ICompositeNode parent) {
        ILeafNode[] first = new ILeafNode[1];
        return countTokens(parent, first, 0) == 1 ? first[0] : null;
    }

    /** {@code count} plus the visible tokens under {@code parent}, counted up to two; the first one found goes to {@code first}. */
    private static int countTokens(ICompositeNode parent, ILeafNode[] first, int count) {
        for (INode child = parent.getFirstChild(); child != null && count < 2; child = child.getNextSibling()) {
            if (child instanceof ICompositeNode composite) {
                count = countTokens(composite, first, count);
            } else if (!((ILeafNode) child).isHidden() && count++ == 0) {
                first[0] = (ILeafNode) child;
            }
        }
        return count;
    }

    private static void appendTokens(ICompositeNode parent, String all, StringBuilder text, boolean[] hiddenSeen) {
        for (INode child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof ICompositeNode composite) {
                appendTokens(composite, all, text, hiddenSeen);
            } else if (((ILeafNode) child).isHidden()) {
                hiddenSeen[0] = true;
            } else {
                if (hiddenSeen[0] && !text.isEmpty()) {
                    text.append(' ');
                }
                text.append(all, child.getTotalOffset(), child.getTotalEndOffset());
                hiddenSeen[0] = false;
            }
        }
    }

    public static boolean isPath(String text) {
        return text != null && (text.endsWith("." + BoardFiles.EXTENSION) || text.contains("/"));
    }

    /** The board in the file {@code path} names, relative to {@code from}; null if there is none. */
    public static Board boardFile(Resource from, String path) {
        if (from == null || from.getResourceSet() == null) {
            return null;
        }
        BoardFiles.configure(from.getResourceSet());
        Resource resource = Configs.load(from, path);
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        return resource.getContents().get(0) instanceof Board board ? board : null;
    }
}
