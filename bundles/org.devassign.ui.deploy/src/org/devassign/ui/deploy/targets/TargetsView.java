package org.devassign.ui.deploy.targets;

import java.nio.file.Path;

import org.devassign.ui.deploy.deploy.DeployHandler;
import org.devassign.ui.viewers.TextColumns;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;

/**
 * The agents to deploy to: name, address, identity (as the agent saw this client) and connection
 * state (why a connection failed, in full, as the cell's tooltip and on the status line). Deploy...
 * deploys the config of the active editor.
 */
public class TargetsView extends ViewPart {

    public static final String ID = "org.devassign.ui.deploy.targets";

    private TableViewer viewer;
    private final Runnable listener = this::refreshLater;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns.add(viewer, "Name", 110, TargetState.class, s -> s.target().name());
        TextColumns.add(viewer, "Address", 140, TargetState.class, s -> s.target().address().toString());
        TextColumns.add(viewer, "Identity", 330, TargetState.class, TargetState::identityText);
        TextColumns.add(viewer, "State", 380, TargetState.class, TargetState::stateText);
        // a failure's reason is longer than its cell: the whole of it as the cell's tooltip and on the status line
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(event -> {
            TargetState selected = selected();
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(
                    selected != null && TargetState.FAILED.equals(selected.connection()) ? selected.message() : null);
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(Targets.get().all());
        getSite().setSelectionProvider(viewer);
        Targets.get().addListener(listener);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(action("Add...", "add16.svg", "Add a target: an agent's HOST:PORT and your certificate folder", () -> add()));
        bar.add(action("Remove", "remove16.svg", "Forget the selected target", () -> ifSelected(s -> Targets.get().remove(s.target().name()))));
        bar.add(action("Connect", "connect16.svg", "Connect to the selected target (hello and status, with the viewer identity)",
                () -> ifSelected(s -> Targets.get().connect(s.target().name()))));
        bar.add(action("Disconnect", "disconnect16.svg", "Forget the selected target's connection state",
                () -> ifSelected(s -> Targets.get().disconnect(s.target().name()))));
        bar.add(action("Discover Board...", "discover16.svg", "Save the selected target's live board (its inventory) as a .board file",
                () -> ifSelected(this::discover)));
        bar.add(action("Deploy...", "deploy16.svg", "Deploy the config of the active editor to the selected target",
                () -> ifSelected(this::deploy)));
    }


    private static Action action(String text, String icon, String tooltip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        action.setImageDescriptor(ImageDescriptor.createFromURL(TargetsView.class.getResource("/icons/" + icon)));
        return action;
    }

    private void ifSelected(java.util.function.Consumer<TargetState> action) {
        TargetState s = selected();
        if (s != null) {
            action.accept(s);
        }
    }

    /** The selected target's current state (the table holds snapshots). */
    public TargetState selected() {
        if (viewer.getStructuredSelection().getFirstElement() instanceof TargetState s) {
            return Targets.get().state(s.target().name());
        }
        return null;
    }

    public void select(String name) {
        TargetState s = Targets.get().state(name);
        viewer.refresh();
        for (Object o : (java.util.List<?>) viewer.getInput()) {
            if (o instanceof TargetState t && t.target().name().equals(name)) {
                viewer.setSelection(new StructuredSelection(t), true);
                return;
            }
        }
        if (s != null) {
            viewer.setSelection(new StructuredSelection(s), true);
        }
    }

    private void add() {
        AddTargetDialog dialog = new AddTargetDialog(getSite().getShell());
        if (dialog.open() == Dialog.OK && dialog.result != null) {
            Targets.get().add(dialog.result);
            Targets.get().connect(dialog.result.name());
        }
    }

    private void discover(TargetState s) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save the board of " + s.target());
        dialog.setFilterExtensions(new String[] { "*.board" });
        dialog.setFileName(s.target().name() + ".board");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            new DiscoverBoardJob(s.target(), Path.of(file)).schedule();
        }
    }

    /** Deploys the config of the active editor (saved first, if the user agrees), or the one selected in the Project Explorer. */
    private void deploy(TargetState s) {
        IFile config = DeployHandler.activeConfig(getSite().getPage());
        if (config == null) {
            MessageDialog.openInformation(getSite().getShell(), "Deploy", "Open the config to deploy in the editor (or select it in the"
                    + " Project Explorer), then Deploy... again; or right-click a .assign file > Deploy to Target...");
            return;
        }
        if (DeployHandler.saved(getSite().getShell(), config)) {
            DeployHandler.deploy(getSite().getShell(), config.getLocation().toPath(), s.target());
        }
    }

    private void refreshLater() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                Object selection = viewer.getStructuredSelection().getFirstElement();
                viewer.setInput(Targets.get().all());
                if (selection instanceof TargetState old) {
                    select(old.target().name());
                }
            }
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        Targets.get().removeListener(listener);
        super.dispose();
    }
}
