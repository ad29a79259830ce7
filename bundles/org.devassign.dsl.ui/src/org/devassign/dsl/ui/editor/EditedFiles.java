package org.devassign.dsl.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;

/** Which file an editor's document belongs to: the generic editor keeps its documents in file buffers. */
public final class EditedFiles {

    private EditedFiles() {
    }

    /** The workspace file of the document, or null when it is outside the workspace (or not a file buffer). */
    public static IFile workspaceFile(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null) {
            return null;
        }
        IPath location = buffer.getLocation();
        if (location == null) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        return file.exists() ? file : null;
    }

    /** The document's file on disk, or null. */
    public static Path path(IDocument document) {
        IFile file = workspaceFile(document);
        if (file != null && file.getLocation() != null) {
            return file.getLocation().toPath();
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null || buffer.getFileStore() == null) {
            return null;
        }
        try {
            java.io.File local = buffer.getFileStore().toLocalFile(0, null);
            return local == null ? null : local.toPath();
        } catch (CoreException notLocal) {
            return null;
        }
    }

    /** The file of a document, or a placeholder in the working directory (so that parsing still works). */
    public static Path pathOrPlaceholder(IDocument document) {
        Path path = path(document);
        return path != null ? path : Path.of("untitled.assign").toAbsolutePath();
    }
}
