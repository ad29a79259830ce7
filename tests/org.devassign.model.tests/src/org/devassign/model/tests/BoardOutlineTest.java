package org.devassign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.devassign.model.Board;
import org.devassign.model.edit.BoardOutline;
import org.devassign.model.edit.BoardOutline.Folder;
import org.devassign.model.edit.BoardOutline.GroupMember;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;

/** The tree the Board Explorer and {@code devassign show} draw. */
class BoardOutlineTest {

    private final BoardOutline outline = BoardOutline.standard();

    @Test
    void devicesNestByTopologyAndGroupsListTheirMembers() throws Exception {
        Board board = BoardFiles.load(RepoFiles.example("vm-q35.board"));
        List<Object> top = outline.children(board);
        assertEquals(2, top.size());
        assertEquals("Devices (12)", outline.text(top.get(0)));
        assertEquals("IOMMU groups (8)", outline.text(top.get(1)));

        List<Object> roots = outline.children(top.get(0));
        assertEquals(10, roots.size(), "edu2 and edu3 sit behind the bridge, not at the top");
        Object bridge = roots.stream().filter(r -> outline.text(r).startsWith("pci-bridge")).findFirst().orElseThrow();
        List<String> behind = outline.children(bridge).stream().map(outline::text).toList();
        assertTrue(behind.get(0).startsWith("edu2  0000:01:01.0  [1234:11e8]"), behind.toString());

        Object group6 = outline.children(top.get(1)).get(6);
        assertEquals("IOMMU group 6  3 devices", outline.text(group6));
        assertTrue(outline.children(group6).stream().allMatch(GroupMember.class::isInstance));
        assertTrue(outline.children(top.get(1)).stream().noneMatch(Folder.class::isInstance));
    }

    @Test
    void everyChildKnowsItsParentSoViewersCanRevealIt() throws Exception {
        Board board = BoardFiles.load(RepoFiles.example("vm-q35.board"));
        int[] checked = { 0 };
        checkParents(board, checked);
        assertTrue(checked[0] > 100, "walked the whole tree: " + checked[0]);
    }

    private void checkParents(Object element, int[] checked) {
        for (Object child : outline.children(element)) {
            assertEquals(element, outline.parent(child), "parent of " + outline.text(child));
            checked[0]++;
            checkParents(child, checked);
        }
    }

    @Test
    void labelsCarryTheFactsEngineersScanFor() throws Exception {
        StringBuilder text = new StringBuilder();
        outline.print(BoardFiles.load(RepoFiles.example("vm-q35.board")), text);
        String tree = text.toString();
        assertTrue(tree.startsWith("vm-q35 (x86_64, Linux "), tree);
        assertTrue(tree.contains("edu0  0000:00:05.0  [1234:11e8]  (no driver)"), tree);
        assertTrue(tree.contains("BAR0  mmio 0xfe400000 +1 MiB  rw mmap"), tree);
        assertTrue(tree.contains("CONFIG  config +256 bytes  rw no-mmap"), tree);
        assertTrue(tree.contains("INTx  index 0, 1 vector eventfd maskable automasked  level  pin A"), tree);
        assertTrue(tree.contains("[protected: agent-connection]"), tree);
        assertTrue(tree.contains("ID  0x0  32-bit ro"), tree);
    }
}
