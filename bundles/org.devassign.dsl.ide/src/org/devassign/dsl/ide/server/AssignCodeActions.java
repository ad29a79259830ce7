package org.devassign.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.devassign.dsl.ide.fixes.ConfigText;
import org.devassign.dsl.ide.fixes.QuickFixes;
import org.devassign.dsl.ide.fixes.QuickFixes.QuickFix;
import org.devassign.dsl.ide.fixes.TextEdit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Quick fixes as LSP code actions: for each diagnostic the editor sends back, the fixes of its
 * issue code ({@link QuickFixes}, the workbench's catalog), each as a workspace edit computed on
 * the document as it is now. The issue's data travels in the diagnostic's {@code data} (Xtext puts
 * it there), so the fixes need no second validation.
 */
public class AssignCodeActions implements ICodeActionService2 {

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        if (options.getCodeActionParams().getContext() == null) {
            return List.of();
        }
        if (options.getResource() instanceof XtextResource resource && options.getDocument() != null) {
            return actions(options, resource, options.getDocument());
        }
        // Xtext's server hands over the request alone: read the document and its parse as they are now
        try {
            return options.getLanguageServerAccess().doRead(options.getURI(), context -> context.getResource() instanceof XtextResource resource
                    ? actions(options, resource, context.getDocument()) : List.<Either<Command, CodeAction>>of()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException e) {
            throw new IllegalStateException("code actions for " + options.getURI() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static List<Either<Command, CodeAction>> actions(Options options, XtextResource resource, Document document) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        ConfigText config = new ConfigText(resource, document.getContents());
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            if (diagnostic.getCode() == null || !diagnostic.getCode().isLeft()) {
                continue;
            }
            int start = document.getOffSet(diagnostic.getRange().getStart());
            int end = document.getOffSet(diagnostic.getRange().getEnd());
            for (QuickFix fix : QuickFixes.forIssue(diagnostic.getCode().getLeft(), data(diagnostic.getData()), start, end)) {
                List<TextEdit> edits = fix.edits().apply(config);
                if (edits.isEmpty()) {
                    continue;
                }
                CodeAction action = new CodeAction(fix.label());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), edits.stream().map(e -> lsp(document, e)).toList())));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }

    private static org.eclipse.lsp4j.TextEdit lsp(Document document, TextEdit edit) {
        return new org.eclipse.lsp4j.TextEdit(new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length())),
                edit.text());
    }

    /** The issue data as the client returns it: a JSON array of strings (or, in process, the String[] Xtext set). */
    static List<String> data(Object data) {
        List<String> strings = new ArrayList<>();
        if (data instanceof JsonArray array) {
            for (JsonElement element : array) {
                strings.add(element.isJsonPrimitive() ? element.getAsString() : element.toString());
            }
        } else if (data instanceof String[] array) {
            strings.addAll(List.of(array));
        } else if (data instanceof List<?> list) {
            list.forEach(o -> strings.add(String.valueOf(o)));
        }
        return strings;
    }
}
