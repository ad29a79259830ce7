package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.ui.Perspective;
import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Board Explorer and the Properties view on the example board, in a running workbench. */
@ExtendWith(UiFailureReport.class)
class BoardExplorerTest {

    private IWorkbenchPage page;
    private BoardExplorerView explorer;

    @BeforeEach
    void openExplorer() throws Exception {
        // the harness runs the IDE workbench: switch to DevAssign's own layout (explorer beside Properties)
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        explorer = (BoardExplorerView) page.showView(BoardExplorerView.ID);
    }

    @AfterEach
    void closeExplorer() {
        page.hideView(explorer);
    }

    @Test
    void treeShowsDevicesRegionsInterruptsAndGroupsOfTheExampleBoard() throws Exception {
        Board board = explorer.open(RepoFiles.example("vm-q35.board"));
        assertNotNull(board);
        explorer.viewer().expandAll();
        flush();

        Tree tree = explorer.viewer().getTree();
        assertEquals(1, tree.getItemCount());
        TreeItem boardItem = tree.getItem(0);
        assertTrue(boardItem.getText().startsWith("vm-q35 (x86_64, Linux "), boardItem.getText());
        assertNotNull(boardItem.getImage(), "the board has an icon from the edit bundle");

        TreeItem devices = boardItem.getItem(0);
        assertEquals("Devices (12)", devices.getText());
        TreeItem edu0 = child(devices, "edu0  0000:00:05.0  [1234:11e8]  (no driver)");
        assertNotNull(edu0.getImage());
        List<String> edu0Children = texts(edu0);
        assertEquals(5, edu0Children.size(), edu0Children.toString());
        assertTrue(edu0Children.get(0).startsWith("BAR0  mmio 0xfe400000 +1 MiB  rw mmap"), edu0Children.toString());
        assertTrue(edu0Children.get(1).startsWith("CONFIG  config +256 bytes  rw no-mmap"), edu0Children.toString());
        assertEquals("INTx  index 0, 1 vector eventfd maskable automasked  level  pin A  line 10", edu0Children.get(2));
        assertEquals("MSI  index 1, 1 vector eventfd noresize  edge", edu0Children.get(3));

        TreeItem bar0 = edu0.getItem(0);
        assertEquals("ID  0x0  32-bit ro", bar0.getItem(0).getText());

        TreeItem bridge = child(devices, "pci-bridge  0000:00:07.0  [1b36:000e] bridge  (no driver)");
        assertEquals(List.of("edu2", "edu3"), texts(bridge).stream().filter(t -> t.startsWith("edu"))
                .map(t -> t.substring(0, 4)).toList(), "the devices behind the bridge nest under it");

        TreeItem groups = boardItem.getItem(1);
        assertEquals("IOMMU groups (8)", groups.getText());
        TreeItem group6 = child(groups, "IOMMU group 6  3 devices");
        List<String> members = texts(group6);
        assertEquals(3, members.size());
        assertTrue(members.get(0).startsWith("pci-bridge"));
        assertTrue(members.get(1).startsWith("edu2") && members.get(2).startsWith("edu3"), members.toString());

        Path png = Shots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "board-explorer-test");
        assertTrue(Files.size(png) > 10_000, "the screenshot shows something");
    }

    @Test
    void propertiesViewShowsTheSelectedDevice() throws Exception {
        Board board = explorer.open(RepoFiles.example("vm-q35.board"));
        Device edu1 = board.getDevices().stream().filter(d -> "edu1".equals(d.getName())).findFirst().orElseThrow();
        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(edu1), true);
        flush();

        assertNotNull(org.eclipse.core.runtime.Adapters.adapt(edu1, org.eclipse.ui.views.properties.IPropertySource.class),
                "model elements adapt to IPropertySource");
        Map<String, String> shown = Map.of();
        for (long end = System.currentTimeMillis() + 5000; shown.isEmpty() && System.currentTimeMillis() < end;) {
            flush();
            Thread.sleep(50);
            shown = rows(findTree(properties));
        }
        assertEquals("0000:00:06.0", shown.get("Sysfs Name"), shown.toString());
        assertEquals("4660", shown.get("Vendor Id").replaceAll("[^0-9]", ""), shown.toString());
        assertEquals("edu1", shown.get("Name"), shown.toString());
        page.hideView(properties);
    }

    private static Tree findTree(IViewPart properties) {
        PropertySheet sheet = (PropertySheet) properties;
        Control control = sheet.getCurrentPage().getControl();
        if (control instanceof Tree tree) {
            return tree;
        }
        throw new AssertionError("the Properties view shows no property table but " + control);
    }

    private static Map<String, String> rows(Tree tree) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (TreeItem item : tree.getItems()) {
            collectRows(item, rows);
        }
        return rows;
    }

    private static void collectRows(TreeItem item, Map<String, String> rows) {
        item.setExpanded(true);
        rows.put(item.getText(0), item.getText(1));
        for (TreeItem child : item.getItems()) {
            collectRows(child, rows);
        }
    }

    private static TreeItem child(TreeItem parent, String text) {
        for (TreeItem item : parent.getItems()) {
            if (item.getText().equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no '" + text + "' under '" + parent.getText() + "': " + texts(parent));
    }

    private static List<String> texts(TreeItem parent) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : parent.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the viewers and the Properties view catch up
        }
    }
}
