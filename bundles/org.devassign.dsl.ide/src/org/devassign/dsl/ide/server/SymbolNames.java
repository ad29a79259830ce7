package org.devassign.dsl.ide.server;

import org.devassign.model.Assignment;
import org.devassign.model.naming.Labels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

/** Document symbols: the config, its consumers, and each assignment as "edu0 to agent". */
public class SymbolNames extends DocumentSymbolMapper.DocumentSymbolNameProvider {

    @Override
    public String getName(EObject element) {
        if (element instanceof Assignment assignment) {
            return Labels.of(assignment);
        }
        return super.getName(element);
    }
}
