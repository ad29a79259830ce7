package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.validation.IssueCodes;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.testing.ScaleBoards;
import org.devassign.testing.ui.KeystrokeProbe;
import org.devassign.testing.ui.Latencies;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.Perspective;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.ui.editor.Styles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Typing into the .assign editor with real key events while the config is being checked: every key
 * shows, in order; no check runs on the UI thread; the markers follow the text. The time from each
 * key to its character on screen, and from the last key to the markers, is measured and reported
 * (target/latency/ui-tests.txt), not asserted: the machine is shared.
 */
@ExtendWith(UiFailureReport.class)
class EditorTypingTest {

    private IWorkbenchPage page;
    private IProject project;
    private final List<Thread> checkThreads = Collections.synchronizedList(new ArrayList<>());
    private final ConfigWorkspace.Listener recordThread = (parsed, checked) -> checkThreads.add(Thread.currentThread());

    @BeforeEach
    void project() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = TestProjects.create("typing-test");
    }

    @AfterEach
    void close() throws Exception {
        WorkbenchConfigs.get().removeListener(recordThread);
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    /** A typist's rhythm: about ten keys a second, with a longer pause every eighth key (a check starts in it). */
    private static java.util.function.IntSupplier typist() {
        AtomicInteger key = new AtomicInteger();
        return () -> key.incrementAndGet() % 8 == 0 ? 450 : 90;
    }

    @Test
    void keysTypedInTheExampleWhileItIsCheckedShowInOrderAndNoCheckRunsOnTheUiThread() throws Exception {
        TestProjects.copyExample(project, "vm-q35.board");
        TestProjects.OpenConfig config = TestProjects.open(page, TestProjects.copyExample(project, "vm-q35.assign"));
        config.checked(60);
        WorkbenchConfigs.get().addListener(recordThread);
        Display display = config.text().getDisplay();
        RealEvents.focus(config.text());
        RealEvents.key(display, SWT.HOME, SWT.CTRL);
        RealEvents.key(display, SWT.END, 0);

        String typed = " typed while the config is checked, with q35 and edu0 in it";
        List<Double> latencies = KeystrokeProbe.type(config.text(), typed, typist());

        assertTrue(config.document().get().lines().findFirst().orElseThrow().endsWith(typed), "every key, in order: "
                + config.document().get().lines().findFirst().orElseThrow());
        config.checked(60);
        Waits.until("no markers on a comment", 30, () -> config.markers().length, n -> n == 0);
        assertFalse(checkThreads.isEmpty(), "the typing was checked");
        assertTrue(checkThreads.stream().noneMatch(thread -> thread == display.getThread()), "a check ran on the UI thread");
        Shots.take(config.text().getShell(), "editor-typing");
        LatencyReport.add("keystroke to screen, vm-q35.assign while checked: " + Latencies.of(latencies));
    }

    @Test
    void keysTypedInAConfigOf5000DevicesShowInOrderAndTheMarkersFollowTheText() throws Exception {
        ScaleBoards.write(project.getLocation().toPath(), 5_000);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile file = project.getFile(ScaleBoards.configName(5_000));
        TestProjects.OpenConfig config = TestProjects.open(page, file);
        config.checked(300);
        WorkbenchConfigs.get().addListener(recordThread);
        Display display = config.text().getDisplay();
        RealEvents.focus(config.text());
        RealEvents.key(display, SWT.HOME, SWT.CTRL);
        RealEvents.key(display, SWT.END, 0);

        String typed = " and a few words more";
        List<Double> latencies = new ArrayList<>(KeystrokeProbe.type(config.text(), typed, typist()));
        assertTrue(config.document().get().startsWith("// 5000 devices in pairs per IOMMU group" + typed), config.document().get().substring(0, 80));

        // a name the board does not have, at the end: its marker comes from the check of the last key
        RealEvents.key(display, SWT.END, SWT.CTRL);
        String line = "\nassign nosuch to drv0";
        latencies.addAll(KeystrokeProbe.type(config.text(), line, typist()));
        long lastKey = System.nanoTime();
        IMarker unknown = Waits.until("the unknown device's marker", 300, () -> Arrays.stream(config.markers())
                .filter(m -> IssueCodes.UNKNOWN_DEVICE.equals(m.getAttribute(ProblemMarkers.CODE, ""))).findFirst().orElse(null),
                m -> m != null);
        double markersMs = (System.nanoTime() - lastKey) / 1e6;
        assertEquals(IMarker.SEVERITY_ERROR, unknown.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(config.document().getNumberOfLines(), unknown.getAttribute(IMarker.LINE_NUMBER, -1), "on the typed line");
        assertTrue(checkThreads.stream().noneMatch(thread -> thread == display.getThread()), "a check ran on the UI thread");
        Shots.take(config.text().getShell(), "editor-typing-5000");
        LatencyReport.add("keystroke to screen, 5,000 devices while checked: " + Latencies.of(latencies));
        LatencyReport.add(String.format(java.util.Locale.ROOT, "last keystroke to its marker, 5,000 devices: %.0f ms", markersMs));
    }
    /**
     * A config of 5,000 devices is coloured where it is drawn: a keystroke at its top moves every marker
     * below, and only the lines in view are coloured again at once; the end, scrolled to with a key, is
     * coloured when it comes into view (keywords by the scanner, names by what they link to).
     */
    @Test
    void aConfigOf5000DevicesIsColouredWhereItIsScrolledToAfterAKeyMovedAllItsMarkers() throws Exception {
        ScaleBoards.write(project.getLocation().toPath(), 5_000);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        TestProjects.OpenConfig config = TestProjects.open(page, project.getFile(ScaleBoards.configName(5_000)));
        config.checked(300);
        Waits.until("the free companions' warnings", 300, () -> config.markers().length, n -> n > 0);
        Display display = config.text().getDisplay();
        RealEvents.focus(config.text());
        RealEvents.key(display, SWT.HOME, SWT.CTRL);
        RealEvents.key(display, SWT.END, 0);
        KeystrokeProbe.type(config.text(), " moved", typist());
        config.checked(300);

        RealEvents.key(display, SWT.END, SWT.CTRL);
        String text = config.document().get();
        int assign = text.lastIndexOf("\nassign ") + 1;
        int consumer = text.indexOf(" to ", assign) + " to ".length();
        StyledText widget = config.text();
        Waits.until("the end of the config in view", 30, () -> widget.getTopIndex() > 0 && widget.getOffsetAtLine(widget.getTopIndex()) <= assign);
        Waits.until("the last assignment's keyword coloured", 30, () -> widget.getStyleRangeAtOffset(assign),
                range -> range != null && Styles.KEYWORD.attribute().getForeground().equals(range.foreground));
        Waits.until("its consumer coloured by what it links to", 60, () -> widget.getStyleRangeAtOffset(consumer),
                range -> range != null && Styles.CONSUMER.attribute().getForeground().equals(range.foreground));
        Shots.take(widget.getShell(), "editor-5000-end");
    }
}
