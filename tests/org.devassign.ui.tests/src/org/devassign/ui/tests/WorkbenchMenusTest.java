package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.devassign.testing.ui.Dialogs;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.testing.ui.Widgets;
import org.devassign.ui.Perspective;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The menus of an Eclipse application, used with the keyboard as a user does (Alt and the mnemonic,
 * then the item's letter, posted as real key events): File &gt; New lists the DevAssign wizards, Edit
 * has the standard commands with their keys, Window opens Properties, Progress and the Error Log, and
 * the Error Log shows what the headless bundles report; Save As and Close work on an .assign editor.
 */
@ExtendWith(UiFailureReport.class)
class WorkbenchMenusTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private Shell shell;
    private Display display;

    @BeforeEach
    void window() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
        shell = window.getShell();
        display = shell.getDisplay();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        closeMenus();
    }

    private void closeMenus() {
        for (int i = 0; i < 3; i++) {
            RealEvents.key(display, SWT.ESC, 0);
        }
        Waits.idle(100);
    }

    /** Opens a menu of the menu bar with Alt and its mnemonic, as a user does; returns its items once shown. */
    private List<String> openMenu(char mnemonic, String label) {
        shell.forceActive();
        RealEvents.moveTo(shell, shell.getSize().x / 2, shell.getSize().y / 2);
        RealEvents.key(display, mnemonic, SWT.ALT);
        Menu menu = menuOfBar(label);
        Waits.until("the " + label + " menu to show", 10, menu::isVisible);
        return labels(menu);
    }

    private Menu menuOfBar(String label) {
        for (MenuItem item : shell.getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals(label)) {
                return item.getMenu();
            }
        }
        throw new AssertionError("no menu " + label + " in the menu bar");
    }

    /** The items' labels with their keys ("Undo\tCtrl+Z"), mnemonics removed. */
    private static List<String> labels(Menu menu) {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                labels.add(item.getText().replace("&", ""));
            }
        }
        return labels;
    }

    /** The items' labels without their keys. */
    private static List<String> names(List<String> labels) {
        return labels.stream().map(l -> l.contains("\t") ? l.substring(0, l.indexOf('\t')) : l).toList();
    }

    @Test
    void theMenuBarHasFileEditWindowAndHelp() {
        List<String> bar = new ArrayList<>();
        for (MenuItem item : shell.getMenuBar().getItems()) {
            bar.add(item.getText().replace("&", ""));
        }
        assertEquals(List.of("File", "Edit", "Window", "Help"), bar);
    }

    @Test
    void theEditMenuHasTheStandardCommandsWithTheirKeys() throws Exception {
        List<String> edit = openMenu('e', "Edit");
        for (String command : List.of("Undo\tCtrl+Z", "Redo\tCtrl+", "Cut\tCtrl+X", "Copy\tCtrl+C", "Paste\tCtrl+V", "Select All\tCtrl+A",
                "Find/Replace...\tCtrl+F", "Content Assist\tCtrl+Space", "Quick Fix\tCtrl+1")) {
            String name = command.substring(0, command.indexOf('\t'));
            String key = command.substring(command.indexOf('\t') + 1);
            assertTrue(edit.stream().anyMatch(item -> item.startsWith(name) && item.contains("\t") && item.substring(item.indexOf('\t')).contains(key)),
                    command + " in " + edit);
        }
        closeMenus();
    }

    @Test
    void fileNewListsTheDevAssignWizards() {
        List<String> file = openMenu('f', "File");
        for (String item : List.of("New", "Open Board...", "Close", "Close All", "Save", "Save As...", "Save All", "Exit")) {
            assertTrue(file.stream().anyMatch(label -> label.startsWith(item)), item + " in " + file);
        }
        RealEvents.key(display, 'n', 0); // the New submenu, by its mnemonic
        Menu newMenu = null;
        for (MenuItem item : menuOfBar("File").getItems()) {
            if (item.getText().replace("&", "").startsWith("New") && item.getMenu() != null) {
                newMenu = item.getMenu();
            }
        }
        assertNotNull(newMenu);
        Menu shown = newMenu;
        Waits.until("File > New to show", 10, shown::isVisible);
        List<String> wizards = names(labels(shown));
        assertTrue(wizards.containsAll(List.of("DevAssign Project", "Config (.assign)", "Board (.board)")), wizards.toString());
        assertTrue(wizards.stream().anyMatch(w -> w.startsWith("Other")), wizards.toString());
        closeMenus();
    }

    @Test
    void windowOpensPropertiesProgressAndTheErrorLogWhichShowsWhatTheBundlesReport() throws Exception {
        String[][] views = { { "i", "org.eclipse.ui.views.PropertySheet" }, { "g", "org.eclipse.ui.views.ProgressView" },
                { "l", "org.eclipse.pde.runtime.LogView" } };
        for (String[] view : views) {
            IViewPart open = page.findView(view[1]);
            if (open != null) {
                page.hideView(open);
            }
            List<String> items = names(openMenu('w', "Window"));
            assertTrue(items.containsAll(List.of("Properties", "Progress", "Error Log")), items.toString());
            RealEvents.key(display, view[0].charAt(0), 0);
            Waits.until(view[1] + " to open", 20, () -> page.findView(view[1]) != null && page.isPartVisible(page.findView(view[1])));
        }
        // a failure of headless code (System.Logger, no Eclipse dependency) goes to the platform log, so to the Error Log
        String message = "WorkbenchMenusTest: a failure the headless bundles report " + System.nanoTime();
        System.getLogger("org.devassign.dsl.workspace.ConfigWorkspace").log(System.Logger.Level.WARNING, message,
                new IllegalStateException("the detail"));
        IViewPart log = page.findView("org.eclipse.pde.runtime.LogView");
        page.activate(log);
        Tree entries = Widgets.find((org.eclipse.swt.widgets.Composite) shell, Tree.class,
                tree -> tree.isVisible() && tree.getColumnCount() >= 2 && tree.getColumn(0).getText().contains("Message"));
        assertNotNull(entries, "the Error Log's table");
        Waits.until("the Error Log to list the failure", 30, () -> items(entries), list -> list.stream().anyMatch(t -> t.contains(message)));
        Shots.take(shell, "error-log");
    }

    private static List<String> items(Tree tree) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            texts.add(item.getText(0));
        }
        return texts;
    }

    @Test
    void saveAsAndCloseWorkOnAConfigFromTheMenus() throws Exception {
        IProject project = TestProjects.create("menus-test");
        try {
            TestProjects.copyExample(project, "vm-q35.board");
            TestProjects.OpenConfig config = TestProjects.open(page, TestProjects.copyExample(project, "vm-q35.assign"));
            RealEvents.focus(config.text());
            RealEvents.key(display, SWT.END, SWT.CTRL);
            RealEvents.type(display, "\n// saved as");
            Dialogs.Handled saveAs = Dialogs.whenOpen("Save As", 30, dialog -> {
                Text name = Widgets.find(dialog, Text.class, t -> t.getText().equals("vm-q35.assign"));
                assertNotNull(name, "the file name field");
                RealEvents.focus(name);
                RealEvents.key(display, 'a', SWT.CTRL);
                RealEvents.type(display, "copy.assign\n");
            });
            openMenu('f', "File");
            RealEvents.key(display, 'a', 0); // Save As...
            Waits.until("Save As to finish", 30, () -> saveAs.done && project.getFile("copy.assign").exists());
            saveAs.check();
            IFile copy = project.getFile("copy.assign");
            assertTrue(Files.readString(copy.getLocation().toPath()).endsWith("// saved as"));
            assertEquals("copy.assign", page.getActiveEditor().getEditorInput().getName());

            RealEvents.focus(config.text());
            RealEvents.key(display, 'w', SWT.CTRL | SWT.SHIFT); // Close All
            Waits.until("every editor to close", 20, () -> page.getEditorReferences().length == 0);
        } finally {
            project.delete(true, true, null);
        }
    }
}
