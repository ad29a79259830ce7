package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.diagram.editor.AssignDiagramEditor;
import org.devassign.ui.diagram.editor.DiagramCanvas;
import org.devassign.ui.diagram.layout.StableLayout;
import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.Shape;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The diagram keeps its layout while the user works: every shape stays where it was after a drop
 * made with the mouse, after Ctrl+Z, and after a consumer typed in the text editor (the new
 * consumer goes under the others); the zoom and the scroll position stay too. Arrange All lays
 * the diagram out afresh.
 */
@ExtendWith(UiFailureReport.class)
class DiagramStableLayoutTest {

    private IProject project;
    private IWorkbenchPage page;
    private TestProjects.OpenConfig text;
    private AssignDiagramEditor editor;
    private DiagramCanvas canvas;
    private IDocument document;
    private String original;

    @BeforeEach
    void openTextAndDiagram() throws Exception {
        project = TestProjects.create("diagram-layout-test");
        TestProjects.copyExample(project, "vm-q35.board");
        IFile config = TestProjects.copyExample(project, "vm-q35.assign");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        text = TestProjects.open(page, config);
        editor = AssignDiagramEditor.open(page, config);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        canvas = editor.canvas();
        document = editor.document();
        original = document.get();
        shown();
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void shapesKeepTheirPlacesAfterADropAnUndoAndATextEdit() throws Exception {
        RealEvents.focus(canvas);
        RealEvents.key(canvas.getDisplay(), '0', SWT.CTRL);
        double fit = canvas.zoom();
        Map<String, double[]> before = bounds(canvas.diagram());
        assertTrue(before.size() > 20, "the example has groups, devices and consumers: " + before.keySet());

        Shape sata = canvas.diagram().device("sata");
        Shape agent = canvas.diagram().consumer("agent");
        Point from = canvas.toScreen(sata.x + 20, sata.y + 10);
        RealEvents.press(canvas, from.x, from.y, 1);
        Point to = canvas.toScreen(agent.x + agent.width / 2, agent.y + agent.height / 2);
        RealEvents.moveTo(canvas, (from.x + to.x) / 2, (from.y + to.y) / 2);
        RealEvents.moveTo(canvas, to.x, to.y);
        RealEvents.release(canvas, to.x, to.y, 1);
        Waits.until("the drop to write the assignment", 10, () -> document.get().contains("assign sata to agent"));
        Diagram dropped = shown();
        assertEquals("agent", dropped.device("sata").assignedTo.name, "the diagram shows the new assignment");
        assertKept(before, dropped, "after the drop");
        assertEquals(fit, canvas.zoom(), "the zoom is kept after the drop");
        Shape droppedDevice = dropped.device("sata");
        double[] view = canvas.visibleArea();
        assertTrue(droppedDevice.intersects(view[0], view[1], view[2], view[3]), "the dropped device is in view");
        assertEquals("device sata", canvas.selected().label(), "the dragged device is selected");
        canvas.update(); // GTK paints on its frame clock: the shot must show the diagram of now
        editor.overview().update();
        Waits.idle(300);
        Path shot = Shots.take(canvas.getShell(), "diagram-after-drop");
        assertTrue(Files.size(shot) > 10_000);
        int scroll = canvas.getVerticalBar().getSelection();

        restAwayFromShapes();
        RealEvents.key(canvas.getDisplay(), 'z', SWT.CTRL);
        Waits.until("Ctrl+Z to take the drop back", 10, () -> document.get().equals(original));
        Diagram undone = shown();
        assertEquals(null, undone.device("sata").assignedTo);
        assertKept(before, undone, "after Ctrl+Z");
        assertEquals(fit, canvas.zoom(), "the zoom is kept after Ctrl+Z");
        assertEquals(scroll, canvas.getVerticalBar().getSelection(), "the scroll position is kept after Ctrl+Z");

        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page.activate(text.editor());
        RealEvents.focus(text.text());
        RealEvents.key(text.text().getDisplay(), SWT.END, SWT.CTRL);
        RealEvents.type(text.text().getDisplay(), "\nvm spare\n");
        RealEvents.key(text.text().getDisplay(), SWT.ESC, 0); // content assist may have popped up: closed as a user would
        Waits.until("the typed consumer in the text", 10, () -> document.get().contains("vm spare"));
        Diagram typed = shown();
        assertKept(before, typed, "after a consumer was typed in the text editor");
        ConsumerBox spare = typed.consumer("spare");
        assertNotNull(spare, "the typed consumer is drawn");
        ConsumerBox guest1 = typed.consumer("guest1");
        assertEquals(guest1.x, spare.x, "the new consumer joins the consumers' column");
        for (Shape shape : typed.shapes()) {
            assertFalse(shape != spare && shape.intersects(spare.x, spare.y, spare.width, spare.height),
                    "the new consumer overlaps " + shape.label());
        }
        page.activate(editor);
        assertEquals(fit, canvas.zoom(), "the zoom is kept after a text edit");

        editor.arrangeAll();
        Diagram arranged = Waits.until("Arrange All to lay the diagram out afresh", 60, canvas::diagram, d -> d != typed);
        Diagram fresh = AssignDiagramEditor.diagramOf(text.path(), document.get(), new StableLayout());
        assertKept(bounds(fresh), arranged, "after Arrange All (as a fresh layout of the same text)");
    }

    /** The bounds of every shape by what it stands for. */
    private static Map<String, double[]> bounds(Diagram diagram) {
        Map<String, double[]> bounds = new LinkedHashMap<>();
        for (Shape shape : diagram.shapes()) {
            bounds.put(shape.identity(), new double[] { shape.x, shape.y, shape.width, shape.height });
        }
        return bounds;
    }

    private static void assertKept(Map<String, double[]> before, Diagram diagram, String when) {
        Map<String, double[]> now = bounds(diagram);
        for (var entry : before.entrySet()) {
            double[] was = entry.getValue();
            double[] is = now.get(entry.getKey());
            assertNotNull(is, entry.getKey() + " is gone " + when);
            assertTrue(java.util.Arrays.equals(was, is), entry.getKey() + " moved " + when + ": " + java.util.Arrays.toString(was) + " -> "
                    + java.util.Arrays.toString(is));
        }
    }

    /** Waits for the diagram of the document's text as it is now. */
    private Diagram shown() {
        Waits.until("the diagram of the document's text", 60, () -> document.get().equals(editor.shownText()));
        return canvas.diagram();
    }

    /** Puts the pointer on empty canvas (keys go to the window under it; a shape's tooltip would cover nothing then). */
    private void restAwayFromShapes() {
        var area = canvas.getClientArea();
        for (int y = area.height - 10; y > 10; y -= 20) {
            for (int x = area.width - 10; x > 10; x -= 20) {
                double[] view = canvas.visibleArea();
                double scale = canvas.zoom();
                if (canvas.diagram().shapeAt(view[0] + x / scale, view[1] + y / scale) == null) {
                    RealEvents.moveTo(canvas, x, y);
                    return;
                }
            }
        }
        throw new AssertionError("no empty spot on the canvas");
    }
}
