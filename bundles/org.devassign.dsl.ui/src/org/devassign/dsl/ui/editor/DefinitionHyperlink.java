package org.devassign.dsl.ui.editor;

import java.nio.file.Path;

import org.devassign.dsl.ui.AssignLanguage;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Opens the file a name is defined in (the board, or a config) and selects the definition: where it
 * is in that file is found in a job (a board is XMI: its text is searched), then the editor opens.
 */
final class DefinitionHyperlink implements IHyperlink {

    private final Path config;
    private final SemanticStyles.Link link;

    DefinitionHyperlink(Path config, SemanticStyles.Link link) {
        this.config = config;
        this.link = link;
    }

    @Override
    public IRegion getHyperlinkRegion() {
        return new Region(link.offset(), link.length());
    }

    @Override
    public String getTypeLabel() {
        return "Open Definition";
    }

    @Override
    public String getHyperlinkText() {
        return "Open " + link.label();
    }

    @Override
    public void open() {
        Display display = Display.getCurrent();
        Job job = Job.create("Opening " + link.label(), monitor -> {
            DefinitionHyperlinkDetector.Definition definition = DefinitionHyperlinkDetector.resolve(config, link);
            if (definition != null && display != null && !display.isDisposed()) {
                display.asyncExec(() -> open(definition));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    static void open(DefinitionHyperlinkDetector.Definition definition) {
        try {
            ITextEditor editor = openEditor(definition);
            if (editor != null) {
                reveal(editor, definition);
            }
        } catch (PartInitException | BadLocationException e) {
            ILog.of(DefinitionHyperlink.class).error("cannot open " + definition.file(), e);
        }
    }

    static ITextEditor openEditor(DefinitionHyperlinkDetector.Definition definition) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(definition.file().toUri());
        IEditorPart part = files.length > 0 && files[0].exists() ? IDE.openEditor(page, files[0], AssignLanguage.EDITOR_ID)
                : IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(definition.file().toUri()));
        return part == null ? null : part.getAdapter(ITextEditor.class);
    }

    static void reveal(ITextEditor editor, DefinitionHyperlinkDetector.Definition definition) throws BadLocationException {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (definition.offset() >= 0) {
            editor.selectAndReveal(definition.offset(), definition.length());
            return;
        }
        int line = Math.min(definition.line(), document.getNumberOfLines() - 1);
        IRegion lineRegion = document.getLineInformation(line);
        int start = lineRegion.getOffset() + Math.min(definition.column(), lineRegion.getLength());
        editor.selectAndReveal(start, lineRegion.getOffset() + lineRegion.getLength() - start);
    }
}
