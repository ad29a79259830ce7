package org.devassign.dsl.ide.server;

import java.util.concurrent.ExecutionException;

import org.devassign.model.Board;
import org.devassign.model.naming.Labels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Rename: what a config names (a consumer, with every reference in the configs of the workspace)
 * through Xtext's rename; what a board names (devices, regions, interrupts, groups) is refused with
 * the reason, since a .board file states the hardware's names and configs follow them. A refusal is
 * an error response the editor shows, never an empty edit.
 */
public class AssignRename extends RenameService2 {

    @Override
    public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
        refuseBoardNames(options.getLanguageServerAccess(), options.getParams().getTextDocument().getUri(), options.getParams().getPosition());
        return super.prepareRename(options);
    }

    @Override
    public WorkspaceEdit rename(Options options) {
        refuseBoardNames(options.getLanguageServerAccess(), options.getRenameParams().getTextDocument().getUri(),
                options.getRenameParams().getPosition());
        return super.rename(options);
    }

    private void refuseBoardNames(ILanguageServerAccess access, String uri, Position position) {
        String refusal;
        try {
            refusal = access.doRead(uri, context -> context.getResource() instanceof XtextResource resource
                    ? refusal(getElementAtOffset(resource, context.getDocument(), position)) : null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            return; // Xtext's own rename reports what went wrong reading the document
        }
        if (refusal != null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, refusal, null));
        }
    }

    /** Why the element cannot be renamed from a config, or null when it can. */
    static String refusal(EObject element) {
        if (element == null || element.eIsProxy() || element.eResource() == null || element.eResource() instanceof XtextResource) {
            return null;
        }
        EObject root = EcoreUtil.getRootContainer(element);
        String board = root instanceof Board b ? "board " + b.getName() : "its board";
        String file = element.eResource().getURI() == null ? "" : " (" + element.eResource().getURI().lastSegment() + ")";
        String what = Labels.of(element);
        return "The " + what + " is named by " + board + file + ": configs refer to the board's names, so it cannot be renamed"
                + " here. Rename it in the board file (or discover the board again), then change the configs that name it.";
    }
}
