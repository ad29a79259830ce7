package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.devassign.core.identity.DeviceId;
import org.devassign.model.Board;
import org.devassign.model.Register;
import org.devassign.testing.ExampleBoards;
import org.devassign.testing.QemuEdu;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.ui.Perspective;
import org.devassign.ui.deploy.deploy.DeployHandler;
import org.devassign.ui.deploy.deploy.DeployJob;
import org.devassign.ui.deploy.deploy.DeployMarkers;
import org.devassign.ui.deploy.deploy.DeploymentRecord;
import org.devassign.ui.deploy.deploy.DeploymentsView;
import org.devassign.ui.deploy.deploy.PlanDialog;
import org.devassign.ui.deploy.deploy.RollbackJob;
import org.devassign.ui.deploy.drift.DriftJob;
import org.devassign.ui.deploy.live.InterruptsView;
import org.devassign.ui.deploy.live.RegistersView;
import org.devassign.ui.deploy.targets.TargetState;
import org.devassign.ui.deploy.targets.Targets;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploying the q35 example through the UI to an agent on a simulated board: plan dialog, job,
 * Deployments view, Registers and Interrupts views, rollback, drift and failure markers.
 */
@ExtendWith(UiFailureReport.class)
class DeployUiTest {

    private static final String CONFIG = "vm-q35.assign";

    @TempDir
    Path certs;

    private IWorkbenchPage page;
    private Shell shell;
    private TestProject project;
    private SimAgent agent;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        shell = page.getWorkbenchWindow().getShell();
        project = TestProject.create("deploy-test");
    }

    @AfterEach
    void close() throws Exception {
        for (TargetState s : Targets.get().all()) {
            Targets.get().remove(s.target().name());
        }
        if (agent != null) {
            agent.close();
        }
        project.delete();
    }

    @Test
    void deployShowsThePlanThenAppliesAndTheLiveViewsReadTheDevice() throws Exception {
        agent = SimAgent.start(certs, null);
        Targets.get().add(agent.target("sim"));
        DeploymentsView deployments = (DeploymentsView) page.showView(DeploymentsView.ID);

        java.time.Instant started = java.time.Instant.now();
        List<DeployJob> jobs = new java.util.concurrent.CopyOnWriteArrayList<>();
        IJobChangeListener scheduled = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob() instanceof DeployJob job) {
                    jobs.add(job);
                }
            }
        };
        Job.getJobManager().addJobChangeListener(scheduled);
        Ui.Answered plan = Ui.pressWhenOpen(PlanDialog.TITLE, "&Deploy");
        IStatus status;
        try {
            status = Ui.await("the deploy", 120, DeployHandler.deploy(shell, project.path(CONFIG), agent.target("sim")));
        } finally {
            Job.getJobManager().removeJobChangeListener(scheduled);
        }
        assertTrue(status.isOK(), status.toString());
        assertEquals(1, org.devassign.dsl.LanguageInjector.creations(), "the plan read the config with the workbench's one injector");
        assertEquals(org.devassign.dsl.ide.AssignIdeSetup.class, org.devassign.dsl.LanguageInjector.createdBy(),
                "the workbench's (IDE) injector, not one of the deploy UI's own");
        assertEquals(1, jobs.size(), "one deploy job, after the plan dialog");
        assertTrue(jobs.get(0).isUser(), "a user job: the progress dialog and the Progress view show it, with Cancel");
        List<String> progress = jobs.get(0).progressLines();
        assertTrue(progress.stream().anyMatch(l -> l.matches("step \\d+/\\d+: \\w+ device edu0 \\(0000:00:05.0\\) done.*")),
                "per-device progress from the agent's notifications: " + progress);
        assertEquals(jobs.get(0).result().steps().size(), progress.stream().filter(l -> l.contains(" done")).count(), progress.toString());
        // numbered as the agent numbers its steps and the CLI shows them: 1 to N of N, never 0 or N + 1
        int total = jobs.get(0).result().steps().size();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, total).mapToObj(i -> "step " + i + "/" + total).toList(),
                progress.stream().filter(l -> l.contains(" done")).map(l -> l.substring(0, l.indexOf(':'))).toList(), progress.toString());

        assertNotNull(plan.table, "the plan dialog showed the agent's dry run before anything changed");
        String steps = plan.table.toString();
        assertTrue(steps.contains("edu0") && steps.contains("edu1") && steps.contains("vfio-pci"), steps);
        List<String> numbers = plan.table.stream().map(row -> row.get(0)).filter(n -> !n.isEmpty()).toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, numbers.size()).mapToObj(String::valueOf).toList(), numbers,
                "the plan's steps numbered as the agent and the CLI number them: " + steps);
        int eduLine = project.lineOf(CONFIG, "assign edu0 to agent");
        assertTrue(steps.contains("deploy-test/vm-q35.assign:" + eduLine), "steps link to the config line: " + steps);

        Ui.waitUntil("the history row", 10, () -> deployments.viewer().getTable().getItemCount() > 0
                && java.time.Instant.parse(((DeploymentRecord) deployments.viewer().getElementAt(0)).time()).isAfter(started));
        DeploymentRecord newest = (DeploymentRecord) deployments.viewer().getElementAt(0);
        assertEquals("applied", newest.outcome());
        assertEquals("vm-q35-demo", newest.config());
        assertTrue(newest.transaction() > 0);
        assertTrue(newest.devices().stream().anyMatch(d -> d.startsWith("device edu0 (0000:00:05.0)") && d.contains("vfio-pci, open for agent")),
                newest.devices().toString());
        Ui.waitUntil("the target's status", 30, () -> Targets.get().state("sim").stateText().contains("vm-q35-demo deployed"));

        // Registers: edu0's BAR0 with the board model's register names and fields; the values as QEMU's edu documents them
        Board model = ExampleBoards.q35();
        Register id = ExampleBoards.register(model, "edu0", "BAR0", "ID");
        Register liveness = ExampleBoards.register(model, "edu0", "BAR0", "LIVENESS");
        Register raise = ExampleBoards.register(model, "edu0", "BAR0", "IRQ_RAISE");
        RegistersView registers = (RegistersView) page.showView(RegistersView.ID);
        Job read = registers.show("sim", "edu0", 0);
        Ui.waitUntil("the ID register", 30, () -> read.getResult() != null && registers.value(id.getName()) != null);
        assertEquals(QemuEdu.ID, registers.value(id.getName()));
        List<List<String>> rows = Ui.rows(registers.viewer().getTable());
        assertEquals(List.of(id.getName(), "0x" + Long.toHexString(id.getOffset()), id.getWidth() + "-bit", id.getAccess().getLiteral(),
                String.format("0x%0" + id.getWidth() / 4 + "x", QemuEdu.ID)), rows.get(0).subList(0, 5), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("STATUS") && r.get(5).equals("COMPUTING=0 IRQ_ON_FACTORIAL=0")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(raise.getName()) && r.get(4).equals("(write-only)")), rows.toString());
        org.eclipse.ui.IWorkbenchPartReference part = page.getReference(registers);
        page.setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
        Ui.screenshot(shell, RepoFiles.artifacts("screenshots").resolve("registers-simulated.png"));
        page.setPartState(part, IWorkbenchPage.STATE_RESTORED);

        // write: edu's liveness register reads back the inverse of a value new each run
        long probe = QemuEdu.livenessProbe();
        registers.write(liveness.getOffset(), liveness.getWidth() / 8, probe);
        Ui.waitUntil("the liveness read back", 30, () -> Long.valueOf(QemuEdu.liveness(probe)).equals(registers.value(liveness.getName())));

        // auto refresh picks up a change made behind the view's back
        registers.setAutoRefresh(true);
        long other = probe ^ 0x5a5a; // differs from the value the view shows now
        registers.write(liveness.getOffset(), liveness.getWidth() / 8, other);
        Ui.waitUntil("auto refresh", 30, () -> Long.valueOf(QemuEdu.liveness(other)).equals(registers.value(liveness.getName())));
        registers.setAutoRefresh(false);

        // Interrupts: each write to IRQ_RAISE raises edu's interrupt (INTx here), streamed by watchIrqs
        InterruptsView interrupts = (InterruptsView) page.showView(InterruptsView.ID);
        interrupts.show("sim", "edu0");
        registers.write(raise.getOffset(), raise.getWidth() / 8, 1);
        registers.write(raise.getOffset(), raise.getWidth() / 8, 1);
        Ui.waitUntil("two interrupts counted", 60, () -> interrupts.count("0") >= 2);
        Ui.waitUntil("the table to show them", 10, () -> Ui.rows(interrupts.viewer().getTable()).stream()
                .anyMatch(r -> r.get(0).equals("0") && r.get(1).startsWith("INTx") && Long.parseLong(r.get(2)) >= 2));
        interrupts.setWatching(false);

        // drift: the project's board is the one the agent simulates, so nothing differs
        deployments.viewer().setSelection(new StructuredSelection(newest), true);
        DriftJob drift = deployments.driftSelected();
        assertNotNull(drift);
        Ui.waitUntil("the drift check", 60, () -> drift.getResult() != null);
        assertTrue(drift.getResult().isOK(), drift.getResult().toString());
        assertEquals(List.of(), drift.differences());
        assertEquals(0, DeployMarkers.of(project.path("vm-q35.board"), DeployMarkers.DRIFT).length);

        // one-click rollback of the deployment's row
        deployments.viewer().setSelection(new StructuredSelection(newest), true);
        RollbackJob rollback = deployments.rollbackSelected();
        assertNotNull(rollback);
        Ui.waitUntil("the rollback", 60, () -> rollback.getResult() != null);
        assertTrue(rollback.getResult().isOK(), rollback.getResult().toString());
        Ui.waitUntil("the rollback row", 10, () -> "rolled back".equals(((DeploymentRecord) deployments.viewer().getElementAt(0)).outcome()));
        Ui.waitUntil("the target's status", 30, () -> Targets.get().state("sim").stateText().equals("connected, nothing deployed"));
        Ui.waitUntil("the live views to drop the device", 10, () -> registers.value("ID") == null);
        assertEquals(null, agent.backend.driverOf(DeviceId.parse("0000:00:05.0")), "edu0 is back on no driver");
    }

    @Test
    void anAgentErrorIsShownInModelTermsAndMarkedOnTheAssignmentLine() throws Exception {
        agent = SimAgent.start(certs, "policy.protect = 0000:00:06.0");
        Targets.get().add(agent.target("sim"));
        Ui.Answered plan = Ui.pressWhenOpen(PlanDialog.TITLE, "&Deploy");
        IStatus status = Ui.await("the deploy", 120, DeployHandler.deploy(shell, project.path(CONFIG), agent.target("sim")));
        plan.stop();
        assertEquals(IStatus.ERROR, status.getSeverity(), status.toString());
        int line = project.lineOf(CONFIG, "assign edu1 to edu-driver");
        assertTrue(status.getMessage().startsWith("deploy-test/vm-q35.assign:" + line + ": "), status.getMessage());
        assertTrue(status.getMessage().contains("edu1") && status.getMessage().contains("protected"), status.getMessage());
        IMarker[] markers = DeployMarkers.of(project.path(CONFIG), DeployMarkers.PROBLEM);
        assertEquals(1, markers.length, Arrays.toString(markers));
        assertEquals(line, TestProject.markerLine(markers[0]));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals(status.getMessage(), markers[0].getAttribute(IMarker.MESSAGE, ""));
        assertEquals(null, agent.backend.driverOf(DeviceId.parse("0000:00:05.0")), "nothing changed on the board");
    }

    @Test
    void driftBetweenTheBoardModelAndTheLiveBoardIsMarkedOnTheDeviceLine() throws Exception {
        agent = SimAgent.start(certs, null);
        String board = Files.readString(project.path("vm-q35.board"));
        int at = board.indexOf("sysfsName=\"0000:00:06.0\"");
        int id = board.indexOf("deviceId=\"4584\"", at);
        project.write("vm-q35.board", board.substring(0, id) + "deviceId=\"4585\"" + board.substring(id + "deviceId=\"4584\"".length()));
        DriftJob drift = new DriftJob(agent.target("sim"), project.path("vm-q35.board"));
        drift.schedule();
        Ui.waitUntil("the drift check", 60, () -> drift.getResult() != null);
        assertTrue(drift.getResult().isOK(), drift.getResult().toString());
        IMarker[] markers = DeployMarkers.of(project.path("vm-q35.board"), DeployMarkers.DRIFT);
        assertEquals(1, markers.length, drift.differences().toString());
        String message = markers[0].getAttribute(IMarker.MESSAGE, "");
        assertEquals("drift from sim: device edu1 (0000:00:06.0) is [1234:11e9] in the board model but the live board has [1234:11e8]", message);
        assertEquals(project.lineOf("vm-q35.board", "sysfsName=\"0000:00:06.0\""), TestProject.markerLine(markers[0]));
        assertFalse(drift.differences().isEmpty());
    }
}
