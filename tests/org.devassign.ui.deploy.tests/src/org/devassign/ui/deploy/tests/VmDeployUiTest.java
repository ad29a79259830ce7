package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.model.Board;
import org.devassign.model.Register;
import org.devassign.testing.ExampleBoards;
import org.devassign.testing.QemuEdu;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.RequiresVirtualBoard;
import org.devassign.testing.ui.UiFailureReport;
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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6's acceptance test: deploy examples/vm-q35.assign to the q35 virtual board through the
 * UI (plan dialog, deploy job), and the Registers view shows edu0's ID 0x010000ed as the kernel's
 * vfio-pci region read by the agent returns it. Writes target/screenshots/registers.png.
 */
@ExtendWith(UiFailureReport.class)
@RequiresVirtualBoard(profile = "full")
class VmDeployUiTest {

    private static GuestAgent board;
    private static TestProject project;

    @BeforeAll
    static void boot() throws Exception {
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
        // the board was booted for this test: the first deploy must change it (an "unchanged" here would mean it did nothing)
        assertEquals("applied", newest.outcome(), newest.toString());
        assertTrue(newest.devices().stream().anyMatch(d -> d.startsWith("device edu0 (0000:00:05.0)") && d.contains("vfio-pci, open for agent")),
                newest.devices().toString());

        // edu0's registers as QEMU's edu documents them, at the offsets and widths of the board model
        Board model = ExampleBoards.q35();
        Register id = ExampleBoards.register(model, "edu0", "BAR0", "ID");
        Register liveness = ExampleBoards.register(model, "edu0", "BAR0", "LIVENESS");
        RegistersView registers = (RegistersView) page.showView(RegistersView.ID);
        Job read = registers.show("q35", "edu0", 0);
        Ui.waitUntil("the ID register", 120, () -> read.getResult() != null && registers.value(id.getName()) != null);
        long realId = registers.value(id.getName());
        assertEquals(QemuEdu.ID, realId, "edu's ID register, read through the agent from the guest kernel's vfio-pci");
        assertEquals(hex(QemuEdu.ID, id), row(registers, id.getName()).get(4));
        long probe = QemuEdu.livenessProbe();
        registers.write(liveness.getOffset(), liveness.getWidth() / 8, probe);
        Ui.waitUntil("the liveness read back", 120, () -> Long.valueOf(QemuEdu.liveness(probe)).equals(registers.value(liveness.getName())));
        Ui.waitUntil("the table to show it", 30, () -> row(registers, liveness.getName()).get(4).equals(hex(QemuEdu.liveness(probe), liveness)));

        // the screenshot: the Registers view maximized, so every register of BAR0 shows
        IWorkbenchPartReference part = page.getReference(registers);
        page.setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
        Path png = RepoFiles.artifacts("screenshots").resolve("registers.png");
        Ui.screenshot(shell, png);
        page.setPartState(part, IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(png) > 10_000, "the screenshot shows something");

        simulatedBoardAnswersAsTheRealOneDid(page, shell, id, realId, liveness);

        deployments.viewer().setSelection(new StructuredSelection(newest), true);
        RollbackJob rollback = deployments.rollbackSelected();
        assertNotNull(rollback);
        Ui.waitUntil("the rollback", 300, () -> rollback.getResult() != null);
        assertTrue(rollback.getResult().isOK(), rollback.getResult() + "\nagent log:\n" + board.log());
    }

    /**
     * The simulated board the in-process tests deploy to (SimulatedBackend on the same board model)
     * answers edu0's ID and liveness registers as the real QEMU device just did: the simulator is
     * held to the device, not to itself.
     */
    private static void simulatedBoardAnswersAsTheRealOneDid(IWorkbenchPage page, Shell shell, Register id, long realId, Register liveness)
            throws Exception {
        Path certs = Files.createTempDirectory("sim-certs");
        try (SimAgent sim = SimAgent.start(certs, null)) {
            Targets.get().add(sim.target("sim"));
            Ui.Answered plan = Ui.pressWhenOpen(PlanDialog.TITLE, "&Deploy");
            IStatus status = Ui.await("the deploy to the simulated board", 120, DeployHandler.deploy(shell, project.path("vm-q35.assign"),
                    sim.target("sim")));
            plan.stop();
            assertTrue(status.isOK(), status.toString());
            RegistersView registers = (RegistersView) page.showView(RegistersView.ID);
            Job read = registers.show("sim", "edu0", 0);
            Ui.waitUntil("the simulated ID register", 60, () -> read.getResult() != null && registers.value(id.getName()) != null);
            assertEquals(realId, registers.value(id.getName()), "the simulated edu's ID against the real one");
            long probe = QemuEdu.livenessProbe();
            registers.write(liveness.getOffset(), liveness.getWidth() / 8, probe);
            Ui.waitUntil("the simulated liveness read back", 60,
                    () -> Long.valueOf(QemuEdu.liveness(probe)).equals(registers.value(liveness.getName())));
            Targets.get().remove("sim");
        }
    }

    private static List<String> row(RegistersView registers, String name) {
        return Ui.rows(registers.viewer().getTable()).stream().filter(r -> r.get(0).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in the Registers view"));
    }

    /** A value as the Registers view shows it: hex, as many digits as the register is wide. */
    private static String hex(long value, Register register) {
        return String.format("0x%0" + register.getWidth() / 4 + "x", value);
    }
}
