package org.devassign.dsl.linking;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.devassign.dsl.parser.antlr.AssignParser;
import org.devassign.dsl.parser.antlr.internal.InternalAssignParser;
import org.devassign.dsl.services.AssignGrammarAccess;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The config's parser, which notes each name that links (each cross-reference) as it reads it, in
 * text order: the element that holds the reference, the name's node and its text ({@link Name}).
 * Xtext's linker finds them again by walking every element of the config and every child node of
 * each, to find 40,000 names in a config of 10,000 assignments that the parser had in hand, and then
 * reads each name's nodes again, long after the parser left them (for a large config, out of the
 * processor's caches). {@link AssignLinker} links the noted names instead ({@link Parsed}), and walks
 * as Xtext does whenever the notes cannot be trusted: a text with syntax errors, a part of a text
 * parsed again, a config linked again, a name the parser did not close as it opened it.
 */
public class NameRecordingParser extends AssignParser {

    /** The parser {@link #createParser} made for the parse under way on this thread. */
    private static final ThreadLocal<Recorder> RECORDING = new ThreadLocal<>();

    @Override
    protected InternalAssignParser createParser(XtextTokenStream stream) {
        Recorder recorder = new Recorder(stream, getGrammarAccess());
        RECORDING.set(recorder);
        return recorder;
    }

    @Override
    protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder, int initialLookAhead) {
        RECORDING.remove();
        IParseResult parsed;
        Recorder recorder;
        try {
            parsed = super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
        } finally {
            recorder = RECORDING.get();
            RECORDING.remove(); // the thread keeps no parser, nor the nodes it noted
        }
        // notes only of a whole text: a part parsed again (the editor's partial parse names a rule
        // inside the config) holds the names of that part alone, and linking from them would leave
        // every other name without a reference, should the linker ever take them for such a parse
        boolean whole = ruleName == null || ruleName.equals(getDefaultRuleName());
        if (!whole || recorder == null || parsed == null || parsed.getClass() != ParseResult.class) {
            return parsed;
        }
        return new Parsed(parsed.getRootASTElement(), parsed.getRootNode(), parsed.hasSyntaxErrors(),
                parsed.hasSyntaxErrors() ? null : recorder.noted());
    }

    /**
     * A parse result with the names the parser noted, for the linker to take once. A ParseResult
     * still, which Xtext's partial parsing requires of the parser's results.
     */
    public static final class Parsed extends ParseResult {

        private List<Name> names;
        private boolean taken;

        Parsed(EObject root, ICompositeNode rootNode, boolean hadErrors, List<Name> names) {
            super(root, rootNode, hadErrors);
            this.names = names;
        }

        /** The names noted while parsing, in text order, once; null when there are none to trust, or they were taken. */
        List<Name> take() {
            List<Name> noted = names;
            names = null;
            taken |= noted != null;
            return noted;
        }

        /** Whether the linker linked the names from these notes. */
        public boolean taken() {
            return taken;
        }
    }

    /**
     * A name that links: the element holding the reference, the name's node as parsing left it, its
     * grammar element and reference, and its tokens' text. All are found while the parser has them at
     * hand; the linker, which comes after a whole config is read, does not read the node again.
     */
    record Name(EObject holder, INode node, CrossReference crossReference, EReference reference, String tokens) {
    }

    /** A cross-reference's reference in elements of one class. */
    private record Linked(EClass holder, EReference reference) {
    }

    /**
     * The generated parser, noting names. A name is parsed as a call of a data type rule
     * (DeviceRef, MemberRef, Name): the call opens a composite node for the cross-reference, inside
     * the node of the element that holds it, and closes it when the rule returns, when the node may
     * be replaced by its single leaf; the node then in place is the holder's node's last child.
     */
    static final class Recorder extends InternalAssignParser {

        private final List<Name> names = new ArrayList<>();
        /** Each cross-reference's reference, by the class of the last element holding it: a grammar has a few, a config thousands. */
        private final Map<CrossReference, Linked> linked = new IdentityHashMap<>();
        private boolean trusted = true;
        private ICompositeNode open;
        private EObject holder;
        private CrossReference reference;

        Recorder(TokenStream input, AssignGrammarAccess grammarAccess) {
            super(input, grammarAccess);
        }

        /** GrammarUtil.getReference, remembered. */
        private EReference reference(CrossReference crossReference, EClass holder) {
            Linked known = linked.get(crossReference);
            if (known == null || known.holder() != holder) {
                known = new Linked(holder, GrammarUtil.getReference(crossReference, holder));
                linked.put(crossReference, known);
            }
            return known.reference();
        }

        /** The names noted, or null when a name was not closed as it was opened. */
        List<Name> noted() {
            return trusted && open == null ? names : null;
        }

        @Override
        protected void newCompositeNode(EObject grammarElement) {
            if (grammarElement instanceof CrossReference crossReference) {
                ICompositeNode parent = getCurrentNode();
                if (open != null || parent == null || !parent.hasDirectSemanticElement()) {
                    trusted = false; // a name within a name, or outside its element's node: Xtext's walk will find it
                } else {
                    holder = parent.getSemanticElement();
                    reference = crossReference;
                }
                super.newCompositeNode(grammarElement);
                open = getCurrentNode();
                return;
            }
            super.newCompositeNode(grammarElement);
        }

        /** A name read as one terminal (a grammar change could make one so) is not noted: Xtext's walk links the text. */
        @Override
        protected void newLeafNode(Token token, EObject grammarElement) {
            if (grammarElement instanceof CrossReference) {
                trusted = false;
            }
            super.newLeafNode(token, grammarElement);
        }

        @Override
        protected void afterParserOrEnumRuleCall() {
            ICompositeNode closing = getCurrentNode();
            super.afterParserOrEnumRuleCall();
            if (closing != open || open == null) {
                return;
            }
            open = null;
            ICompositeNode parent = getCurrentNode();
            INode node = parent == null ? null : parent.getLastChild();
            EReference eReference = holder == null ? null : reference(reference, holder.eClass());
            if (node == null || node.getGrammarElement() != reference || eReference == null) {
                trusted = false; // Xtext's walk says what is wrong
            } else if (AssignLinker.holdsToken(node)) { // a name without tokens is not linked, as Xtext's walk skips it
                names.add(new Name(holder, node, reference, eReference, AssignLinkingService.tokenText(node)));
            }
            holder = null;
            reference = null;
        }
    }
}
