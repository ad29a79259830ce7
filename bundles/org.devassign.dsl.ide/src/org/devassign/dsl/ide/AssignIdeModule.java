package org.devassign.dsl.ide;

import org.devassign.dsl.ide.server.BoardAwareLocations;
import org.devassign.dsl.ide.server.DeviceFactsHover;
import org.devassign.dsl.ide.server.SymbolNames;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

/** IDE services of the language (content assist, hover, symbols, definitions), for the language server and in-process editors. */
public class AssignIdeModule extends AbstractAssignIdeModule {

    public Class<? extends IHoverService> bindIHoverService() {
        return DeviceFactsHover.class;
    }

    public Class<? extends DocumentExtensions> bindDocumentExtensions() {
        return BoardAwareLocations.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolMapper$DocumentSymbolNameProvider() {
        return SymbolNames.class;
    }
}
