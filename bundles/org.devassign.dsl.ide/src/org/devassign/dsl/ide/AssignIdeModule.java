package org.devassign.dsl.ide;

import org.devassign.dsl.ide.server.BoardAwareLocations;
import org.devassign.dsl.ide.server.BoardDefinitions;
import org.devassign.dsl.ide.server.DeviceFactsHover;
import org.devassign.dsl.ide.server.SymbolNames;
import org.devassign.dsl.ide.server.SyntaxSafeFormatting;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

/** IDE services of the language (content assist, hover, symbols, definitions, formatting), for the language server and in-process editors. */
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
}
