package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.ui.editor.Styles;
import org.devassign.dsl.validation.IssueCodes;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.testing.ui.Widgets;
import org.devassign.ui.Perspective;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rough edges of the editor and the Problems view, each shown with real key and mouse events on
 * the example config: severity icons (not placeholders), one quick fix per group at the caret, a
 * hover popup the size of its facts, no content assist in comments and proposals described in the
 * language's words, names with digits in one colour.
 */
@ExtendWith(UiFailureReport.class)
class RoughEdgesTest {

    private IWorkbenchPage page;
    private IProject project;
    private TestProjects.OpenConfig config;
    private Display display;
    private String original;

    @BeforeEach
    void openExample() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = TestProjects.create("edges-test");
        TestProjects.copyExample(project, "vm-q35.board");
        config = TestProjects.open(page, TestProjects.copyExample(project, "vm-q35.assign"));
        original = java.nio.file.Files.readString(RepoFiles.example("vm-q35.assign"));
        config.checked(60);
        display = config.text().getDisplay();
    }

    @AfterEach
    void close() throws Exception {
        RealEvents.key(display, SWT.ESC, 0);
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    /**
     * Moves the pointer off the text to the status line's right end, so that no hover popup covers what the test
     * clicks next; still inside the window (client coordinates), which gets the keys only while the pointer is over it.
     */
    private void pointerAway() {
        Shell window = page.getWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Rectangle area = window.getClientArea();
        RealEvents.moveTo(window, area.x + area.width - 20, area.y + area.height - 10);
        Waits.idle(400);
    }

    /** Puts the caret at {@code offset} with the mouse (a click on the character's left edge). */
    private void caretAt(int offset) {
        StyledText text = config.text();
        // without a window manager a click does not give the window the keyboard: the keys typed next would go nowhere
        text.getShell().forceActive();
        text.forceFocus();
        pointerAway();
        text.setTopIndex(Math.max(0, text.getLineAtOffset(offset) - 5));
        Waits.flush();
        Point at = text.getLocationAtOffset(offset);
        RealEvents.click(text, at.x + 1, at.y + text.getLineHeight() / 2, 1);
        Waits.until("the caret at " + offset, 30, () -> text.getCaretOffset() == offset);
    }

    private List<IMarker> typeSataAssignment() {
        RealEvents.focus(config.text());
        RealEvents.key(display, SWT.END, SWT.CTRL);
        RealEvents.type(display, "\nassign sata to guest1");
        return Waits.until("the two group warnings", 60, () -> Arrays.asList(config.markers()),
                m -> m.size() == 2 && m.stream().allMatch(x -> IssueCodes.GROUP_COMPANION_UNUSED.equals(x.getAttribute(ProblemMarkers.CODE, ""))));
    }

    @Test
    void theProblemsViewShowsSeverityIconsNotPlaceholders() throws Exception {
        typeSataAssignment();
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        Shell shell = page.getWorkbenchWindow().getShell();
        Tree problems = Waits.until("the Problems view's tree", 20, () -> Widgets.find(shell, Tree.class,
                tree -> tree.isVisible() && tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("Warnings")), t -> t != null);
        // expand the group as a user does: click it, then the right arrow (the viewer fills the rows)
        var header = problems.getItem(0).getBounds();
        RealEvents.click(problems, header.x + header.width / 2, header.y + header.height / 2, 1);
        RealEvents.key(display, SWT.ARROW_RIGHT, 0);
        // the Problems view fills its rows lazily
        Image icon = Waits.until("the warning's row with its icon", 20, () -> problems.getItem(0).getItemCount() == 0 ? null
                : problems.getItem(0).getItem(0).getImage(), image -> image != null);
        Image placeholder = ImageDescriptor.getMissingImageDescriptor().createImage();
        try {
            assertFalse(Arrays.equals(icon.getImageData().data, placeholder.getImageData().data), "the icon is the missing-image square");
        } finally {
            placeholder.dispose();
        }
        assertEquals(16, icon.getBounds().width, "a 16 px icon");
        assertNotSame(PlatformUI.getWorkbench().getSharedImages().getImage("IMG_OBJS_ERROR_PATH"),
                PlatformUI.getWorkbench().getSharedImages().getImage("IMG_OBJS_WARNING_PATH"), "errors and warnings differ");
        Shots.take(shell, "problems-icons");
    }

    @Test
    void aProblemTheChecksReportTwiceIsListedOnce() throws Exception {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(Severity.ERROR);
        issue.setMessage("There is no device 'nosuch' on board vm-q35.");
        issue.setLineNumber(3);
        issue.setOffset(40);
        issue.setLength(6);
        issue.setCode(IssueCodes.UNKNOWN_DEVICE);
        Issue.IssueImpl same = new Issue.IssueImpl();
        same.setSeverity(issue.getSeverity());
        same.setMessage(issue.getMessage());
        same.setLineNumber(issue.getLineNumber());
        same.setOffset(issue.getOffset());
        same.setLength(issue.getLength());
        same.setCode(issue.getCode());
        page.closeAllEditors(false); // no editor checks the file meanwhile
        ProblemMarkers.replace(config.file(), List.of(issue, same));
        Waits.until("the markers written", 30, () -> config.markers().length > 0);
        Waits.idle(300);
        assertEquals(1, config.markers().length, "one marker for one problem");
        ProblemMarkers.replace(config.file(), List.of(issue));
        Waits.idle(500);
        IMarker kept = config.markers()[0];
        assertEquals(1, config.markers().length);
        ProblemMarkers.replace(config.file(), List.of(issue));
        Waits.idle(500);
        assertEquals(kept.getId(), config.markers()[0].getId(), "an unchanged problem keeps its marker (no flicker in the Problems view)");
    }

    /**
     * A keystroke above a problem moves it: its marker moves with it (the Problems view and the rulers
     * keep it) instead of being deleted and made again; a problem that says something else is a new marker.
     */
    @Test
    void aProblemThatOnlyMovedKeepsItsMarkerAtItsNewPlace() throws Exception {
        page.closeAllEditors(false); // no editor checks the file meanwhile
        ProblemMarkers.replace(config.file(), List.of(unknownDevice("nosuch", 3, 40)));
        IMarker first = Waits.until("the marker written", 30, () -> config.markers().length == 1 ? config.markers()[0] : null,
                marker -> marker != null);

        ProblemMarkers.replace(config.file(), List.of(unknownDevice("nosuch", 4, 41)));
        Waits.until("the marker moved", 30, () -> first.getAttribute(IMarker.CHAR_START, -1) == 41);
        assertEquals(1, config.markers().length);
        assertEquals(first.getId(), config.markers()[0].getId(), "the moved problem keeps its marker");
        assertEquals(47, first.getAttribute(IMarker.CHAR_END, -1));
        assertEquals(4, first.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals("line 4", first.getAttribute(IMarker.LOCATION, ""));

        ProblemMarkers.replace(config.file(), List.of(unknownDevice("other", 4, 41)));
        Waits.until("the old problem's marker gone", 30, () -> !first.exists());
        assertEquals(1, config.markers().length);
        assertTrue(config.markers()[0].getAttribute(IMarker.MESSAGE, "").contains("'other'"), config.markers()[0].getAttribute(IMarker.MESSAGE, ""));
    }

    private static Issue unknownDevice(String name, int line, int offset) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(Severity.ERROR);
        issue.setMessage("There is no device '" + name + "' on board vm-q35.");
        issue.setLineNumber(line);
        issue.setOffset(offset);
        issue.setLength(6);
        issue.setCode(IssueCodes.UNKNOWN_DEVICE);
        return issue;
    }

    @Test
    void quickFixAtTheCaretOffersAssignTheWholeGroupOnce() throws Exception {
        typeSataAssignment();
        caretAt(config.document().get().lastIndexOf("sata") + 2);
        List<Shell> before = Arrays.asList(display.getShells());
        Table proposals = null;
        // Without a window manager the window under the pointer gets the keys. The click that placed the caret left the
        // pointer resting on the warning, so the warning's hover may open under it and take Ctrl+1: the pointer goes to
        // the window's status line first. On a loaded machine a key can still get lost: press again, as a person would.
        for (int attempt = 1; proposals == null; attempt++) {
            pointerAway();
            config.text().getShell().forceActive();
            config.text().forceFocus();
            Waits.flush();
            RealEvents.key(display, '1', SWT.CTRL);
            try {
                proposals = Waits.until("the quick fix popup", 8, () -> Widgets.newShells(display, before).stream()
                        .map(s -> Widgets.find(s, Table.class, t -> t.getItemCount() > 0)).filter(t -> t != null).findFirst().orElse(null),
                        t -> t != null);
            } catch (AssertionError notShown) {
                if (attempt == 3) {
                    Shots.take(page.getWorkbenchWindow().getShell(), "quick-fix-missing");
                    throw new AssertionError(notShown.getMessage() + "; the focus was on " + display.getFocusControl()
                            + ", the shells: " + Arrays.toString(display.getShells()), notShown);
                }
                RealEvents.key(display, SWT.ESC, 0);
            }
        }
        List<String> labels = new ArrayList<>();
        for (TableItem item : proposals.getItems()) {
            labels.add(item.getText());
        }
        Shots.take(proposals.getShell(), "quick-fix");
        assertEquals(1, labels.stream().filter(l -> l.equals("Assign the whole group (group 7)")).count(), labels.toString());
        // a double click on the proposal applies it (under Xvfb, without a window manager, keys go to the
        // window under the pointer, which is not the popup)
        org.eclipse.swt.graphics.Rectangle row = proposals.getItem(labels.indexOf("Assign the whole group (group 7)")).getBounds();
        RealEvents.doubleClick(proposals, row.x + Math.min(40, row.width / 2), row.y + row.height / 2);
        Waits.idle(2000);
        Waits.until("the group assigned", 30, () -> config.document().get().endsWith("assign group 7 to guest1"));
        Waits.until("no problems after the fix", 60, () -> config.markers().length == 0);
    }

    @Test
    void hoveringADeviceShowsAllItsFactsInAPopupTheirSize() throws Exception {
        int edu0 = original.indexOf("assign edu0") + "assign ".length();
        StyledText text = config.text();
        text.setTopIndex(Math.max(0, text.getLineAtOffset(edu0) - 3));
        Waits.flush();
        RealEvents.focus(text);
        pointerAway();
        Point at = text.getLocationAtOffset(edu0 + 1);
        StyledText facts = null;
        // a hover shows when the pointer rests after a move; on a loaded machine the first rest may pass unseen: move again
        for (int attempt = 0; attempt < 3 && facts == null; attempt++) {
            RealEvents.moveTo(text, at.x, at.y + text.getLineHeight() / 2);
            RealEvents.moveTo(text, at.x + 2, at.y + text.getLineHeight() / 2);
            try {
                facts = Waits.until("the hover", 15, () -> Arrays.stream(display.getShells())
                        .filter(s -> s != page.getWorkbenchWindow().getShell() && !s.isDisposed() && s.isVisible())
                        .map(s -> Widgets.find(s, StyledText.class, t -> t.getText().contains("IOMMU group"))).filter(t -> t != null).findFirst()
                        .orElse(null), t -> t != null);
            } catch (AssertionError notYet) {
                if (attempt == 2) {
                    throw notYet;
                }
                pointerAway();
            }
        }
        Waits.idle(300);
        Shell popup = facts.getShell();
        Shots.take(popup, "hover");
        assertTrue(facts.getText().startsWith("device edu0 (0000:00:05.0) [1234:11e8]"), facts.getText());
        assertTrue(facts.getText().contains("region 0 BAR0: 1 MiB at 0xfe400000, mmap"), facts.getText());
        int lines = facts.getLineCount();
        assertTrue(facts.getClientArea().height >= lines * facts.getLineHeight(), "every line shows: " + lines + " lines of "
                + facts.getLineHeight() + " px in " + facts.getClientArea().height + " px");
        int widest = 0;
        for (int line = 0; line < lines; line++) {
            int start = facts.getOffsetAtLine(line);
            int end = line + 1 < lines ? facts.getOffsetAtLine(line + 1) - 1 : facts.getCharCount();
            if (end > start) {
                widest = Math.max(widest, facts.getTextBounds(start, end - 1).width);
            }
        }
        assertTrue(facts.getClientArea().width >= widest, "no line is cut: " + widest + " px in " + facts.getClientArea().width);
        assertTrue(popup.getSize().x <= widest + 80, "the popup is as wide as its longest line, not more: " + popup.getSize().x + " for " + widest);
    }

    /**
     * The proposal popup's lines after Ctrl+Space at the caret: when {@code some}, waiting for them (a loaded machine is
     * slow), otherwise what shows within 1.5 s. JFace's "Computing proposals" placeholder is not a proposal.
     */
    private List<String> proposalsAtCaret(boolean some) throws java.io.IOException {
        RealEvents.key(display, ' ', SWT.CTRL);
        if (some) {
            Waits.until("the proposals popup", 30, this::proposalLines, lines -> !lines.isEmpty());
        } else {
            Waits.idle(1500);
        }
        List<String> lines = proposalLines();
        Table table = proposalTable();
        if (table != null) {
            Shots.take(table.getShell(), "content-assist");
        }
        RealEvents.key(display, SWT.ESC, 0);
        return lines;
    }

    private List<String> proposalLines() {
        Table table = proposalTable();
        List<String> lines = new ArrayList<>();
        for (TableItem item : table == null ? new TableItem[0] : table.getItems()) {
            if (!item.getText().isBlank() && !item.getText().startsWith("Computing proposals")) {
                lines.add(item.getText());
            }
        }
        return lines;
    }

    /** The table of a popup shell (the proposals), or null. */
    private Table proposalTable() {
        Shell window = page.getWorkbenchWindow().getShell();
        for (Shell shell : display.getShells()) {
            if (shell != window && !shell.isDisposed() && shell.isVisible()) {
                Table table = Widgets.find(shell, Table.class, t -> true);
                if (table != null) {
                    return table;
                }
            }
        }
        return null;
    }

    @Test
    void contentAssistProposesNothingInACommentAndDescribesConsumersInTheLanguagesWords() throws Exception {
        int comment = original.indexOf("// The agent holds edu0") + "// The agent ".length();
        caretAt(comment);
        assertEquals(List.of(), proposalsAtCaret(false), "no proposals inside a comment");

        RealEvents.key(display, SWT.END, SWT.CTRL);
        RealEvents.type(display, "\nassign edu3 to ");
        List<String> consumers = proposalsAtCaret(true);
        assertTrue(consumers.contains("guest1 - vm: 256 MiB, 1 vCPU, q35"), consumers.toString());
        assertTrue(consumers.contains("edu-driver - userspace driver: uid 1000, gid 1000"), consumers.toString());
        assertTrue(consumers.stream().anyMatch(l -> l.startsWith("agent - probe")), consumers.toString());
        for (String modelWord : List.of("VmGuest", "UserspaceDriver", "Probe", "PciDevice")) {
            assertTrue(consumers.stream().noneMatch(l -> l.contains(modelWord)), "no model class names: " + consumers);
        }
    }

    @Test
    void namesWithDigitsKeepOneColour() {
        StyledText text = config.text();
        int q35 = original.indexOf("machine q35") + "machine ".length();
        int vmConfig = original.indexOf("vm-q35-demo");
        for (int offset : new int[] { q35 + 1, q35 + 2, vmConfig + 4, vmConfig + 5 }) {
            StyleRange style = text.getStyleRangeAtOffset(offset);
            assertTrue(style == null || !Styles.NUMBER.attribute().getForeground().equals(style.foreground),
                    "the digit at " + offset + " is coloured as a number: " + style);
        }
        int bar0 = original.indexOf("map BAR0") + "map BAR".length();
        StyleRange member = Waits.until("the semantic colour of BAR0", 20, () -> text.getStyleRangeAtOffset(bar0),
                s -> s != null && Styles.MEMBER.attribute().getForeground().equals(s.foreground));
        assertEquals(SWT.ITALIC, member.fontStyle & SWT.ITALIC, "the 0 of BAR0 is part of the region's name");
    }

    @Test
    void keywordsInsideNamesAreNotColouredAsKeywords() {
        RealEvents.focus(config.text());
        RealEvents.key(display, SWT.END, SWT.CTRL);
        RealEvents.type(display, "\nvm myvm");
        Waits.flush();
        int myvm = config.document().get().lastIndexOf("myvm");
        StyleRange style = config.text().getStyleRangeAtOffset(myvm + 2);
        assertTrue(style == null || !Styles.KEYWORD.attribute().getForeground().equals(style.foreground),
                "the 'vm' in 'myvm' is coloured as a keyword: " + style);
    }
}
