package org.devassign.dsl.ui.quickfix;

import java.util.List;
import java.util.function.Function;

import org.devassign.dsl.ide.fixes.ConfigText;
import org.devassign.dsl.ide.fixes.QuickFixes;
import org.devassign.dsl.ide.fixes.TextEdit;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes (Ctrl+1 in the editor, or in the Problems view) for the markers of .assign files:
 * the language's catalog ({@link QuickFixes}, shared with the language server's code actions) as
 * marker resolutions.
 */
public class AssignMarkerResolutions implements IMarkerResolutionGenerator2 {

    public static final String ASSIGN_WHOLE_GROUP = QuickFixes.ASSIGN_WHOLE_GROUP;
    public static final String REMOVE_DUPLICATE = QuickFixes.REMOVE_DUPLICATE;

    @Override
    public boolean hasResolutions(IMarker marker) {
        return getResolutions(marker).length > 0;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String code = marker.getAttribute(ProblemMarkers.CODE, "");
        List<String> data = ProblemMarkers.data(marker);
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        return QuickFixes.forIssue(code, data, start, end).stream()
                .map(fix -> new Fix(fix.label(), fix.description(), parsed -> fix.edits().apply(ConfigText.of(parsed))))
                .toArray(IMarkerResolution[]::new);
    }

    /** One quick fix: edits computed on the text as it is when the fix runs. */
    static final class Fix implements IMarkerResolution2 {
        private final String label;
        private final String description;
        private final Function<org.devassign.dsl.workspace.ParsedConfig, List<TextEdit>> edits;

        Fix(String label, String description, Function<org.devassign.dsl.workspace.ParsedConfig, List<TextEdit>> edits) {
            this.label = label;
            this.description = description;
            this.edits = edits;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            try {
                if (ConfigEdits.apply(file, edits) && org.eclipse.core.filebuffers.FileBuffers.getTextFileBufferManager()
                        .getTextFileBuffer(file.getFullPath(), org.eclipse.core.filebuffers.LocationKind.IFILE) == null) {
                    ProblemMarkers.validateSaved(file); // no editor reconciles it: check the saved text
                }
            } catch (CoreException e) {
                ILog.of(AssignMarkerResolutions.class).error("cannot apply '" + label + "' to " + file.getName(), e);
            }
        }
    }
}
