package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.Perspective;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The .assign editor marks the other occurrences of the word at the caret (its own highlighter, which
 * searches in a job instead of on the UI thread): a click on a device name marks every whole-word
 * occurrence of it and nothing else; the caret moved off any word clears the marks.
 */
@ExtendWith(UiFailureReport.class)
class OccurrenceHighlightTest {

    /** The generic editor's annotation type for word occurrences. */
    private static final String OCCURRENCE = "org.eclipse.ui.genericeditor.text";

    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void project() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = TestProjects.create("occurrences-test");
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void aClickOnADeviceNameMarksItsOccurrencesAndTheEndOfTheLineClearsThem() throws Exception {
        TestProjects.copyExample(project, "vm-q35.board");
        TestProjects.OpenConfig config = TestProjects.open(page, TestProjects.copyExample(project, "vm-q35.assign"));
        config.checked(60);
        String text = config.document().get();
        List<Integer> expected = wholeWords(text, "edu0");
        assertTrue(expected.size() >= 2, "the example names edu0 more than once: " + expected);

        int inName = text.indexOf("assign edu0") + "assign ed".length();
        Point at = config.text().getLocationAtOffset(inName);
        RealEvents.click(config.text(), at.x + 1, at.y + config.text().getLineHeight() / 2, 1);
        // off the text, so that no hover opens over the name; the keys still go to this window
        RealEvents.moveTo(config.text(), config.text().getSize().x - 4, config.text().getSize().y - 4);
        Waits.until("the occurrences of edu0 marked", 60, () -> marks(config), marks -> marks.equals(expected));
        Shots.take(config.text().getShell(), "editor-occurrences");

        // the end of "assign edu0 to agent {": no word at the caret, no marks
        RealEvents.key(config.text().getDisplay(), SWT.END, 0);
        Waits.until("the marks cleared", 60, () -> marks(config), List::isEmpty);
        assertEquals(text, config.document().get(), "a click and a key that moves the caret change no text");
    }

    /** The offsets of the occurrence marks in the editor's text, ascending. */
    private static List<Integer> marks(TestProjects.OpenConfig config) {
        ISourceViewer viewer = (ISourceViewer) config.editor().getAdapter(ITextOperationTarget.class);
        IAnnotationModel model = viewer.getAnnotationModel();
        List<Integer> offsets = new ArrayList<>();
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (OCCURRENCE.equals(annotation.getType()) && position != null && !position.isDeleted()) {
                offsets.add(position.getOffset());
            }
        }
        offsets.sort(null);
        return offsets;
    }

    private static List<Integer> wholeWords(String text, String word) {
        List<Integer> offsets = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])").matcher(text);
        while (matcher.find()) {
            offsets.add(matcher.start());
        }
        return offsets;
    }
}
