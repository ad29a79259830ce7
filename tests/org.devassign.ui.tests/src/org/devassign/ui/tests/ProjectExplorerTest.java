package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.UiStalls;
import org.devassign.testing.ui.Waits;
import org.devassign.testing.ui.Widgets;
import org.devassign.ui.Perspective;
import org.devassign.ui.welcome.ExampleProject;
import org.devassign.ui.welcome.WelcomeView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The welcome page's Open the Example Project, clicked with the mouse, opens the project in a job
 * (the window keeps answering); the Project Explorer lists it, a double click opens a file in its
 * editor, and right-click on a board offers the Board Explorer and the New wizards.
 */
@ExtendWith(UiFailureReport.class)
class ProjectExplorerTest {

    private IWorkbenchPage page;
    private Display display;

    @BeforeEach
    void welcome() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        display = page.getWorkbenchWindow().getShell().getDisplay();
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    @Test
    void theExampleProjectOpensWithoutFreezingTheWindowAndTheProjectExplorerShowsItsFiles() throws Exception {
        WelcomeView welcome = (WelcomeView) page.showView(WelcomeView.ID);
        Waits.flush();
        Button open = Widgets.button((org.eclipse.swt.widgets.Composite) page.getWorkbenchWindow().getShell(), "Open the Example Project");
        assertNotNull(open, "the welcome page's button");
        assertNotNull(welcome);
        long clicked;
        double longestStall;
        try (UiStalls stalls = UiStalls.watch(display)) {
            clicked = System.nanoTime();
            Widgets.click(open);
            Waits.until("the config in its editor", 120, () -> page.getActiveEditor() != null
                    && "vm-q35.assign".equals(page.getActiveEditor().getEditorInput().getName()));
            longestStall = stalls.longestMs();
        }
        double openMs = (System.nanoTime() - clicked) / 1e6;
        LatencyReport.add(String.format(java.util.Locale.ROOT, "Open the Example Project: %.0f ms to the editor, the UI thread answered within %.0f ms",
                openMs, longestStall));

        CommonNavigator explorer = (CommonNavigator) page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        assertNotNull(explorer, "the Project Explorer is in the perspective");
        page.activate(explorer);
        Tree tree = explorer.getCommonViewer().getTree();
        TreeItem project = Waits.until("the example project in the Project Explorer", 30, () -> item(tree.getItems(), ExampleProject.NAME),
                item -> item != null);
        explorer.getCommonViewer().expandToLevel(2);
        Waits.flush();
        List<String> files = Waits.until("the project's files", 20, () -> texts(project.getItems()),
                names -> names.containsAll(ExampleProject.FILES));
        assertTrue(files.containsAll(ExampleProject.FILES), files.toString());
        Shots.take(page.getWorkbenchWindow().getShell(), "project-explorer");

        // a double click on the board opens it in the editor registered for .board files
        TreeItem board = item(project.getItems(), "vm-q35.board");
        tree.showItem(board);
        Rectangle bounds = board.getBounds();
        RealEvents.doubleClick(tree, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        Waits.until("the board in an editor", 30, () -> page.getActiveEditor() != null
                && "vm-q35.board".equals(page.getActiveEditor().getEditorInput().getName()));

        // right-click on the board: its context menu offers to show it in the Board Explorer, and the New wizards
        page.activate(explorer);
        Rectangle at = board.getBounds();
        RealEvents.click(tree, at.x + at.width / 2, at.y + at.height / 2, 1);
        RealEvents.click(tree, at.x + at.width / 2, at.y + at.height / 2, 3);
        Waits.idle(1500);
        List<String> items = Waits.until("the context menu", 20, () -> menuItems(tree.getMenu()),
                list -> list.stream().anyMatch(i -> i.startsWith("Open in Board Explorer")));
        RealEvents.key(display, SWT.ESC, 0);
        assertTrue(items.stream().anyMatch(i -> i.startsWith("New")), "the New wizards, from the Project Explorer too: " + items);
    }

    @Test
    void theWelcomePageHidesOnceTheExampleIsOpen() throws Exception {
        WelcomeView welcome = (WelcomeView) page.showView(WelcomeView.ID);
        var opening = welcome.openExamples();
        Waits.until("the example project job", 120, () -> opening.getResult() != null);
        Waits.until("the editors", 60, () -> page.getEditorReferences().length >= 1 && page.findView(WelcomeView.ID) == null);
        List<String> editors = new ArrayList<>();
        for (var reference : page.getEditorReferences()) {
            editors.add(reference.getId());
        }
        assertEquals("vm-q35.assign", page.getActiveEditor().getEditorInput().getName());
        assertTrue(editors.contains("org.devassign.ui.diagram.editor"), "the diagram one tab away: " + editors);
    }

    @Test
    void aConfigOpenedFromTheProjectExplorerGetsTheRoomTheWelcomePageHad() throws Exception {
        IProject mine = TestProjects.create("welcome-room");
        try {
            TestProjects.copyExample(mine, "vm-q35.board");
            TestProjects.copyExample(mine, "vm-q35.assign");
            page.showView(WelcomeView.ID);
            CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
            explorer.getCommonViewer().refresh();
            explorer.getCommonViewer().expandToLevel(mine, 1);
            Tree tree = explorer.getCommonViewer().getTree();
            TreeItem config = Waits.until("the config in the Project Explorer", 30,
                    () -> item(item(tree.getItems(), "welcome-room") == null ? new TreeItem[0] : item(tree.getItems(), "welcome-room").getItems(),
                            "vm-q35.assign"), item -> item != null);
            tree.showItem(config);
            Rectangle at = config.getBounds();
            RealEvents.focus(tree);
            RealEvents.doubleClick(tree, at.x + at.width / 2, at.y + at.height / 2);
            Waits.until("the config in its editor and the welcome page gone", 60, () -> page.getActiveEditor() != null
                    && "vm-q35.assign".equals(page.getActiveEditor().getEditorInput().getName()) && page.findView(WelcomeView.ID) == null);
            org.eclipse.swt.custom.StyledText text = (org.eclipse.swt.custom.StyledText) page.getActiveEditor().getAdapter(org.eclipse.swt.widgets.Control.class);
            int lines = Waits.until("the editor laid out", 20, () -> text.getClientArea().height / text.getLineHeight(), n -> n >= 15);
            assertTrue(lines >= 15, "the editor shows " + lines + " lines");
        } finally {
            page.closeAllEditors(false);
            mine.delete(true, true, null);
        }
    }

    private static List<String> menuItems(Menu menu) {
        List<String> items = new ArrayList<>();
        if (menu != null && !menu.isDisposed()) {
            for (MenuItem item : menu.getItems()) {
                items.add(item.getText().replace("&", ""));
            }
        }
        return items;
    }

    private static TreeItem item(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().equals(text)) {
                return item;
            }
        }
        return null;
    }

    private static List<String> texts(TreeItem[] items) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : items) {
            texts.add(item.getText());
        }
        return texts;
    }
}
