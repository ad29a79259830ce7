package org.devassign.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.ui.editor.EditorSession;
import org.devassign.dsl.ui.editor.EditorState;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.Waits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** A workspace project for one test, the example files copied in, and an open .assign editor with what tests look at. */
final class TestProjects {

    private TestProjects() {
    }

    static IProject create(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        return project;
    }

    static IFile copyExample(IProject project, String example) throws Exception {
        IFile file = project.getFile(example);
        file.create(new ByteArrayInputStream(Files.readAllBytes(RepoFiles.example(example))), true, null);
        return file;
    }

    /** An .assign file open in its editor. */
    record OpenConfig(IFile file, ITextEditor editor, IDocument document, StyledText text) {

        EditorSession session() {
            return EditorSession.of(document);
        }

        /** Waits for a finished check of the document's text as it is now. */
        EditorState checked(int seconds) {
            return Waits.until("a check of " + file.getName() + " as it is now", seconds, () -> session() == null ? null : session().state(),
                    state -> state != null && state.text().equals(document.get()));
        }

        IMarker[] markers() {
            try {
                return file.findMarkers(org.devassign.dsl.ui.editor.ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
            } catch (CoreException e) {
                throw new AssertionError(e);
            }
        }

        Path path() {
            return file.getLocation().toPath();
        }
    }

    static OpenConfig open(IWorkbenchPage page, IFile file) throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file, AssignLanguage.EDITOR_ID);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        return new OpenConfig(file, editor, document, (StyledText) editor.getAdapter(Control.class));
    }
}
