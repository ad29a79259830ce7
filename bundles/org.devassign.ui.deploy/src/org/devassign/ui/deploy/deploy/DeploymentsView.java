package org.devassign.ui.deploy.deploy;

import java.nio.file.Path;

import org.devassign.deploy.Planner;
import org.devassign.model.Board;
import org.devassign.ui.deploy.drift.DriftJob;
import org.devassign.ui.deploy.targets.TargetState;
import org.devassign.ui.deploy.targets.Targets;
import org.devassign.ui.viewers.TextColumns;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The deployments done from this workbench, newest first, with one-click rollback of the selected
 * row's target and a drift check of the deployed board model against the live board.
 */
public class DeploymentsView extends ViewPart {

    public static final String ID = "org.devassign.ui.deploy.deployments";

    private TableViewer viewer;
    private final Runnable listener = this::refreshLater;
    private Action rollback;
    private Action drift;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns.add(viewer, "Time", 170, DeploymentRecord.class, r -> r.time().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"));
        TextColumns.add(viewer, "Target", 120, DeploymentRecord.class, r -> r.target() + " (" + r.address() + ")");
        TextColumns.add(viewer, "Config", 130, DeploymentRecord.class, r -> r.config() == null ? "(active)" : r.config());
        TextColumns.add(viewer, "Action", 70, DeploymentRecord.class, DeploymentRecord::action);
        TextColumns.add(viewer, "Transaction", 80, DeploymentRecord.class, r -> r.transaction() == 0 ? "" : String.valueOf(r.transaction()));
        TextColumns.add(viewer, "Outcome", 90, DeploymentRecord.class, DeploymentRecord::outcome);
        TextColumns.add(viewer, "Devices", 520, DeploymentRecord.class, r -> String.join("; ", r.devices()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(DeploymentHistory.get().all());
        DeploymentHistory.get().addListener(listener);
        rollback = new Action("Rollback") {
            @Override
            public void run() {
                rollbackSelected();
            }
        };
        rollback.setToolTipText("Restore every device of the selected target's active deployment to its driver before");
        drift = new Action("Check Drift") {
            @Override
            public void run() {
                driftSelected();
            }
        };
        drift.setToolTipText("Compare the deployed config's .board with the live board; differences become markers on the .board");
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(rollback);
        bar.add(drift);
    }


    private DeploymentRecord selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        if (first == null && viewer.getTable().getItemCount() > 0) {
            first = viewer.getElementAt(0); // the newest row when nothing is selected
        }
        return first instanceof DeploymentRecord r ? r : null;
    }

    /** Rolls back the selected row's target (the newest row when none is selected); returns the job, or null. */
    public RollbackJob rollbackSelected() {
        DeploymentRecord r = selected();
        TargetState state = r == null ? null : Targets.get().state(r.target());
        if (state == null) {
            MessageDialog.openInformation(getSite().getShell(), "Rollback", "Select a deployment of a target that is still in the Targets view.");
            return null;
        }
        RollbackJob job = new RollbackJob(state.target(), "deploy".equals(r.action()) ? r.config() : null);
        job.schedule();
        return job;
    }

    /** Checks the drift of the selected row's deployed board model against its target; returns the job, or null. */
    public DriftJob driftSelected() {
        DeploymentRecord r = selected();
        Deployed.Entry entry = r == null ? null : Deployed.get().of(r.target());
        if (entry == null) {
            MessageDialog.openInformation(getSite().getShell(), "Check Drift",
                    "Deploy a config to the target first: its board model is what the live board is compared with.");
            return null;
        }
        Path board = boardFile(entry.plan());
        if (board == null) {
            return null;
        }
        DriftJob job = new DriftJob(entry.target(), board);
        job.schedule();
        return job;
    }

    /** The .board file the config's board was loaded from. */
    static Path boardFile(Planner.Plan plan) {
        Board board = org.devassign.dsl.scoping.Configs.boardOf(plan.config());
        URI uri = board == null || board.eResource() == null ? null : board.eResource().getURI();
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
    }

    private void refreshLater() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.setInput(DeploymentHistory.get().all());
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
        DeploymentHistory.get().removeListener(listener);
        super.dispose();
    }
}
