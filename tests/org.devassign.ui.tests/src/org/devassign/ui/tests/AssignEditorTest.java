package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.ui.editor.AssignContentAssistProcessor;
import org.devassign.dsl.ui.editor.DefinitionHyperlinkDetector;
import org.devassign.dsl.ui.editor.DeviceFactsTextHover;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.ui.editor.Styles;
import org.devassign.dsl.ui.outline.AssignOutlinePage;
import org.devassign.dsl.ui.outline.OutlineItem;
import org.devassign.dsl.ui.quickfix.AssignMarkerResolutions;
import org.devassign.dsl.validation.IssueCodes;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.Perspective;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The .assign editor in a running workbench, on a copy of the example config and board in a
 * workspace project: typing produces problem markers, quick fixes clear them, and content assist,
 * hover, go to definition, outline, formatting and highlighting work on the example.
 */
@ExtendWith(UiFailureReport.class)
class AssignEditorTest {

    private IWorkbenchPage page;
    private IProject project;
    private IFile config;
    private ITextEditor editor;
    private IDocument document;
    private String original;

    @BeforeEach
    void openExampleInEditor() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        copy("vm-q35.board");
        config = copy("vm-q35.assign");
        original = Files.readString(RepoFiles.example("vm-q35.assign"));
        editor = (ITextEditor) IDE.openEditor(page, config, AssignLanguage.EDITOR_ID);
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        Waits.until("the first check", 30, () -> WorkbenchConfigs.get().lastChecked(config.getLocation().toPath()),
                checked -> checked != null && checked.text().equals(document.get()));
    }

    @AfterEach
    void close() throws CoreException {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    private IFile copy(String example) throws Exception {
        IFile file = project.getFile(example);
        file.create(new ByteArrayInputStream(Files.readAllBytes(RepoFiles.example(example))), true, null);
        return file;
    }

    @Test
    void typingAnAssignmentOfOneDeviceOfAGroupMarksItAndAssignTheWholeGroupClearsIt() throws Exception {
        assertEquals(List.of(), markers(), "the example config has no problems");

        type(document.getLength(), "\nassign sata to guest1");
        List<IMarker> markers = Waits.until("the group warnings", 30, this::markers, m -> m.size() == 2 && allCoded(m, IssueCodes.GROUP_COMPANION_UNUSED));
        for (IMarker marker : markers) {
            assertEquals(IssueCodes.GROUP_COMPANION_UNUSED, marker.getAttribute(ProblemMarkers.CODE, ""));
            assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
            assertEquals(original.split("\n").length + 2, marker.getAttribute(IMarker.LINE_NUMBER, -1), "on the typed line");
            assertEquals("sata", document.get(marker.getAttribute(IMarker.CHAR_START, 0),
                    marker.getAttribute(IMarker.CHAR_END, 0) - marker.getAttribute(IMarker.CHAR_START, 0)));
        }
        String message = markers.get(0).getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.matches("The device (lpc|smbus) \\(0000:00:1f\\.[03]\\) shares IOMMU group 7 with the assigned device\\(s\\) but is not assigned:.*"
                + "Assign the whole group \\(assign group 7 to guest1\\)\\."), message);

        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Waits.until("the Problems view lists the warnings", 20, () -> treeItems(shell),
                items -> items.stream().anyMatch(item -> item.startsWith("Warnings (2 items)")));
        expandTreeItemsStartingWith(shell, "Warnings");
        var explorer = (org.devassign.ui.explorer.BoardExplorerView) page.showView(org.devassign.ui.explorer.BoardExplorerView.ID);
        if (explorer.boards().isEmpty()) {
            explorer.open(project.getFile("vm-q35.board").getLocation().toPath());
        }
        page.activate(editor);
        Waits.flush();
        Path png = Shots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor");
        assertTrue(Files.size(png) > 10_000, "the screenshot shows something");

        IMarker first = markers.stream().filter(m -> hasResolution(m, AssignMarkerResolutions.ASSIGN_WHOLE_GROUP)).findFirst().orElseThrow();
        IMarkerResolution fix = resolution(first, AssignMarkerResolutions.ASSIGN_WHOLE_GROUP);
        fix.run(first);
        Waits.until("the fix applied", 30, () -> document.get().endsWith("\nassign group 7 to guest1"));
        Waits.until("no problems after the quick fix", 30, this::markers, List::isEmpty);
        assertEquals(original + "\nassign group 7 to guest1", document.get());
    }

    @Test
    void aDuplicateAssignmentIsAnErrorAndTheQuickFixRemovesIt() throws Exception {
        type(document.getLength(), "\nassign edu0 to edu-driver");
        IMarker marker = Waits.until("the duplicate error", 30, this::markers, m -> m.size() == 1 && allCoded(m, IssueCodes.ASSIGNED_TWICE)).get(0);
        assertEquals(IssueCodes.ASSIGNED_TWICE, marker.getAttribute(ProblemMarkers.CODE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("The device edu0 (0000:00:05.0) is assigned twice: here to edu-driver,"),
                marker.getAttribute(IMarker.MESSAGE, ""));

        resolution(marker, AssignMarkerResolutions.REMOVE_DUPLICATE).run(marker);
        Waits.until("the fix applied", 30, () -> document.get().equals(original + "\n"));
        Waits.until("no problems after the quick fix", 30, this::markers, List::isEmpty);
    }

    @Test
    void anUnknownDeviceIsAnErrorWithDidYouMeanFixes() throws Exception {
        type(document.getLength(), "\nassign edu9 to guest1");
        // markers of the half-typed text come and go while typing: wait for those of the whole line
        IMarker marker = Waits.until("the unknown device", 30, this::markers,
                m -> m.size() == 1 && allCoded(m, IssueCodes.UNKNOWN_DEVICE) && m.get(0).getAttribute(IMarker.MESSAGE, "").contains("'edu9'")).get(0);
        assertEquals(IssueCodes.UNKNOWN_DEVICE, marker.getAttribute(ProblemMarkers.CODE, ""));
        List<String> labels = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).map(IMarkerResolution::getLabel).toList();
        assertTrue(labels.contains("Change to 'edu0'"), labels.toString());
    }

    @Test
    void contentAssistProposesKeywordsDevicesGroupsRegionsInterruptsAndConsumers() {
        Path file = config.getLocation().toPath();
        String text = original + "\nassign ";
        List<String> devices = proposals(file, text, text.length());
        assertTrue(devices.containsAll(List.of("edu0", "edu1", "edu2", "edu3", "sata", "group")), devices.toString());

        text = original + "\nassign group ";
        assertTrue(proposals(file, text, text.length()).containsAll(List.of("6", "7")), proposals(file, text, text.length()).toString());

        text = original + "\nassign edu3 to ";
        assertEquals(List.of("agent", "edu-driver", "guest1"), proposals(file, text, text.length()).stream().sorted().toList());

        int map = original.indexOf("map BAR0") + "map ".length();
        List<String> regions = proposals(file, original, map);
        assertTrue(regions.contains("BAR0") && regions.contains("CONFIG"), regions.toString());

        int irq = original.indexOf("irq intx") + "irq ".length();
        List<String> interrupts = proposals(file, original, irq);
        assertTrue(interrupts.contains("intx") && interrupts.contains("msi"), interrupts.toString());
    }

    @Test
    void hoverShowsTheBoardsFactsAndGoToDefinitionOpensTheBoardAtTheDevice() throws Exception {
        Path file = config.getLocation().toPath();
        int edu0 = original.indexOf("assign edu0") + "assign ".length() + 1;
        String facts = DeviceFactsTextHover.facts(file, original, edu0);
        assertNotNull(facts);
        assertTrue(facts.startsWith("device edu0 (0000:00:05.0) [1234:11e8]"), facts);
        assertTrue(facts.contains("IOMMU group: 4 (edu0)") && facts.contains("region 0 BAR0: 1 MiB at 0xfe400000, mmap"), facts);
        assertEquals(null, DeviceFactsTextHover.facts(file, original, original.indexOf("assign edu0") + 1), "no hover on keywords");

        DefinitionHyperlinkDetector.Definition definition = DefinitionHyperlinkDetector.definitionAt(file, original, edu0);
        assertNotNull(definition);
        assertEquals("vm-q35.board", definition.file().getFileName().toString());
        List<String> boardLines = Files.readAllLines(project.getFile("vm-q35.board").getLocation().toPath());
        assertTrue(boardLines.get(definition.line()).contains("name=\"edu0\""), boardLines.get(definition.line()));

        // F3 in the editor: the board opens with the device's line selected
        var detector = new DefinitionHyperlinkDetector();
        var viewer = (org.eclipse.jface.text.ITextViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
        var links = Waits.until("the link of edu0 from the latest check", 30,
                () -> detector.detectHyperlinks(viewer, new org.eclipse.jface.text.Region(edu0, 0), false), l -> l != null);
        links[0].open();
        Waits.until("the board open", 30, () -> page.getActiveEditor() != null && "vm-q35.board".equals(page.getActiveEditor().getEditorInput().getName()));
        ITextEditor board = (ITextEditor) page.getActiveEditor();
        assertEquals("vm-q35.board", board.getEditorInput().getName());
        var selection = (org.eclipse.jface.text.ITextSelection) board.getSelectionProvider().getSelection();
        assertEquals(definition.line(), selection.getStartLine());
        assertTrue(selection.getText().contains("name=\"edu0\""), selection.getText());
    }

    @Test
    void outlineListsConsumersAndAssignmentsAndFormattingRestoresTheLayout() throws Exception {
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        Waits.flush();
        AssignOutlinePage outlinePage = Waits.until("the outline page", 10,
                () -> outline.getCurrentPage() instanceof AssignOutlinePage p ? p : null, p -> p != null);
        List<OutlineItem> items = outlinePage.items();
        assertEquals("config vm-q35-demo", items.get(0).label());
        assertEquals(List.of("probe agent", "userspace edu-driver", "vm guest1", "edu0 \u2192 agent", "edu1 \u2192 edu-driver",
                "group 6 \u2192 guest1"), items.get(0).children().stream().map(OutlineItem::label).toList());
        assertEquals(List.of("map BAR0", "irq intx eventfd", "dma buffer at 0x100000 size 4 KiB"),
                items.get(0).children().get(3).children().stream().map(OutlineItem::label).toList());

        document.set(original.replace("assign edu0 to agent {\n\tdriver vfio-pci", "assign   edu0 to agent {   driver vfio-pci")
                .replace("\tvcpus 1\n", "  vcpus    1\n"));
        StyledText text = (StyledText) editor.getAdapter(Control.class);
        RealEvents.focus(text);
        RealEvents.key(text.getDisplay(), 'f', SWT.CTRL | SWT.SHIFT); // Format Config
        Waits.until("the formatted text", 30, () -> document.get().equals(original));
        Waits.until("the outline follows the text", 10, outlinePage::items, i -> i.get(0).children().size() == 6);
    }

    @Test
    void namesAreColouredByWhatTheyLinkTo() {
        StyledText text = (StyledText) editor.getAdapter(Control.class);
        int assign = original.indexOf("assign edu0");
        int edu0 = assign + "assign ".length();
        int agent = original.indexOf("to agent") + "to ".length();
        StyleRange device = Waits.until("semantic colours", 20, () -> text.getStyleRangeAtOffset(edu0),
                s -> s != null && Styles.DEVICE.attribute().getForeground().equals(s.foreground));
        assertEquals(SWT.BOLD, device.fontStyle & SWT.BOLD);
        assertEquals(Styles.KEYWORD.attribute().getForeground(), text.getStyleRangeAtOffset(assign).foreground);
        assertEquals(Styles.CONSUMER.attribute().getForeground(), text.getStyleRangeAtOffset(agent).foreground);
        int comment = original.indexOf("// edu's DMA mask");
        assertEquals(Styles.COMMENT.attribute().getForeground(), text.getStyleRangeAtOffset(comment + 3).foreground);
    }

    private static void expandTreeItemsStartingWith(Composite parent, String prefix) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Tree tree) {
                for (TreeItem item : tree.getItems()) {
                    if (item.getText().startsWith(prefix)) {
                        item.setExpanded(true);
                    }
                }
            } else if (child instanceof Composite composite) {
                expandTreeItemsStartingWith(composite, prefix);
            }
        }
    }

    /** The top-level items of every tree in the window (the Problems view groups by severity). */
    private static List<String> treeItems(Composite parent) {
        List<String> items = new java.util.ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Tree tree) {
                for (TreeItem item : tree.getItems()) {
                    items.add(item.getText());
                }
            } else if (child instanceof Composite composite) {
                items.addAll(treeItems(composite));
            }
        }
        return items;
    }

    private static List<String> proposals(Path file, String text, int offset) {
        return AssignContentAssistProcessor.proposals(file, text, offset).stream().map(e -> e.getProposal()).toList();
    }

    private static boolean hasResolution(IMarker marker, String labelStart) {
        return Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).anyMatch(r -> r.getLabel().startsWith(labelStart));
    }

    private IMarkerResolution resolution(IMarker marker, String labelStart) {
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        return Arrays.stream(resolutions).filter(r -> r.getLabel().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick fix '" + labelStart + "' among "
                        + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
    }

    private static boolean allCoded(List<IMarker> markers, String code) {
        return markers.stream().allMatch(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, "")));
    }

    private List<IMarker> markers() {
        try {
            List<IMarker> markers = List.of(config.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
            return markers;
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** Types {@code keys} at the end of the text with real key events, as a user would. */
    private void type(int offset, String keys) {
        assertEquals(document.getLength(), offset, "the tests type at the end");
        StyledText text = (StyledText) editor.getAdapter(Control.class);
        RealEvents.focus(text);
        RealEvents.key(text.getDisplay(), SWT.END, SWT.CTRL);
        RealEvents.type(text.getDisplay(), keys);
        RealEvents.key(text.getDisplay(), SWT.ESC, 0); // content assist may have popped up on the way: close it as a user would
    }
}
