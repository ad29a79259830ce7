package org.devassign.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

/**
 * Contributed to the generic editor for .assign: Xtext's proposals (keywords, and the devices,
 * groups, regions, interrupts and consumers in scope), each described in the language's words with
 * the board's facts. JFace asks off the UI thread. Nothing is proposed inside a comment. The generic
 * editor can pop proposals up as letters are typed (the workbench turns that off in its
 * plugin_customization.ini); auto-activated requests get proposals only after a '.' (a member of a
 * device), so typing never waits for a parse of the whole config: Ctrl+Space asks for everything.
 */
public class AssignContentAssistProcessor implements IContentAssistProcessor {

    /** Xtext computes the parser's follow sets on a pool; daemon threads do not keep the workbench alive. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "assign content assist");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        String text = document.get();
        EditorSession session = EditorSession.of(document);
        boolean auto = session != null && session.assistAutoActivated();
        if (Comments.isInComment(text, offset) || auto && (offset == 0 || text.charAt(offset - 1) != '.')) {
            return new ICompletionProposal[0];
        }
        // the proposals' descriptions read the model: they are made inside the workspace's read
        return proposals(EditedFiles.pathOrPlaceholder(document), text, offset,
                described -> described.stream().map(p -> toProposal(p, offset)).toArray(ICompletionProposal[]::new));
    }

    /** An entry with what the language and the board say about it (worked out inside the workspace's read). */
    record Described(ContentAssistEntry entry, String facts) {
    }

    /** The proposals at {@code offset} of {@code text}, de-duplicated, in Xtext's order; none inside a comment. */
    public static List<ContentAssistEntry> proposals(java.nio.file.Path file, String text, int offset) {
        if (Comments.isInComment(text, offset)) {
            return List.of();
        }
        return proposals(file, text, offset, described -> described.stream().map(Described::entry).toList());
    }

    /** What a proposal list shows for each entry ("edu0 - pci device 0000:00:05.0, group 4, no driver"), for tests. */
    public static List<String> displayStrings(java.nio.file.Path file, String text, int offset) {
        if (Comments.isInComment(text, offset)) {
            return List.of();
        }
        return proposals(file, text, offset, described -> described.stream().map(p -> toProposal(p, offset).getDisplayString()).toList());
    }

    private static <R> R proposals(java.nio.file.Path file, String text, int offset, Function<List<Described>, R> then) {
        return WorkbenchConfigs.get().read(file, text, CancelIndicator.NullImpl, parsed -> {
            ContentAssistContextFactory factory = parsed.injector().getInstance(ContentAssistContextFactory.class);
            factory.setPool(POOL);
            ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, parsed.resource());
            IdeContentProposalAcceptor acceptor = parsed.injector().getInstance(IdeContentProposalAcceptor.class);
            parsed.injector().getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
            Map<String, Described> unique = new LinkedHashMap<>();
            for (ContentAssistEntry entry : acceptor.getEntries()) {
                if (!unique.containsKey(entry.getProposal())) {
                    unique.put(entry.getProposal(), new Described(entry, facts(entry, parsed.resource())));
                }
            }
            return then.apply(new ArrayList<>(unique.values()));
        });
    }

    private static ICompletionProposal toProposal(Described described, int offset) {
        ContentAssistEntry entry = described.entry();
        int prefix = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
        String proposal = entry.getProposal();
        String label = entry.getLabel() != null ? entry.getLabel() : proposal;
        String facts = described.facts();
        String display = facts == null ? label : label + " - " + facts;
        return new CompletionProposal(proposal, offset - prefix, prefix, proposal.length(), null, display, null, facts);
    }

    /** What the language and the board say about a proposal: a keyword's meaning, an element's kind and facts. */
    static String facts(ContentAssistEntry entry, org.eclipse.emf.ecore.resource.Resource context) {
        if (!(entry.getSource() instanceof IEObjectDescription description)) {
            String keyword = ProposalWords.KEYWORDS.get(entry.getProposal());
            return keyword != null ? keyword : words(entry.getDescription());
        }
        EObject element = description.getEObjectOrProxy();
        if (element != null && element.eIsProxy()) {
            element = EcoreUtil.resolve(element, context);
        }
        String described = element == null || element.eIsProxy() ? null : ProposalWords.describe(element);
        if (described != null) {
            return described;
        }
        return words(description.getEClass() == null ? entry.getDescription() : description.getEClass().getName());
    }

    /** A description Xtext made from a model class name, in the language's words; other descriptions as they are. */
    private static String words(String description) {
        String kind = ProposalWords.kind(description);
        return kind != null ? kind : description;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
