package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.devassign.deploy.Identities;
import org.devassign.deploy.Target;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.testing.ui.Dialogs;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.testing.ui.Widgets;
import org.devassign.ui.Perspective;
import org.devassign.ui.deploy.deploy.DeployHandler;
import org.devassign.ui.deploy.deploy.DeployJob;
import org.devassign.ui.deploy.deploy.DeployMarkers;
import org.devassign.ui.deploy.deploy.PlanDialog;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.TargetState;
import org.devassign.ui.deploy.targets.Targets;
import org.devassign.ui.deploy.targets.TargetsView;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Targets view's rough edges, with real mouse and key events: why a connection failed in the
 * user's terms (an unknown host, a certificate of another CA), the port asked for, icons on the
 * toolbar, Deploy... on the config of the active editor; and a plan of a config with errors lists
 * each problem once (the language's markers, no second copy).
 */
@ExtendWith(UiFailureReport.class)
class TargetsEdgesTest {

    @TempDir
    Path certs;

    @TempDir
    Path otherCa;

    private IWorkbenchPage page;
    private Shell shell;
    private Display display;
    private TargetsView view;
    private SimAgent agent;
    private TestProject project;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        shell = page.getWorkbenchWindow().getShell();
        display = shell.getDisplay();
        view = (TargetsView) page.showView(TargetsView.ID);
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        for (TargetState s : Targets.get().all()) {
            Targets.get().remove(s.target().name());
        }
        if (agent != null) {
            agent.close();
        }
        if (project != null) {
            project.delete();
        }
    }

    private TargetState failed(String name) {
        Targets.get().connect(name);
        Waits.until("the connection to " + name + " to fail", 60, () -> TargetState.FAILED.equals(Targets.get().state(name).connection()));
        view.select(name);
        Waits.until("the table to show the failure", 20, () -> view.viewer().getTable().getItemCount() == 1
                && view.viewer().getTable().getItem(0).getText(3).startsWith("failed: "));
        return Targets.get().state(name);
    }

    private static void assertUserTerms(String message) {
        for (String internal : List.of("sun.security", "PKIX", "Exception", "java.", "javax.")) {
            assertFalse(message.contains(internal), "'" + internal + "' in: " + message);
        }
    }

    @Test
    void anUnknownHostIsNamedAndTheMessageSaysWhatToCheck() throws Exception {
        Identities.init(certs, List.of(), "127.0.0.1:0");
        Targets.get().add(new AgentTarget("ghost", new Target("ghost.invalid", 7443), "", certs));
        TargetState state = failed("ghost");
        assertTrue(state.message().startsWith("The host 'ghost.invalid' of target ghost is not known here"), state.message());
        assertTrue(state.message().contains("check the address"), state.message());
        assertUserTerms(state.message());
        String cell = view.viewer().getTable().getItem(0).getText(3);
        assertTrue(cell.startsWith("failed: The host 'ghost.invalid'"), cell);
        Shots.take(shell, "targets-unknown-host");
    }

    @Test
    void aCertificateOfAnotherCaSaysWhichCertificateAndWhatToDo() throws Exception {
        agent = SimAgent.start(certs, null);
        Identities.init(otherCa, List.of(), "127.0.0.1:0");
        Targets.get().add(new AgentTarget("other-ca", new Target("127.0.0.1", agent.main.port()), "", otherCa));
        TargetState state = failed("other-ca");
        assertTrue(state.message().startsWith("The agent at 127.0.0.1:" + agent.main.port() + " shows a certificate that the CA '"),
                state.message());
        assertTrue(state.message().contains(otherCa.resolve("ca.p12").toString()) && state.message().contains("did not sign"), state.message());
        assertTrue(state.message().contains("certificate folder"), "what to do: " + state.message());
        assertUserTerms(state.message());
        Shots.take(shell, "targets-tls");
    }

    private ToolBar toolbar() {
        return Waits.until("the Targets view's toolbar", 10, () -> Widgets.find(shell, ToolBar.class, bar -> bar.isVisible()
                && Arrays.stream(bar.getItems()).anyMatch(i -> i.getToolTipText() != null && i.getToolTipText().startsWith("Add a target"))),
                bar -> bar != null);
    }

    private void click(ToolItem item) {
        Rectangle bounds = item.getBounds();
        RealEvents.click(item.getParent(), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, 1);
    }

    private ToolItem item(String tooltipStart) {
        return Arrays.stream(toolbar().getItems()).filter(i -> i.getToolTipText() != null && i.getToolTipText().startsWith(tooltipStart))
                .findFirst().orElseThrow(() -> new AssertionError("no toolbar button '" + tooltipStart + "'"));
    }

    @Test
    void everyToolbarButtonHasAnIcon() {
        ToolItem[] items = toolbar().getItems();
        assertEquals(6, items.length, "Add, Remove, Connect, Disconnect, Discover Board, Deploy");
        for (ToolItem item : items) {
            assertNotNull(item.getImage(), "no icon on " + item.getToolTipText());
            assertEquals(16, item.getImage().getBounds().width, item.getToolTipText());
        }
    }

    @Test
    void addTargetAsksForThePortAndTheCertificateFolder() throws Exception {
        Identities.init(certs, List.of(), "127.0.0.1:0");
        String[] messages = new String[3];
        boolean[] okEnabled = new boolean[3];
        Dialogs.Handled add = Dialogs.whenOpen("Add Target", 30, dialog -> {
            List<Text> fields = Widgets.all(dialog, Text.class, Text::isVisible);
            Label error = Widgets.find(dialog, Label.class, l -> (l.getStyle() & SWT.WRAP) != 0);
            Button ok = Widgets.button(dialog, "OK");
            retype(fields.get(3), certs.toString());
            retype(fields.get(1), "board1");
            messages[0] = error.getText();
            okEnabled[0] = ok.isEnabled();
            Waits.idle(300);
            try {
                Shots.take(dialog, "add-target");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            retype(fields.get(1), "board1:99999");
            messages[1] = error.getText();
            okEnabled[1] = ok.isEnabled();
            retype(fields.get(1), "board1:7443");
            messages[2] = error.getText();
            okEnabled[2] = ok.isEnabled();
            Widgets.click(Widgets.button(dialog, "Cancel"));
        });
        click(item("Add a target"));
        Waits.until("the Add Target dialog", 30, () -> add.done);
        add.check();
        assertTrue(messages[0].contains("'board1' has no port") && messages[0].contains("7443"), messages[0]);
        assertFalse(okEnabled[0], "OK with no port");
        assertTrue(messages[1].contains("the port is a number from 1 to 65535"), messages[1]);
        assertFalse(okEnabled[1], "OK with port 99999");
        assertEquals("", messages[2]);
        assertTrue(okEnabled[2], "OK once the address has its port");
        assertTrue(Targets.get().all().isEmpty(), "Cancel adds nothing");
    }

    private void retype(Text field, String text) {
        RealEvents.focus(field);
        RealEvents.key(display, 'a', SWT.CTRL);
        RealEvents.type(display, text);
        assertEquals(text, field.getText());
    }

    @Test
    void deployDeploysTheConfigOfTheActiveEditorWithItsProgressInTheProgressView() throws Exception {
        agent = SimAgent.start(certs, null);
        project = TestProject.create("deploy-edges");
        Targets.get().add(agent.target("sim"));
        Targets.get().connect("sim");
        Waits.until("the target to connect", 60, () -> Targets.get().state("sim").connected());
        page.showView("org.eclipse.ui.views.ProgressView");
        IDE.openEditor(page, project.file("vm-q35.assign"), "org.eclipse.ui.genericeditor.GenericEditor");
        List<DeployJob> jobs = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean[] shot = { false };
        IJobChangeListener running = new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                if (event.getJob() instanceof DeployJob job) {
                    jobs.add(job);
                    display.asyncExec(() -> {
                        try {
                            page.showView("org.eclipse.ui.views.ProgressView");
                            Waits.idle(200);
                            Shots.take(shell, "progress-deploy");
                            shot[0] = true;
                        } catch (java.io.IOException | org.eclipse.ui.PartInitException e) {
                            throw new AssertionError(e);
                        }
                    });
                }
            }
        };
        Job.getJobManager().addJobChangeListener(running);
        try {
            view.select("sim");
            Ui.Answered plan = Ui.pressWhenOpen(PlanDialog.TITLE, "&Deploy");
            page.activate(view);
            click(item("Deploy the config of the active editor"));
            Waits.until("the plan of the editor's config", 120, () -> plan.title != null);
            assertNotNull(plan.table, "the agent's dry run of the open config");
            assertTrue(plan.table.toString().contains("edu0"), plan.table.toString());
            Waits.until("the deploy job", 120, () -> !jobs.isEmpty() && jobs.get(0).getState() == Job.NONE && shot[0]);
        } finally {
            Job.getJobManager().removeJobChangeListener(running);
        }
        assertTrue(jobs.get(0).isUser(), "a user job: the Progress view shows it");
    }

    @Test
    void rightClickOnAConfigInTheProjectExplorerOffersDeploy() throws Exception {
        project = TestProject.create("explorer-deploy");
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandToLevel(project.project, 1);
        Waits.flush();
        org.eclipse.swt.widgets.Tree tree = explorer.getCommonViewer().getTree();
        org.eclipse.swt.widgets.TreeItem config = Waits.until("the config in the Project Explorer", 30, () -> {
            for (var top : tree.getItems()) {
                if (top.getText().equals("explorer-deploy")) {
                    for (var child : top.getItems()) {
                        if (child.getText().equals("vm-q35.assign")) {
                            return child;
                        }
                    }
                }
            }
            return null;
        }, item -> item != null);
        tree.showItem(config);
        Rectangle at = config.getBounds();
        RealEvents.click(tree, at.x + at.width / 2, at.y + at.height / 2, 1);
        RealEvents.click(tree, at.x + at.width / 2, at.y + at.height / 2, 3);
        List<String> items = Waits.until("the context menu", 20, () -> {
            List<String> labels = new java.util.ArrayList<>();
            if (tree.getMenu() != null) {
                for (var item : tree.getMenu().getItems()) {
                    labels.add(item.getText().replace("&", ""));
                }
            }
            return labels;
        }, labels -> labels.stream().anyMatch(l -> l.startsWith("Deploy to Target")));
        RealEvents.key(display, SWT.ESC, 0);
        assertTrue(items.stream().anyMatch(l -> l.startsWith("Deploy to Target...")), items.toString());
    }

    @Test
    void aPlanOfAConfigWithErrorsListsEachProblemOnce() throws Exception {
        project = TestProject.create("plan-errors");
        project.write("broken.assign", "config broken for \"vm-q35.board\"\nvm guest1 {\n\tmemory 256 MiB\n\tmemlock 512 MiB\n}\nassign nosuch to guest1\n");
        Identities.init(certs, List.of(), "127.0.0.1:0");
        AgentTarget nowhere = new AgentTarget("nowhere", new Target("127.0.0.1", 9), "", certs);
        IStatus status = Ui.await("the plan", 120, DeployHandler.deploy(shell, project.path("broken.assign"), nowhere));
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("plan-errors/broken.assign has an error") && status.getMessage().contains("'nosuch'"),
                status.getMessage());
        IMarker[] language = Waits.until("the language's marker", 60, () -> markers(ProblemMarkers.TYPE), m -> m.length > 0);
        assertEquals(1, language.length, Arrays.toString(language));
        assertEquals(0, markers(DeployMarkers.PROBLEM).length, "no second copy of the problem as a deployment problem");
    }

    private IMarker[] markers(String type) {
        try {
            return project.file("broken.assign").findMarkers(type, false, IResource.DEPTH_ZERO);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }
}
