package org.devassign.dsl.ui.outline;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.ui.editor.EditedFiles;
import org.devassign.dsl.workspace.Checked;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.ParsedConfig;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * Outline of a .assign editor; filled in a job from the workspace's latest parse, then refreshed
 * after each check of its config in the workbench's config workspace; selecting an item selects its
 * text.
 */
public class AssignOutlinePage extends ContentOutlinePage {

    private final ITextEditor editor;
    private final ConfigWorkspace.Listener listener = this::checked;
    private Path file;
    private boolean checkedOnce;
    /** The workspace whose checks the page follows, once its job has made it; guarded by this page. */
    private ConfigWorkspace listening;
    private boolean disposed;
    /**
     * Each item the tree shows, mapped to the same item of the latest check when only places in the text
     * moved since the tree was filled (UI thread).
     */
    private final Map<OutlineItem, OutlineItem> moved = new IdentityHashMap<>();

    public AssignOutlinePage(ITextEditor editor) {
        this.editor = editor;
    }

    private IDocument document() {
        return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.setAutoExpandLevel(2);
        IDocument document = document();
        file = document == null ? null : EditedFiles.pathOrPlaceholder(document).toAbsolutePath().normalize();
        // the items of the config as last read, read in a job (never on the UI thread); the next check brings them up to date
        viewer.setInput(List.of());
        if (file != null) {
            Path shown = file;
            Job job = Job.create("Outline of " + shown.getFileName(), monitor -> {
                // the workspace (and the language's injector, if the warm-up has not made it yet) in this job, never on the UI thread
                ConfigWorkspace workspace = WorkbenchConfigs.get();
                if (!listen(workspace)) {
                    return Status.CANCEL_STATUS;
                }
                List<OutlineItem> items = workspace.readLatest(shown, OutlineItem::of).orElse(List.of());
                show(items, true);
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }
        viewer.addSelectionChangedListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineItem item
                    && viewer.getControl().isFocusControl()) {
                editor.selectAndReveal(moved.getOrDefault(item, item).offset(), 0);
            }
        });
    }

    /** Follows the checks of {@code workspace} unless the page was disposed meanwhile; false then. */
    private synchronized boolean listen(ConfigWorkspace workspace) {
        if (disposed) {
            return false;
        }
        workspace.addListener(listener);
        listening = workspace;
        return true;
    }

    private void checked(ParsedConfig parsed, Checked checked) {
        if (parsed.file().equals(file)) {
            show(OutlineItem.of(parsed), false);
        }
    }

    /** Shows {@code items} (from any thread); the first items read do not replace those of a check that came before them. */
    private void show(List<OutlineItem> items, boolean first) {
        Control control = getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed() && !(first && checkedOnce)) {
                checkedOnce |= !first;
                List<OutlineItem> shown = items();
                if (shown != null && !shown.isEmpty() && sameShape(shown, items)) {
                    // a keystroke moved places, not items: a config of thousands of lines is not laid out again
                    moved.clear();
                    map(shown, items);
                    return;
                }
                moved.clear();
                getTreeViewer().setInput(items);
                getTreeViewer().expandToLevel(2);
            }
        });
    }

    /** Whether both lists have the same items (labels, kinds, children) in the same order, wherever they are in the text. */
    static boolean sameShape(List<OutlineItem> a, List<OutlineItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            OutlineItem x = a.get(i);
            OutlineItem y = b.get(i);
            if (!x.label().equals(y.label()) || x.kind() != y.kind() || !sameShape(x.children(), y.children())) {
                return false;
            }
        }
        return true;
    }

    private void map(List<OutlineItem> shown, List<OutlineItem> latest) {
        for (int i = 0; i < shown.size(); i++) {
            moved.put(shown.get(i), latest.get(i));
            map(shown.get(i).children(), latest.get(i).children());
        }
    }

    /** The items the outline shows (for tests; their places in the text are those of the check that filled the tree). */
    @SuppressWarnings("unchecked")
    public List<OutlineItem> items() {
        return (List<OutlineItem>) getTreeViewer().getInput();
    }

    @Override
    public void dispose() {
        synchronized (this) {
            disposed = true;
            if (listening != null) {
                listening.removeListener(listener);
            }
        }
        super.dispose();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof OutlineItem item ? item.children().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof OutlineItem item && !item.children().isEmpty();
        }
    }

    private static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            return element instanceof OutlineItem item ? item.label() : super.getText(element);
        }

        @Override
        public Image getImage(Object element) {
            if (!(element instanceof OutlineItem item)) {
                return null;
            }
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            return switch (item.kind()) {
                case CONFIG -> images.getImage(ISharedImages.IMG_OBJ_FILE);
                case CONSUMER -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
                case ASSIGNMENT -> images.getImage(ISharedImages.IMG_TOOL_FORWARD);
                case MEMBER -> images.getImage(ISharedImages.IMG_DEF_VIEW);
            };
        }
    }
}
