package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.testing.RepoFiles;
import org.devassign.ui.Perspective;
import org.devassign.ui.deploy.deploy.DeployHandler;
import org.devassign.ui.deploy.deploy.DeploymentRecord;
import org.devassign.ui.deploy.deploy.DeploymentsView;
import org.devassign.ui.deploy.deploy.PlanDialog;
import org.devassign.ui.deploy.deploy.RollbackJob;
import org.devassign.ui.deploy.live.RegistersView;
import org.devassign.ui.deploy.targets.TargetState;
import org.devassign.ui.deploy.targets.Targets;
import org.devassign.ui.deploy.targets.TargetsView;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's acceptance test: deploy examples/vm-q35.assign to the q35 virtual board through the
 * UI (plan dialog, deploy job), and the Registers view shows edu0's ID 0x010000ed as the kernel's
 * vfio-pci region read by the agent returns it. Writes target/screenshots/registers.png.
 */
class VmDeployUiTest {

    private static GuestAgent board;
    private static TestProject project;

    @BeforeAll
    static void boot() throws Exception {
        GuestAgent.requireAvailable();
        board = GuestAgent.boot("ui-deploy-" + ProcessHandle.current().pid());
        project = TestProject.create("vm-deploy-test");
    }

    @AfterAll
    static void stop() throws Exception {
        for (TargetState s : Targets.get().all()) {
            Targets.get().remove(s.target().name());
        }
        if (project != null) {
            project.delete();
        }
        if (board != null) {
            board.close();
        }
    }

    @Test
    void deployToTheVirtualBoardThroughTheUiAndTheRegistersViewShowsEdusId() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setSize(1400, 900);
        Targets.get().add(board.target("q35"));
        TargetsView targets = (TargetsView) page.showView(TargetsView.ID);
        Targets.get().connect("q35");
        Ui.waitUntil("the target to connect", 120, () -> Targets.get().state("q35").connected()
                || TargetState.FAILED.equals(Targets.get().state("q35").connection()));
        assertTrue(Targets.get().state("q35").connected(), Targets.get().state("q35").stateText());
        targets.select("q35");
        DeploymentsView deployments = (DeploymentsView) page.showView(DeploymentsView.ID);

        java.time.Instant started = java.time.Instant.now();
        Ui.Answered plan = Ui.pressWhenOpen(PlanDialog.TITLE, "&Deploy");
        IStatus status = Ui.await("the deploy", 600, DeployHandler.deploy(shell, project.path("vm-q35.assign"), board.target("q35")));
        plan.stop();
        assertTrue(status.isOK(), status + "\nagent log:\n" + board.log());
        assertNotNull(plan.table, "the plan was shown first");
        assertTrue(plan.table.toString().contains("edu0"), plan.table.toString());
        Ui.waitUntil("the history row", 10, () -> deployments.viewer().getTable().getItemCount() > 0
                && java.time.Instant.parse(((DeploymentRecord) deployments.viewer().getElementAt(0)).time()).isAfter(started));
        DeploymentRecord newest = (DeploymentRecord) deployments.viewer().getElementAt(0);
        assertTrue(List.of("applied", "unchanged").contains(newest.outcome()), newest.toString());

        RegistersView registers = (RegistersView) page.showView(RegistersView.ID);
        Job read = registers.show("q35", "edu0", 0);
        Ui.waitUntil("the ID register", 120, () -> read.getResult() != null && registers.value("ID") != null);
        assertEquals(0x010000edL, registers.value("ID"), "edu's ID register, read through the agent from the guest kernel's vfio-pci");
        assertEquals("0x010000ed", Ui.rows(registers.viewer().getTable()).get(0).get(4));
        // liveness: the device itself inverts what is written
        registers.write(4, 4, 0x12345678L);
        Ui.waitUntil("the liveness read back", 120, () -> Long.valueOf(0xedcba987L).equals(registers.value("LIVENESS")));

        Ui.waitUntil("the table to show it", 30, () -> Ui.rows(registers.viewer().getTable()).get(1).get(4).equals("0xedcba987"));

        // the screenshot: the Registers view maximized, so every register of BAR0 shows
        IWorkbenchPartReference part = page.getReference(registers);
        page.setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
        Path png = RepoFiles.artifacts("screenshots").resolve("registers.png");
        Ui.screenshot(shell, png);
        page.setPartState(part, IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(png) > 10_000, "the screenshot shows something");

        deployments.viewer().setSelection(new StructuredSelection(newest), true);
        RollbackJob rollback = deployments.rollbackSelected();
        assertNotNull(rollback);
        Ui.waitUntil("the rollback", 300, () -> rollback.getResult() != null);
        assertTrue(rollback.getResult().isOK(), rollback.getResult() + "\nagent log:\n" + board.log());
    }
}
