package org.devassign.dsl.ide.proposals;

import org.devassign.model.Device;
import org.devassign.model.facts.DeviceFacts;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;

/**
 * Content assist: Xtext's proposals less the devices the agent's policy protects (the root file
 * system's disk, the agent's own connection: a config may never assign them, so they are not
 * offered); descriptions come from {@link AssignCrossrefProposals}.
 */
public class AssignProposals extends IdeContentProposalProvider {

    @Override
    protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
        Predicate<IEObjectDescription> filter = super.getCrossrefFilter(reference, context);
        return candidate -> filter.apply(candidate)
                && !(resolve(candidate, context) instanceof Device device && DeviceFacts.protection(device).isPresent());
    }

    /** The element a candidate names, loaded in the context's resource set; null when it cannot be. */
    static EObject resolve(IEObjectDescription candidate, ContentAssistContext context) {
        EObject element = candidate.getEObjectOrProxy();
        if (element != null && element.eIsProxy() && context.getResource() != null) {
            element = EcoreUtil.resolve(element, context.getResource());
        }
        return element == null || element.eIsProxy() ? null : element;
    }
}
