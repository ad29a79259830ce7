package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.diagram.editor.AssignDiagramEditor;
import org.devassign.ui.diagram.editor.DiagramCanvas;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.Shape;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Working in the assignment diagram with the mouse and the keyboard through the X server: a refused
 * drop of a protected device, Escape during a drag, a click and Delete, zoom keys, and the view kept
 * across a text edit.
 */
@ExtendWith(UiFailureReport.class)
class DiagramWorkTest {

    private IProject project;
    private IWorkbenchPage page;
    private AssignDiagramEditor editor;
    private DiagramCanvas canvas;
    private IDocument document;
    private String original;

    @BeforeEach
    void openDiagram() throws Exception {
        project = TestProjects.create("diagram-work-test");
        TestProjects.copyExample(project, "vm-q35.board");
        IFile config = TestProjects.copyExample(project, "vm-q35.assign");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IDE.openEditor(page, config, AssignLanguage.EDITOR_ID);
        editor = AssignDiagramEditor.open(page, config);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        canvas = editor.canvas();
        document = editor.document();
        original = document.get();
        Waits.until("the first diagram (drawn in the background)", 60, () -> original.equals(editor.shownText()));
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void aProtectedDeviceDraggedOntoAConsumerIsRefusedWithTheValidatorsReason() {
        Diagram diagram = canvas.diagram();
        Shape nic = diagram.device("nic");
        Shape guest = diagram.consumer("guest1");
        Point over = press(nic);
        RealEvents.moveTo(canvas, centre(guest).x, centre(guest).y);
        // the X server hands the pointer's events back in its own time on a loaded machine
        String feedback = Waits.until("the refusal while the drag is over the consumer", 10, canvas::getToolTipText,
                text -> text != null && !text.startsWith("device "));
        assertNotNull(feedback, "the refusal shows while the drag is over the consumer");
        assertTrue(feedback.startsWith("The device nic (0000:00:02.0) is protected ("), feedback);
        assertTrue(feedback.endsWith("It cannot go to guest1."), feedback);
        Path shot = shoot("diagram-refused-drop");
        RealEvents.release(canvas, centre(guest).x, centre(guest).y, 1);
        editsDone();
        assertEquals(original, document.get(), "a refused drop writes nothing");
        assertNull(canvas.getToolTipText());
        assertTrue(over.x >= 0 && Files.exists(shot));
    }

    @Test
    void escapeCancelsADragAndNothingIsWritten() {
        Diagram diagram = canvas.diagram();
        Shape sata = diagram.device("sata");
        Shape agent = diagram.consumer("agent");
        press(sata);
        RealEvents.moveTo(canvas, centre(agent).x, centre(agent).y);
        RealEvents.key(canvas.getDisplay(), SWT.ESC, 0);
        RealEvents.release(canvas, centre(agent).x, centre(agent).y, 1);
        editsDone();
        assertEquals(original, document.get(), "Escape cancelled the drag");
    }

    @Test
    void aClickSelectsAnAssignedDeviceAndDeleteRemovesItsAssignmentUndoBringsItBack() {
        Shape edu1 = canvas.diagram().device("edu1");
        assertNotNull(canvas.diagram().device("edu1").assignedTo, "the example assigns edu1");
        Point at = centre(edu1);
        RealEvents.click(canvas, at.x, at.y, 1);
        // the X server hands the click back in its own time on a loaded machine
        Waits.until("the click to select edu1", 20, canvas::selected, s -> s != null && "device edu1".equals(s.label()));
        RealEvents.key(canvas.getDisplay(), SWT.DEL, 0);
        Waits.until("Delete to remove the assignment", 30, () -> !document.get().contains("assign edu1"));
        Diagram after = Waits.until("the diagram to follow", 20, () -> document.get().equals(editor.shownText()) ? canvas.diagram() : null,
                d -> d != null);
        assertNull(after.device("edu1").assignedTo);
        assertEquals("device edu1", canvas.selected().label(), "the selection survives the redraw");
        RealEvents.key(canvas.getDisplay(), 'z', SWT.CTRL);
        Waits.until("Ctrl+Z to restore the text", 30, () -> document.get().equals(original));
    }

    @Test
    void zoomKeysScaleTheDiagramAndATextEditKeepsTheZoomAndTheScrollPosition() throws Exception {
        Shape edu0 = canvas.diagram().device("edu0");
        RealEvents.click(canvas, centre(edu0).x, centre(edu0).y, 1);
        Waits.until("the click to select edu0", 20, canvas::selected, s -> s != null && "device edu0".equals(s.label()));
        RealEvents.key(canvas.getDisplay(), '0', SWT.CTRL);
        Diagram diagram = canvas.diagram();
        var area = canvas.getClientArea();
        // the X server hands the keys back in its own time on a loaded machine
        Waits.until("Ctrl+0 to fit the diagram", 20, canvas::zoom,
                z -> diagram.width * z <= area.width + 1 && diagram.height * z <= area.height + 1);
        double fit = canvas.zoom();
        assertTrue(diagram.width * fit <= area.width + 1 && diagram.height * fit <= area.height + 1,
                "Ctrl+0 fits the diagram: " + diagram.width + "x" + diagram.height + " at " + fit + " in " + area);
        Path shot = shoot("diagram-fit-selected");
        assertTrue(Files.size(shot) > 10_000);
        RealEvents.key(canvas.getDisplay(), '=', SWT.CTRL);
        double once = Waits.until("Ctrl+= to zoom in", 20, canvas::zoom, z -> z > fit);
        RealEvents.key(canvas.getDisplay(), '=', SWT.CTRL);
        RealEvents.key(canvas.getDisplay(), '=', SWT.CTRL);
        Waits.until("two more Ctrl+= to zoom in", 20, canvas::zoom, z -> z > once);
        Waits.idle(300);
        double zoomed = canvas.zoom();
        canvas.getVerticalBar().setSelection(canvas.getVerticalBar().getMaximum());
        canvas.getVerticalBar().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        int scrolled = canvas.getVerticalBar().getSelection();
        assertTrue(scrolled > 0, "the zoomed diagram scrolls");

        document.replace(document.getLength(), 0, "\n// a comment typed in the text editor\n");
        Waits.until("the diagram to follow the text", 20, () -> document.get().equals(editor.shownText()));
        assertEquals(zoomed, canvas.zoom(), "the zoom is kept across a text edit");
        assertEquals(scrolled, canvas.getVerticalBar().getSelection(), "the scroll position is kept across a text edit");
        assertSame(canvas.diagram().device("edu0"), canvas.selected(), "the selection is kept across a text edit");
        RealEvents.key(canvas.getDisplay(), '-', SWT.CTRL);
        Waits.until("Ctrl+- to zoom out", 20, canvas::zoom, z -> z < zoomed);
        assertFalse(document.get().equals(original));
    }

    /** Waits for the jobs that compute a gesture's edits, then for what they hand to the UI thread. */
    private static void editsDone() {
        try {
            org.eclipse.core.runtime.jobs.Job.getJobManager().join(AssignDiagramEditor.EDITS, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Waits.idle(100);
    }

    private Point press(Shape shape) {
        canvas.reveal(shape.x, shape.y);
        Waits.flush();
        Point at = canvas.toScreen(shape.x + 20, shape.y + 10);
        RealEvents.press(canvas, at.x, at.y, 1);
        return at;
    }

    private Point centre(Shape shape) {
        canvas.reveal(shape.x, shape.y);
        Waits.flush();
        return canvas.toScreen(shape.x + Math.min(30, shape.width / 2), shape.y + Math.min(15, shape.height / 2));
    }

    private Path shoot(String name) {
        try {
            return Shots.take(canvas.getShell(), name);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
