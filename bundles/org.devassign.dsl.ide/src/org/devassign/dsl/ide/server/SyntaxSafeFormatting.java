package org.devassign.dsl.ide.server;

import java.util.List;

import org.apache.log4j.Logger;
import org.devassign.core.identity.Printable;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Singleton;

/**
 * The language server's formatting, which never edits a config with syntax errors: the formatter
 * would lay out the parser's guess at the broken text, and format-on-save would then collapse whole
 * blocks. It returns no edits and tells the editor why (window/showMessage, and the server's log),
 * as {@code devassign fmt} refuses the same file. Whole-document and range formatting both pass here.
 */
@Singleton
public class SyntaxSafeFormatting extends FormattingService implements ILanguageServerExtension {

    private static final Logger LOG = Logger.getLogger(SyntaxSafeFormatting.class);

    private volatile ILanguageServerAccess access;

    @Override
    public void initialize(ILanguageServerAccess serverAccess) {
        this.access = serverAccess;
    }

    @Override
    public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
        IParseResult parsed = resource.getParseResult();
        if (parsed == null || parsed.hasSyntaxErrors()) {
            refuse(resource, parsed);
            return List.of();
        }
        return super.format(resource, document, offset, length, options);
    }

    private void refuse(XtextResource resource, IParseResult parsed) {
        String file = resource.getURI() == null ? "this config" : resource.getURI().lastSegment();
        String first = "";
        if (parsed != null) {
            for (INode error : parsed.getSyntaxErrors()) {
                String what = error.getSyntaxErrorMessage().getMessage();
                first = " (line " + error.getStartLine() + ": " + (what.endsWith(".") ? what.substring(0, what.length() - 1) : what) + ")";
                break;
            }
        }
        String message = Printable.line("Not formatted: " + file + " has syntax errors" + first
                + ". Formatting would rearrange what the parser guessed; fix them first.");
        LOG.info(message);
        LanguageClient client = access == null ? null : access.getLanguageClient();
        if (client != null) {
            client.showMessage(new MessageParams(MessageType.Warning, message));
        }
    }
}
