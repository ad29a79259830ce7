package org.devassign.dsl.ide;

import org.devassign.dsl.ide.proposals.AssignCrossrefProposals;
import org.devassign.dsl.ide.proposals.AssignProposals;
import org.devassign.dsl.ide.server.AssignCodeActions;
import org.devassign.dsl.ide.server.AssignRename;
import org.devassign.dsl.ide.server.BoardAwareLocations;
import org.devassign.dsl.ide.server.BoardDefinitions;
import org.devassign.dsl.ide.server.DeviceFactsHover;
import org.devassign.dsl.ide.server.SymbolNames;
import org.devassign.dsl.ide.server.SyntaxSafeFormatting;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

/**
 * IDE services of the language (content assist, hover, symbols, definitions, formatting, code actions,
 * rename), for the language server and in-process editors.
 */
public class AssignIdeModule extends AbstractAssignIdeModule {

    public Class<? extends IHoverService> bindIHoverService() {
        return DeviceFactsHover.class;
    }

    public Class<? extends DocumentExtensions> bindDocumentExtensions() {
        return BoardAwareLocations.class;
    }

    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return BoardDefinitions.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolMapper$DocumentSymbolNameProvider() {
        return SymbolNames.class;
    }

    /** Formatting that leaves configs with syntax errors alone; the same instance learns the client to tell why. */
    public Class<? extends FormattingService> bindFormattingService() {
        return SyntaxSafeFormatting.class;
    }

    public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
        return SyntaxSafeFormatting.class;
    }

    /** The workbench's quick fixes as code actions. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return AssignCodeActions.class;
    }

    /** Rename of what configs name; board names refused with the reason. */
    @Override
    public Class<? extends IRenameService2> bindIRenameService2() {
        return AssignRename.class;
    }

    /** Proposals without protected devices, described in the language's words. */
    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return AssignProposals.class;
    }

    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return AssignCrossrefProposals.class;
    }
}
