package org.devassign.dsl.ide.proposals;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/** Names in scope as proposals, each described in the language's words with the board's facts ({@link ProposalFacts}). */
public class AssignCrossrefProposals extends IdeCrossrefProposalProvider {

    @Override
    protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
        ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
        if (entry != null) {
            EObject element = AssignProposals.resolve(candidate, context);
            if (element != null && !ProposalFacts.describe(entry, element)) {
                entry.setDescription(null); // not the model's class name
            }
        }
        return entry;
    }
}
