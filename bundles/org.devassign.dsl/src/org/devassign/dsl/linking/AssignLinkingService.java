package org.devassign.dsl.linking;

import java.util.Collections;
import java.util.List;

import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Links {@code for "vm-q35.board"} to the board in that file, relative to the config; a board
 * named without a path ({@code for vm-q35}) is looked up by name in the index. Everything else
 * links through the scopes.
 */
public class AssignLinkingService extends DefaultLinkingService {

    @Override
    public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
        if (ref == DevAssignPackage.Literals.ASSIGNMENT_CONFIG__BOARD) {
            String text = getCrossRefNodeAsString(node);
            if (isPath(text)) {
                Board board = boardFile(context.eResource(), text);
                return board == null ? Collections.emptyList() : List.of(board);
            }
        }
        return super.getLinkedObjects(context, ref, node);
    }

    public static boolean isPath(String text) {
        return text != null && (text.endsWith("." + BoardFiles.EXTENSION) || text.contains("/"));
    }

    /** The board in the file {@code path} names, relative to {@code from}; null if there is none. */
    public static Board boardFile(Resource from, String path) {
        if (from == null || from.getResourceSet() == null) {
            return null;
        }
        BoardFiles.configure(from.getResourceSet());
        Resource resource = Configs.load(from, path);
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        return resource.getContents().get(0) instanceof Board board ? board : null;
    }
}
