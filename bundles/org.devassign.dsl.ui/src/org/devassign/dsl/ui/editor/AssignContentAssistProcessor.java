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
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.Region;
import org.devassign.model.naming.Labels;
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
 * groups, regions, interrupts and consumers in scope), each described with the board's facts.
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
        // the proposals' descriptions read the model: they are made inside the workspace's read
        return proposals(EditedFiles.pathOrPlaceholder(document), document.get(), offset,
                entries -> entries.stream().map(entry -> toProposal(entry, offset)).toArray(ICompletionProposal[]::new));
    }

    /** The proposals at {@code offset} of {@code text}, de-duplicated, in Xtext's order. */
    public static List<ContentAssistEntry> proposals(java.nio.file.Path file, String text, int offset) {
        return proposals(file, text, offset, entries -> entries);
    }

    private static <R> R proposals(java.nio.file.Path file, String text, int offset, Function<List<ContentAssistEntry>, R> then) {
        return WorkbenchConfigs.get().read(file, text, CancelIndicator.NullImpl, parsed -> {
            ContentAssistContextFactory factory = parsed.injector().getInstance(ContentAssistContextFactory.class);
            factory.setPool(POOL);
            ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, parsed.resource());
            IdeContentProposalAcceptor acceptor = parsed.injector().getInstance(IdeContentProposalAcceptor.class);
            parsed.injector().getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
            Map<String, ContentAssistEntry> unique = new LinkedHashMap<>();
            for (ContentAssistEntry entry : acceptor.getEntries()) {
                unique.putIfAbsent(entry.getProposal(), entry);
            }
            return then.apply(new ArrayList<>(unique.values()));
        });
    }

    private static ICompletionProposal toProposal(ContentAssistEntry entry, int offset) {
        int prefix = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
        String proposal = entry.getProposal();
        String label = entry.getLabel() != null ? entry.getLabel() : proposal;
        String facts = facts(entry);
        String display = facts == null ? label : label + " - " + facts;
        return new CompletionProposal(proposal, offset - prefix, prefix, proposal.length(), null, display, null, facts);
    }

    /** What the board says about a proposed name: "device edu0 (0000:00:05.0), group 4, no driver". */
    static String facts(ContentAssistEntry entry) {
        if (!(entry.getSource() instanceof IEObjectDescription description)) {
            return entry.getDescription();
        }
        EObject element = description.getEObjectOrProxy();
        if (element != null && element.eIsProxy()) {
            return entry.getDescription();
        }
        return switch (element) {
            case Device device -> Labels.of(device) + (device.getIommuGroup() == null ? "" : ", group " + device.getIommuGroup().getId())
                    + ", " + (device.getDriver() == null ? "no driver" : device.getDriver());
            case IommuGroup group -> Labels.of(group) + ": " + String.join(", ", group.getDevices().stream().map(Device::getName).toList());
            case Region region -> Labels.size(region.getSize()) + (region.isMmappable() ? ", mmap" : ", read/write only");
            case Interrupt interrupt -> interrupt.getKind().getLiteral() + " x" + interrupt.getCount();
            case Consumer consumer -> EcoreUtil.getURI(consumer).lastSegment() + ": " + consumer.eClass().getName();
            case null, default -> entry.getDescription();
        };
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
