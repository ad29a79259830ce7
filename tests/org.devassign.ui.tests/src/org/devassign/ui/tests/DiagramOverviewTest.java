package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.testing.ScaleBoards;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.diagram.editor.AssignDiagramEditor;
import org.devassign.ui.diagram.editor.DiagramCanvas;
import org.devassign.ui.diagram.editor.DiagramOverview;
import org.devassign.ui.diagram.model.Diagram;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overview beside the diagram of a 1,000-device board (the benchmarks' generated board): it
 * shows the whole diagram with the visible part outlined, and a click or a drag in it scrolls the
 * diagram there; the Outline view shows the same overview. Zoom to Fit and Zoom Out go down to one
 * floor (5 %), far below the 25 % that left such a diagram taller than the window.
 */
@ExtendWith(UiFailureReport.class)
class DiagramOverviewTest {

    private static final int DEVICES = 1_000;

    private IProject project;
    private IWorkbenchPage page;
    private AssignDiagramEditor editor;
    private DiagramCanvas canvas;
    private DiagramOverview overview;

    @BeforeEach
    void openLargeDiagram() throws Exception {
        project = TestProjects.create("diagram-overview-test");
        ScaleBoards.write(project.getLocation().toPath(), DEVICES);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile config = project.getFile(ScaleBoards.configName(DEVICES));
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = AssignDiagramEditor.open(page, config);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        canvas = editor.canvas();
        overview = editor.overview();
        String text = editor.document().get();
        Waits.until("the diagram of " + DEVICES + " devices", 180, () -> text.equals(editor.shownText()));
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void theOverviewShowsTheWholeDiagramAndAClickOrADragInItScrollsTheDiagram() throws Exception {
        Diagram diagram = canvas.diagram();
        assertEquals(DEVICES, diagram.devices().size());
        assertTrue(overview.isVisible() && overview.getSize().x > 50 && overview.getSize().y > 100, "the overview is shown: " + overview.getSize());
        Rectangle area = overview.getClientArea();
        Point end = overview.toOverview(diagram.width, diagram.height);
        assertTrue(end.x <= area.width && end.y <= area.height, "the whole diagram fits in the overview: " + end + " in " + area);
        double[] view = canvas.visibleArea();
        assertTrue(view[3] < diagram.height / 10, "the diagram is far taller than the window: " + view[3] + " of " + diagram.height);
        assertEquals(0, canvas.getVerticalBar().getSelection(), "the diagram opens at its top");
        Rectangle outline = overview.viewOutline();
        assertTrue(outline.y <= overview.toOverview(0, view[1] + 1).y + 1, "the outline marks the top: " + outline);

        double targetY = diagram.height * 0.75;
        Point click = overview.toOverview(diagram.width / 2, targetY);
        RealEvents.click(overview, click.x, click.y, 1);
        view = canvas.visibleArea();
        assertTrue(view[1] <= targetY && targetY <= view[1] + view[3], "a click in the overview shows that part: y " + targetY + " in "
                + view[1] + "+" + view[3]);
        assertTrue(canvas.getVerticalBar().getSelection() > 0, "the scroll bar follows");
        Rectangle moved = overview.viewOutline();
        assertTrue(moved.y > outline.y, "the outline follows: " + outline + " -> " + moved);

        Point top = overview.toOverview(diagram.width / 2, diagram.height * 0.25);
        RealEvents.press(overview, click.x, click.y, 1);
        RealEvents.moveTo(overview, top.x, (top.y + click.y) / 2);
        RealEvents.moveTo(overview, top.x, top.y);
        RealEvents.release(overview, top.x, top.y, 1);
        view = canvas.visibleArea();
        double quarter = diagram.height * 0.25;
        assertTrue(view[1] <= quarter && quarter <= view[1] + view[3], "a drag in the overview scrolls along: y " + quarter + " in " + view[1]
                + "+" + view[3]);
        Path shot = Shots.take(canvas.getShell(), "diagram-overview-1000");
        assertTrue(Files.size(shot) > 10_000);
    }

    @Test
    void zoomToFitGoesBelowAQuarterAndZoomOutStopsAtTheSameFloor() {
        Diagram diagram = canvas.diagram();
        var area = canvas.getClientArea();
        assertTrue(diagram.height * 0.25 > area.height, "a quarter of the diagram is still taller than the window: " + diagram.height);
        RealEvents.focus(canvas);
        RealEvents.key(canvas.getDisplay(), '0', SWT.CTRL);
        double fit = Waits.until("Ctrl+0 to zoom out to fit", 20, canvas::zoom, z -> z < 0.25);
        double wanted = Math.min(area.width / diagram.width, area.height / diagram.height);
        assertEquals(Math.max(0.05, wanted), fit, 1e-9, "Ctrl+0 fits the diagram, down to 5 %");
        RealEvents.key(canvas.getDisplay(), '=', SWT.CTRL);
        double in = Waits.until("Ctrl+= to zoom in", 20, canvas::zoom, z -> z > fit);
        for (int i = 0; i < 6; i++) {
            RealEvents.key(canvas.getDisplay(), '-', SWT.CTRL);
        }
        double floor = Waits.until("Ctrl+- to zoom out to the floor", 20, canvas::zoom, z -> z < in && z <= fit);
        Waits.idle(300);
        assertEquals(0.05, canvas.zoom(), 1e-9, "Ctrl+- stops at the floor of Ctrl+0: " + floor);
    }

    @Test
    void theOutlineViewShowsTheOverviewTooAndAClickInItScrollsTheDiagram() throws Exception {
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        DiagramOverview inOutline = Waits.until("the diagram's page in the Outline view", 10,
                () -> outline.getCurrentPage() == null ? null : outline.getCurrentPage().getControl(), c -> c instanceof DiagramOverview)
                instanceof DiagramOverview found ? found : null;
        Waits.until("the Outline view to be laid out", 10, () -> inOutline.getSize().y > 100);
        Diagram diagram = canvas.diagram();
        assertEquals(0, canvas.getVerticalBar().getSelection(), "the diagram opens at its top");
        double targetY = diagram.height / 2;
        Point click = inOutline.toOverview(diagram.width / 2, targetY);
        RealEvents.click(inOutline, click.x, click.y, 1);
        double[] view = canvas.visibleArea();
        assertTrue(view[1] <= targetY && targetY <= view[1] + view[3], "a click in the Outline's overview shows that part: y " + targetY
                + " in " + view[1] + "+" + view[3]);
        Shots.take(canvas.getShell(), "diagram-outline-1000");
        page.hideView(outline);
    }
}
