package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.Perspective;
import org.devassign.ui.diagram.editor.AssignDiagramEditor;
import org.devassign.ui.diagram.editor.DiagramCanvas;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.Shape;
import org.devassign.ui.diagram.render.DiagramExport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assignment diagram beside the text editor on a copy of the example config: drags become
 * text edits (IChangeSerializer, comments kept), text edits redraw the diagram, undo/redo, export.
 */
@ExtendWith(UiFailureReport.class)
class DiagramEditorTest {

    private IWorkbenchPage page;
    private IProject project;
    private IFile config;
    private ITextEditor text;
    private AssignDiagramEditor diagramEditor;
    private IDocument document;
    private String original;

    @BeforeEach
    void openTextAndDiagram() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("diagram-test");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        for (String example : new String[] { "vm-q35.board", "vm-q35.assign" }) {
            project.getFile(example).create(new ByteArrayInputStream(Files.readAllBytes(RepoFiles.example(example))), true, null);
        }
        config = project.getFile("vm-q35.assign");
        original = Files.readString(RepoFiles.example("vm-q35.assign"));
        text = (ITextEditor) IDE.openEditor(page, config, AssignLanguage.EDITOR_ID);
        diagramEditor = AssignDiagramEditor.open(page, config);
        document = diagramEditor.document();
        shown(diagramEditor);
    }

    /** Waits for the diagram of the document's text (the editor reads and lays it out in the background). */
    private void shown(AssignDiagramEditor editor) {
        Waits.until("the diagram of the document's text", 60, () -> document.get().equals(editor.shownText()));
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void theDiagramShowsGroupsDevicesRegionsInterruptsConsumersAndAssignments() {
        Diagram diagram = diagramEditor.canvas().diagram();
        assertEquals(8, diagram.groups.size());
        assertEquals(3, diagram.group(6).devices.size(), "the bridge and edu2, edu3 sit in group 6");
        var edu0 = diagram.device("edu0");
        assertEquals("BAR0", edu0.regions.get(0).name());
        assertTrue(edu0.regions.get(0).mmappable());
        assertEquals("CONFIG", edu0.regions.get(1).name());
        assertTrue(!edu0.regions.get(1).mmappable(), "config space is read/write only");
        assertEquals("intx", edu0.irqs.get(0).kind());
        assertEquals("agent", edu0.assignedTo.name);
        assertEquals("guest1", diagram.group(6).assignedTo.name);
        assertEquals(3, diagram.links.size());
        assertEquals(java.util.List.of("agent", "edu-driver", "guest1"), diagram.consumers.stream().map(c -> c.name).toList());
        assertTrue(diagram.consumer("guest1").x > diagram.group(6).x + diagram.group(6).width, "ELK put consumers right of the groups");
        for (var link : diagram.links) {
            assertTrue(link.points.size() >= 2, "every link is routed");
        }
    }

    @Test
    void draggingADeviceOntoAConsumerWritesTheAssignmentAndUndoTakesItBack() throws Exception {
        assertSame(document, text.getDocumentProvider().getDocument(text.getEditorInput()), "one document for text and diagram");
        DiagramCanvas canvas = diagramEditor.canvas();
        Diagram diagram = canvas.diagram();
        drag(canvas, diagram.device("sata"), 20, 10, diagram.consumer("agent"));
        final DiagramCanvas dragged = canvas;

        String edited = document.get();
        assertTrue(edited.contains("\nassign sata to agent"), edited);
        assertEquals(original, edited.replaceFirst("\\nassign sata to agent\\n?", ""), "the rest of the text, comments included, is as it was");

        Diagram after = Waits.until("the diagram follows the text", 20, () -> edited.equals(diagramEditor.shownText()) ? dragged.diagram() : null,
                d -> d != null);
        assertEquals("agent", after.device("sata").assignedTo.name);
        assertEquals(Shape.Severity.WARNING, after.device("sata").severity, "lpc and smbus are left behind");
        assertTrue(after.device("sata").problems.get(0).contains("shares IOMMU group 7 with the assigned device(s) but is not assigned"),
                after.device("sata").problems.toString());

        // a diagram opened now shows the edited text (the document is shared), scrolled to the top left
        page.closeEditor(diagramEditor, false);
        diagramEditor = AssignDiagramEditor.open(page, config);
        canvas = diagramEditor.canvas();
        shown(diagramEditor);
        assertEquals("agent", canvas.diagram().device("sata").assignedTo.name);
        page.setPartState(page.getReference(diagramEditor), IWorkbenchPage.STATE_MAXIMIZED);
        Waits.flush();
        Path png = Shots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "diagram");
        assertTrue(Files.size(png) > 10_000);
        page.setPartState(page.getReference(diagramEditor), IWorkbenchPage.STATE_RESTORED);

        diagramEditor.undoAction().run();
        assertEquals(original, document.get(), "undo restores the text");
        DiagramCanvas reopened = canvas;
        Waits.until("the diagram follows the undo", 20, () -> original.equals(diagramEditor.shownText()) ? reopened.diagram().device("sata") : null,
                sata -> sata != null && sata.assignedTo == null);
        diagramEditor.redoAction().run();
        assertEquals(edited, document.get(), "redo brings it back");
    }

    @Test
    void draggingAGroupByItsHeaderAssignsTheWholeGroup() {
        DiagramCanvas canvas = diagramEditor.canvas();
        Diagram diagram = canvas.diagram();
        drag(canvas, diagram.group(7), 30, 8, diagram.consumer("guest1"));
        assertTrue(document.get().contains("\nassign group 7 to guest1"), document.get());
        Diagram after = Waits.until("the diagram follows the text", 20, () -> canvas.diagram(),
                d -> d.group(7).assignedTo != null);
        assertEquals("guest1", after.group(7).assignedTo.name);
        assertEquals(Shape.Severity.NONE, after.group(7).severity, after.group(7).problems.toString());
    }

    @Test
    void movingAnAssignedDeviceChangesOnlyItsConsumerInTheText() {
        DiagramCanvas canvas = diagramEditor.canvas();
        Diagram diagram = canvas.diagram();
        drag(canvas, diagram.device("edu0"), 20, 10, diagram.consumer("guest1"));
        assertEquals(original.replace("assign edu0 to agent {", "assign edu0 to guest1 {"), document.get());
    }

    @Test
    void typingInTheTextEditorRedrawsTheDiagramAndExportsWriteFiles() throws Exception {
        document.replace(document.getLength(), 0, "\nassign lpc to edu-driver\n");
        Diagram after = Waits.until("the diagram follows the text", 20, () -> diagramEditor.canvas().diagram(),
                d -> d.device("lpc").assignedTo != null);
        assertEquals("edu-driver", after.device("lpc").assignedTo.name);
        assertEquals(4, after.links.size());

        Path png = RepoFiles.artifacts("screenshots").resolve("diagram-export.png");
        DiagramExport.png(diagramEditor.canvas().getDisplay(), after, png);
        assertTrue(Files.size(png) > 10_000);
        Path svg = RepoFiles.artifacts("screenshots").resolve("diagram-export.svg");
        DiagramExport.svg(after, svg);
        String svgText = Files.readString(svg);
        assertTrue(svgText.startsWith("<?xml") && svgText.contains("<svg") && svgText.contains(">edu0</text>")
                && svgText.contains(">edu-driver</text>") && svgText.contains("IOMMU group 7"), svgText.substring(0, 300));
    }

    @Test
    void removingAnAssignmentCutsItsLinesAndKeepsTheRest() {
        Path file = config.getLocation().toPath();
        int line = (int) original.substring(0, original.indexOf("assign edu1")).chars().filter(c -> c == '\n').count() + 1;
        var edits = org.devassign.dsl.ui.WorkbenchConfigs.get().modify(file, original, org.eclipse.xtext.util.CancelIndicator.NullImpl,
                parsed -> org.devassign.ui.diagram.edit.DiagramEdits.removeAssignment(parsed, line));
        String edited = org.devassign.dsl.ui.quickfix.ConfigEdits.apply(original, edits);
        String block = original.substring(original.indexOf("assign edu1"), original.indexOf("// edu2 and edu3"));
        assertEquals(original.replace(block, ""), edited);
    }

    /**
     * Presses the mouse on the shape (at an offset inside it), moves over the consumer, releases; the
     * drop must have become an edit of the shared document (every drag here assigns something new).
     */
    private void drag(DiagramCanvas canvas, Shape from, double dx, double dy, Shape to) {
        assertNotNull(from);
        assertNotNull(to);
        String before = document.get();
        canvas.reveal(from.x, from.y);
        Waits.flush();
        Point start = canvas.toScreen(from.x + dx, from.y + dy);
        mouse(canvas, SWT.MouseDown, start);
        canvas.reveal(to.x, to.y);
        Waits.flush();
        Point end = canvas.toScreen(to.x + to.width / 2, to.y + to.height / 2);
        mouse(canvas, SWT.MouseMove, end);
        mouse(canvas, SWT.MouseUp, end);
        // the edit is computed in a job and applied on the UI thread afterwards
        Waits.until("dropping " + from.label() + " on " + to.label() + " to change the text", 20, () -> !before.equals(document.get()));
    }

    private static void mouse(DiagramCanvas canvas, int type, Point at) {
        Event event = new Event();
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.x = at.x;
        event.y = at.y;
        canvas.notifyListeners(type, event);
    }
}
