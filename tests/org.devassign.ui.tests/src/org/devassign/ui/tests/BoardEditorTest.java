package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.devassign.model.Board;
import org.devassign.model.Region;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.validation.ModelValidation;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.boardeditor.BoardEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board editor as a person uses it: a click on a region in the tree, a click on its size, hex
 * typed on the keyboard, Ctrl+Z, Ctrl+Shift+Z and Ctrl+S as key presses. The saved file is then read as
 * {@code devassign validate} reads it.
 */
@ExtendWith(UiFailureReport.class)
class BoardEditorTest {

    private static final String MARKER = "org.devassign.ui.boardProblem";

    private IProject project;
    private IWorkbenchPage page;
    private BoardEditor editor;

    @BeforeEach
    void openProject() throws Exception {
        project = TestProjects.create("board-editor-test");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void aRegionSizeIsEditedInHexUndoneRedoneValidatedAndSaved() throws Exception {
        IFile file = TestProjects.copyExample(project, "vm-q35.board");
        IEditorPart part = IDE.openEditor(page, file);
        editor = assertInstanceOf(BoardEditor.class, part, ".board files open in the board editor");
        Display display = editor.tree().getControl().getDisplay();
        Region region = editor.board().getDevices().stream().flatMap(d -> d.getRegions().stream())
                .filter(r -> !r.getRegisters().isEmpty()).findFirst().orElseThrow();
        long original = region.getSize();

        clickInTree(editor, region);
        Table table = editor.propertyTable();
        int sizeRow = Waits.until("the region's properties", 10, () -> row(table, "Size"), index -> index >= 0);
        assertEquals("0x" + Long.toHexString(original), table.getItem(sizeRow).getText(1), "sizes show in hex");

        // too small for its registers: the validator's error becomes a marker on the file and an icon in the tree
        editValue(table, sizeRow, "0x10");
        assertEquals(0x10L, region.getSize());
        assertTrue(editor.isDirty());
        IMarker[] markers = Waits.until("a marker for the registers outside the region", 10, () -> markers(file),
                found -> found.length > 0);
        String message = markers[0].getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("inside the region's 16 bytes"), message);
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        assertNotEquals(null, markers[0].getAttribute("org.devassign.ui.element", null), "the marker names its element");
        TreeItem regionItem = (TreeItem) editor.tree().testFindItem(region);
        assertEquals(PlatformUI.getWorkbench().getSharedImages().getImage(org.eclipse.ui.ISharedImages.IMG_OBJS_ERROR_TSK),
                regionItem.getImage(), "the region holding the bad registers shows the error icon");
        page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        Waits.idle(300);
        Path shot = Shots.take(editor.tree().getControl().getShell(), "board-editor-marker");
        assertTrue(Files.size(shot) > 0);

        // text that is no number changes nothing and says what to type
        editValue(table, row(table, "Size"), "4 KiB");
        assertEquals(0x10L, region.getSize());
        assertEquals("size: '4 KiB' is not a number: type hex as 0x1000 or decimal as 4096.", editor.refusal());

        RealEvents.focus(editor.tree().getControl());
        RealEvents.key(display, 'z', SWT.CTRL);
        Waits.until("Ctrl+Z to restore the size", 10, () -> region.getSize() == original);
        assertFalse(editor.isDirty(), "undone back to the saved state");
        Waits.until("the marker to go with the problem", 10, () -> markers(file).length == 0);
        RealEvents.key(display, 'z', SWT.CTRL | SWT.SHIFT); // redo's key on Linux (Ctrl+Y is Windows')
        Waits.until("Ctrl+Shift+Z to redo", 10, () -> region.getSize() == 0x10L);
        RealEvents.key(display, 'z', SWT.CTRL);
        Waits.until("Ctrl+Z again", 10, () -> region.getSize() == original);

        editValue(table, Waits.until("the size row", 10, () -> row(table, "Size"), index -> index >= 0), "0x200000");
        assertEquals(0x200000L, region.getSize());
        assertTrue(editor.isDirty());
        RealEvents.focus(editor.tree().getControl());
        RealEvents.key(display, 's', SWT.CTRL);
        Waits.until("Ctrl+S to save", 10, () -> !editor.isDirty());

        Board saved = BoardFiles.load(file.getLocation().toPath());
        Region reread = (Region) saved.eResource().getEObject(region.eResource().getURIFragment(region));
        assertEquals(0x200000L, reread.getSize());
        List<Diagnostic> problems = ModelValidation.problems(ModelValidation.validate(saved), Diagnostic.ERROR);
        assertEquals(List.of(), problems.stream().map(Diagnostic::getMessage).toList(), "devassign validate accepts the saved board");
    }

    private static void clickInTree(BoardEditor editor, EObject element) {
        editor.tree().reveal(element);
        Waits.flush();
        TreeItem item = (TreeItem) editor.tree().testFindItem(element);
        Rectangle bounds = item.getBounds();
        RealEvents.click(editor.tree().getControl(), bounds.x + Math.min(20, bounds.width / 2), bounds.y + bounds.height / 2, 1);
        Waits.until("the click to select " + item.getText(), 10,
                () -> editor.tree().getStructuredSelection().getFirstElement() == element);
    }

    /** Clicks the value cell of a row (a click opens its editor), types the text and Enter. */
    private void editValue(Table table, int row, String text) {
        // without a window manager the window must be made active for the keys that follow (as RoughEdgesTest does)
        table.getShell().forceActive();
        Waits.idle(300); // let the last command's redraw and re-validation finish: a refresh closes an open cell editor
        for (int attempt = 1;; attempt++) {
            TableItem item = table.getItem(row);
            Rectangle cell = item.getBounds(1);
            RealEvents.click(table, cell.x + 10, cell.y + cell.height / 2, 1);
            try {
                Waits.until("the cell editor", 4, () -> editor.isEditingProperty()
                        && Display.getCurrent().getFocusControl() instanceof org.eclipse.swt.widgets.Text);
                break;
            } catch (AssertionError notOpen) {
                if (attempt == 3) {
                    throw notOpen;
                }
                // a first click on a table without the focus may only select the row: click again, as a person would
            }
        }
        RealEvents.key(table.getDisplay(), 'a', SWT.CTRL);
        RealEvents.type(table.getDisplay(), text + "\n");
        Waits.idle(100);
    }

    private static int row(Table table, String name) {
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText(0).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static IMarker[] markers(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(MARKER, false, IResource.DEPTH_ZERO)).toArray(IMarker[]::new);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }
}
