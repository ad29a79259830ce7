package org.devassign.dsl.resource;

import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * What a config or a board puts into Xtext's index: the names {@link org.devassign.dsl.naming.AssignNames}
 * gives (configs, boards, consumers). Nothing inside a board or an assignment has such a name, so
 * their contents are not walked: indexing a board of 50,000 devices visited each device, region
 * and interrupt only to find no name.
 */
public class ExportedNames extends DefaultResourceDescriptionStrategy {

    @Override
    public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
        boolean children = super.createEObjectDescriptions(element, acceptor);
        return children && !(element instanceof Board) && !(element instanceof Assignment);
    }
}
