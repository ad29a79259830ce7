package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.devassign.deploy.Target;
import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.ExampleBoards;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.ui.Perspective;
import org.devassign.ui.deploy.deploy.DeploymentsView;
import org.devassign.ui.deploy.live.InterruptsView;
import org.devassign.ui.deploy.live.RegistersView;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.DiscoverBoardJob;
import org.devassign.ui.deploy.targets.TargetState;
import org.devassign.ui.deploy.targets.TargetStore;
import org.devassign.ui.deploy.targets.Targets;
import org.devassign.ui.deploy.targets.TargetsView;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Targets view against an agent service on a simulated q35 board in this JVM. */
@ExtendWith(UiFailureReport.class)
class TargetsViewTest {

    @TempDir
    Path certs;

    private SimAgent agent;
    private IWorkbenchPage page;
    private TargetsView view;

    @BeforeEach
    void start() throws Exception {
        agent = SimAgent.start(certs, null);
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        view = (TargetsView) page.showView(TargetsView.ID);
    }

    @AfterEach
    void stop() {
        for (TargetState s : Targets.get().all()) {
            Targets.get().remove(s.target().name());
        }
        agent.close();
    }

    @Test
    void theBoardPerspectiveHoldsTheDeploymentViews() {
        assertNotNull(page.findView(TargetsView.ID), "Targets is in the perspective (perspectiveExtension)");
        assertNotNull(page.findView(DeploymentsView.ID), "Deployments is in the perspective");
        List<String> shortcuts = List.of(page.getShowViewShortcuts());
        assertTrue(shortcuts.containsAll(List.of(RegistersView.ID, InterruptsView.ID)), shortcuts.toString());
    }

    @Test
    void connectShowsTheIdentityTheAgentSawAndTheStateThenRemoveForgetsTheTarget() throws Exception {
        Targets.get().add(agent.target("sim"));
        Targets.get().connect("sim");
        view.select("sim");
        Ui.waitUntil("the target to connect", 60, () -> Targets.get().state("sim").connected());
        Ui.waitUntil("the table to show it", 10, () -> view.viewer().getTable().getItemCount() == 1
                && view.viewer().getTable().getItem(0).getText(3).startsWith("connected"));

        List<String> row = Ui.rows(view.viewer().getTable()).get(0);
        assertEquals("sim", row.get(0));
        assertEquals("127.0.0.1:" + agent.main.port(), row.get(1));
        assertTrue(row.get(2).contains("viewer") && row.get(2).contains("[viewer]"), "the identity as the agent saw it, with its roles: " + row);
        assertEquals("connected, nothing deployed", row.get(3));
        assertTrue(TargetStore.load().stream().anyMatch(t -> t.name().equals("sim") && t.certs().equals(certs)),
                "the target is stored in the preferences with its certificate folder");

        Targets.get().remove("sim");
        Ui.waitUntil("the row to go", 10, () -> view.viewer().getTable().getItemCount() == 0);
        assertTrue(TargetStore.load().stream().noneMatch(t -> t.name().equals("sim")));
    }

    @Test
    void aTargetNobodyListensOnShowsWhyItFailed() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Targets.get().add(new AgentTarget("nobody", new Target("127.0.0.1", port), "", certs));
        Targets.get().connect("nobody");
        Ui.waitUntil("the connection to fail", 60, () -> TargetState.FAILED.equals(Targets.get().state("nobody").connection()));
        view.select("nobody");
        Ui.waitUntil("the row", 10, () -> view.viewer().getTable().getItemCount() == 1
                && view.viewer().getTable().getItem(0).getText(3).startsWith("failed"));
        String state = view.viewer().getTable().getItem(0).getText(3);
        assertTrue(state.contains("Nothing answers at 127.0.0.1:" + port) && state.contains("is the DevAssign agent running"), state);
    }

    @Test
    void discoverBoardSavesTheLiveBoardAsABoardFile() throws Exception {
        TestProject project = TestProject.create("discover-test");
        try {
            Path file = project.path("live.board");
            DiscoverBoardJob job = new DiscoverBoardJob(agent.target("sim"), file);
            job.schedule();
            Ui.waitUntil("the inventory", 60, () -> job.getResult() != null);
            assertTrue(job.getResult().getSeverity() <= IStatus.WARNING, job.getResult().toString());
            assertTrue(project.file("live.board").exists(), "the workspace sees the new file");
            Board board = BoardFiles.load(file);
            // the agent simulates examples/vm-q35.board: the saved board holds its devices, each on the driver it is on
            Board simulated = ExampleBoards.q35();
            assertEquals(simulated.getDevices().stream().map(d -> d.getSysfsName() + " " + d.getDriver()).toList(),
                    board.getDevices().stream().map(d -> d.getSysfsName() + " " + d.getDriver()).toList());
        } finally {
            project.delete();
        }
    }
}
