package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.ui.Perspective;
import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Board Explorer opens device trees directly: a .dts through the DTS reader, a .dtb (compiled by dtc) through the DTB reader. */
@ExtendWith(UiFailureReport.class)
class OpenDeviceTreeTest {

    private static final String SOURCE = """
            /dts-v1/;
            / {
                #address-cells = <1>;
                #size-cells = <1>;
                model = "Explorer test board";
                gic: interrupt-controller@8000000 {
                    compatible = "arm,gic-400";
                    reg = <0x8000000 0x10000>;
                    interrupt-controller;
                    #interrupt-cells = <3>;
                };
                serial@9000000 {
                    compatible = "arm,pl011";
                    reg = <0x9000000 0x1000>;
                    interrupt-parent = <&gic>;
                    interrupts = <0 1 4>;
                };
                mmio@a000000 {
                    compatible = "virtio,mmio";
                    reg = <0xa000000 0x200>;
                    interrupt-parent = <&gic>;
                    interrupts = <0 16 1>;
                };
            };
            """;

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private BoardExplorerView explorer;

    @BeforeEach
    void openExplorer() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        explorer = (BoardExplorerView) page.showView(BoardExplorerView.ID);
    }

    @AfterEach
    void closeExplorer() {
        page.hideView(explorer);
    }

    @Test
    void aDtsOpensAsABoardWithItsPlatformDevices() throws Exception {
        Path dts = Files.writeString(dir.resolve("explorer.dts"), SOURCE);

        Board board = explorer.open(dts);

        assertNotNull(board, "the .dts is imported, not refused as a .board file");
        assertEquals(BoardSource.DTS, board.getSource());
        assertEquals("Explorer test board", board.getHardwareModel());
        List<String> devices = deviceTexts();
        assertEquals(3, devices.size(), devices.toString());
        assertTrue(devices.stream().anyMatch(t -> t.startsWith("9000000.serial")), devices.toString());
        assertTrue(explorer.lastStatus().startsWith("Imported explorer: 3 devices, 0 nodes skipped, 0 warnings"),
                explorer.lastStatus());
    }

    @Test
    void aDtbCompiledByDtcOpensToo() throws Exception {
        Path dts = Files.writeString(dir.resolve("explorer.dts"), SOURCE);
        Path dtb = dir.resolve("compiled.dtb");
        compile(dts, dtb);

        Board board = explorer.open(dtb);

        assertNotNull(board);
        assertEquals(BoardSource.DTB, board.getSource());
        assertEquals("compiled", board.getName());
        List<String> devices = deviceTexts();
        assertTrue(devices.stream().anyMatch(t -> t.startsWith("a000000.mmio")), devices.toString());
    }

    private List<String> deviceTexts() {
        explorer.viewer().expandAll();
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the tree fill in
        }
        Tree tree = explorer.viewer().getTree();
        TreeItem board = tree.getItem(tree.getItemCount() - 1);
        TreeItem folder = board.getItem(0);
        List<String> texts = new ArrayList<>();
        for (TreeItem item : folder.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    private static void compile(Path dts, Path dtb) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("dtc", "-q", "-I", "dts", "-O", "dtb", "-o", dtb.toString(), dts.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            fail("dtc is not installed: install the Debian package device-tree-compiler (releng/setup installs it). " + e.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("dtc could not compile the test source: " + output);
        }
    }
}
