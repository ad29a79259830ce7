package org.devassign.dsl.syntax;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.devassign.core.identity.Printable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * The parser's errors as the language says them: what was found, after what, and what the grammar
 * allows there ({@link Expected}), with the choices of a word that takes one ("'bus' is not a reset
 * policy: write 'if-available', 'required' or 'never'"). A value that cannot be converted is
 * reported with the converter's own message, never the Java exception behind it; every message
 * goes out through {@link Printable#line}, so the bytes of a binary file cannot reach a terminal.
 */
public class SyntaxErrors implements ISyntaxErrorMessageProvider {

    /** The character in ANTLR's lexer message for a character no token starts with ("no viable alternative at character '$'"). */
    private static final Pattern CHARACTER = Pattern.compile("^no viable alternative at character '(.+)'$");

    private Set<String> keywords = Set.of();

    @Inject
    void readKeywords(IGrammarAccess grammar) {
        keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        ValueConverterException problem = context.getValueConverterException();
        String message = problem == null || problem.getMessage() == null ? "this value cannot be read here" : problem.getMessage();
        if (message.endsWith(" is missing") && problem.getNode() != null) {
            ILeafNode before = leafBefore(problem.getNode());
            message += before == null ? "" : " after " + Printable.quote(before.getText());
        }
        return error(capitalized(message) + (message.endsWith(".") ? "" : "."));
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException problem = context.getRecognitionException();
        if (problem == null) {
            return error(lexer(context.getDefaultMessage()));
        }
        Token found = problem.token;
        String text = found == null || found.getType() == Token.EOF ? null : found.getText();
        String before = previous(problem);
        if (problem instanceof MismatchedTokenException mismatch && mismatch.expecting == Token.EOF) {
            if ("import".equals(text)) {
                return error("Imports come before 'config': move this import to the top of the file.");
            }
            return error("Unexpected " + Printable.quote(text) + (before == null ? "" : " after " + Printable.quote(before))
                    + ": a config holds consumers ('vm', 'userspace', 'probe') and assignments ('assign'), each starting with its word.");
        }
        if (text != null && !Printable.line(text).equals(text)) {
            return error("This is not a config: it holds " + Printable.quote(text) + " where text belongs. A config is UTF-8 text:"
                    + " any imports, then 'config NAME'.");
        }
        INode current = context.getCurrentNode();
        INode last = lastLeaf(current);
        if (text != null && keywords.contains(text) && statedBefore(current, text)) {
            return error(Printable.quote(text) + " is stated twice in this block: keep one.");
        }
        EObject grammarElement = current == null ? null : current.getGrammarElement();
        Set<String> expected;
        String choice = null;
        if (last == null) {
            expected = Expected.first(grammarElement);
            choice = Expected.choiceOf(grammarElement);
        } else {
            expected = after(current, last);
        }
        if (choice != null) {
            if (text != null && isWord(text)) {
                return error(Printable.quote(text) + " is not " + choice + ": write " + Expected.list(expected) + ".");
            }
            return error(capitalized(choice) + " is missing" + (before == null ? "" : " after " + Printable.quote(before)) + ": write "
                    + Expected.list(expected) + ".");
        }
        String what = expected.isEmpty() ? "" : ": expected " + Expected.list(expected);
        if (text == null) {
            return error("The file ends too early" + (before == null ? "" : " after " + Printable.quote(before)) + what + ".");
        }
        return error("Unexpected " + Printable.quote(text) + (before == null ? " at the start of the file" : " after " + Printable.quote(before))
                + (what.isEmpty() ? ": check the words of this statement and their order" : what) + ".");
    }

    /**
     * What may follow the last word parsed: what may follow it in its rule, and where the rule may
     * end there, what may follow the rule in the one that called it (a unit after the number of a
     * size, then the next statement of the block).
     */
    private static Set<String> after(INode current, INode last) {
        Set<String> expected = new LinkedHashSet<>();
        boolean[] endOfRule = { false };
        INode node = last;
        for (int level = 0; level < 8 && node != null; level++, node = node.getParent()) {
            if (node.getGrammarElement() instanceof AbstractElement element) {
                expected.addAll(Expected.after(element, endOfRule));
                if (!endOfRule[0]) {
                    break;
                }
            }
        }
        return expected;
    }

    /** Whether the keyword was already written in the current block's unordered settings ("memory" twice in a vm). */
    private static boolean statedBefore(INode current, String keyword) {
        if (!(current instanceof ICompositeNode composite)) {
            return false;
        }
        for (INode child : composite.getChildren()) {
            if (child instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k
                    && k.getValue().equals(keyword) && GrammarUtil.containingUnorderedGroup(k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The last word of the node, or null when it has none yet (the parser just entered its rule); found from the end. */
    private static ILeafNode lastLeaf(INode node) {
        if (node instanceof ILeafNode leaf) {
            return leaf.isHidden() ? null : leaf;
        }
        if (node instanceof ICompositeNode composite) {
            for (INode child = composite.getLastChild(); child != null; child = child.getPreviousSibling()) {
                ILeafNode leaf = lastLeaf(child);
                if (leaf != null) {
                    return leaf;
                }
                if (child == composite.getFirstChild()) {
                    break;
                }
            }
        }
        return null;
    }

    /** The last word before the node: in its previous siblings, else in those of its parents. */
    private static ILeafNode leafBefore(INode node) {
        for (INode n = node; n != null; n = n.getParent()) {
            for (INode sibling = n.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
                ILeafNode leaf = lastLeaf(sibling);
                if (leaf != null) {
                    return leaf;
                }
            }
        }
        return null;
    }

    /** The text of the token before the one the parser stopped at, skipping white space and comments. */
    private static String previous(RecognitionException problem) {
        if (!(problem.input instanceof TokenStream tokens)) {
            return null;
        }
        for (int i = Math.min(problem.index, tokens.size()) - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getType() != Token.EOF) {
                return token.getText();
            }
        }
        return null;
    }

    /** The lexer's complaints, from ANTLR's words: an unclosed string or comment, or a character no word has. */
    private static String lexer(String message) {
        String text = message == null ? "" : message;
        if (text.contains("expecting '\"'") || text.contains("expecting '''")) {
            return "A quoted string is not closed: add the closing quote on the same line.";
        }
        if (text.contains("expecting '*'") || text.contains("expecting '/'")) {
            return "A comment is not closed: end it with */.";
        }
        Matcher character = CHARACTER.matcher(text);
        String which = character.matches() && !character.group(1).equals("<EOF>") ? Printable.quote(character.group(1)) + " " : "";
        return "The character " + which + "belongs to no word of the language: names are letters, digits, '_' and '-';"
                + " other text goes in quotes.";
    }

    private static boolean isWord(String text) {
        return !text.isEmpty() && (Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '_' || text.charAt(0) == '"');
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static SyntaxErrorMessage error(String message) {
        return new SyntaxErrorMessage(Printable.line(message), Diagnostic.SYNTAX_DIAGNOSTIC);
    }
}
