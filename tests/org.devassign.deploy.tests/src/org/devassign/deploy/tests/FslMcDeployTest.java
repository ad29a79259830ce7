package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.ProgressState;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.Step;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.CoreBackend;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Planner;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.SimulatedSysfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fsl-mc decided one way, by the rule {@code Vfio.forDevice}: a DPAA2 container goes to vfio-fsl-mc
 * as a unit (its objects follow it) and is opened through its IOMMU group. The same config is
 * validated, planned, and applied to the agent on the simulated backend and on the core backend
 * over a simulated fsl-mc sysfs, and every layer makes the same decision. No fsl-mc hardware exists
 * here: the core backend's binding runs against the simulated kernel, and its open stops where the
 * simulated tree has no VFIO character devices (after taking the group path).
 */
class FslMcDeployTest {

    static final DeviceId DPRC2 = DeviceId.parse("dprc.2");
    static final DeviceId DPNI0 = DeviceId.parse("dpni.0");
    static final DeviceId DPIO1 = DeviceId.parse("dpio.1");

    /** The board of {@link SimulatedSysfs#dpaa2}, as a model. */
    static final String BOARD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <devassign:Board xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:devassign="http://devassign.org/model/1.0" name="lx2-dpaa2" architecture="aarch64" kernelCapabilities="vfio-fsl-mc">
              <devices xsi:type="devassign:FslMcContainer" name="dprc2" sysfsName="dprc.2" driver="fsl_mc_dprc" iommuGroup="9" containerId="2"/>
              <devices xsi:type="devassign:FslMcObject" name="dpni0" sysfsName="dpni.0" driver="fsl_dpaa2_eth" iommuGroup="9" parent="dprc2"
                  objectType="dpni" objectId="0"/>
              <devices xsi:type="devassign:FslMcObject" name="dpio1" sysfsName="dpio.1" driver="fsl_mc_dpio" iommuGroup="9" parent="dprc2"
                  objectType="dpio" objectId="1"/>
              <iommuGroups id="9" devices="dprc2 dpni0 dpio1"/>
            </devassign:Board>
            """;

    static final String CONFIG = """
            config lx2 for "lx2-dpaa2.board"

            userspace dpdk {
            	uid 0
            	gid 0
            	memlock 64 MiB
            }

            assign group 9 to dpdk {
            	open group
            }
            """;

    @TempDir
    Path dir;

    private Path boardFile() throws Exception {
        Path board = Files.createDirectories(dir.resolve("config")).resolve("lx2-dpaa2.board");
        Files.writeString(board, BOARD);
        return board;
    }

    private Planner.Plan plan() throws Exception {
        boardFile();
        Path file = dir.resolve("config/lx2.assign");
        Files.writeString(file, CONFIG);
        ConfigWorkspace workspace = ConfigWorkspace.create();
        assertEquals(List.of(), workspace.validate(file).stream().filter(Problem::isError).toList(), "the validator accepts fsl-mc");
        var config = workspace.config(file);
        return Planner.plan(config, "lx2.assign");
    }

    @Test
    void thePlannerSendsTheContainerAloneToVfioFslMcOpenedThroughItsGroup() throws Exception {
        List<DeviceRequest> requests = plan().deployment().devices();
        assertEquals(1, requests.size(), "its objects follow the container: " + requests);
        DeviceRequest dprc = requests.get(0);
        assertEquals(DPRC2, dprc.device());
        assertEquals(Vfio.FSL_MC, dprc.driver(), "driver auto is the bus's driver");
        assertEquals(Vfio.forDevice(DPRC2), dprc.driver());
        assertEquals(OpenPath.GROUP, dprc.open());
        assertEquals(ConsumerKind.USERSPACE, dprc.consumerKind());
    }

    private static List<String> words(List<Step> steps) {
        return steps.stream().map(s -> s.action() + " " + s.device() + ": " + s.detail()).toList();
    }

    private static TestAgent start(Path dir, BoardBackend backend) throws Exception {
        return TestAgent.start(dir, null, backend, r -> {
        });
    }

    @Test
    void theAgentDecidesTheSameOnTheSimulatedBackendAndOnTheCoreBackendOverAnFslMcSysfs() throws Exception {
        Deployment deployment = plan().deployment();
        List<String> expected = List.of("bind dprc.2: fsl_mc_dprc -> vfio-fsl-mc", "open dprc.2: open group");

        SimulatedBackend simulated = new SimulatedBackend(BoardFiles.load(boardFile()), dir.resolve("sim"));
        PlanResult simulatedPlan;
        try (TestAgent agent = start(dir.resolve("simulated-agent"), simulated); AgentLink link = agent.link("operator")) {
            simulatedPlan = link.call(link.agent().plan(deployment));
            assertEquals(expected, words(simulatedPlan.steps()));
            // the test agent serves no fd hand-off (no handoff.dir): the plan says dpdk could not take its descriptors
            assertEquals(List.of("dpio.1, dpni.0 follow dprc.2 onto vfio-fsl-mc (the kernel binds a container's objects with it)",
                    "dpdk cannot receive its descriptors: this agent serves no hand-off (set handoff.dir in its config)"),
                    simulatedPlan.notes());
            link.call(link.agent().apply(deployment));
            for (DeviceId d : List.of(DPRC2, DPNI0, DPIO1)) {
                assertEquals("vfio-fsl-mc", simulated.driverOf(d), d.toString());
            }
            Status status = link.call(link.agent().status());
            assertEquals(List.of(DPRC2), status.devices().stream().map(s -> s.device()).toList());
            assertTrue(status.devices().get(0).open(), "opened through its group");
            link.call(link.agent().rollback(new RollbackRequest(null)));
            assertEquals("fsl_mc_dprc", simulated.driverOf(DPRC2));
            assertEquals("fsl_dpaa2_eth", simulated.driverOf(DPNI0));
        }

        SimulatedSysfs board = SimulatedSysfs.dpaa2(dir.resolve("board"));
        Map<String, String> before = board.snapshot();
        List<Progress> progress = new ArrayList<>();
        try (TestAgent agent = start(dir.resolve("core-agent"), new CoreBackend(board.sys, board::write, List::of));
                AgentLink link = AgentLink.connect(agent.target(), AgentLink.Identity.of(agent.dir, "operator"), progress::add, c -> {
                })) {
            PlanResult corePlan = link.call(link.agent().plan(deployment));
            assertEquals(words(simulatedPlan.steps()), words(corePlan.steps()), "the same steps on both backends");
            assertEquals(simulatedPlan.notes(), corePlan.notes());

            AgentFailure open = org.junit.jupiter.api.Assertions.assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(deployment)));
            assertEquals(ErrorCode.OPEN_FAILED, open.errorCode().orElseThrow(), open.getMessage());
            assertTrue(open.getMessage().contains("the VFIO container for dprc.2"), "the group path was taken: " + open.getMessage());
            assertTrue(progress.stream().anyMatch(p -> p.action() == StepKind.BIND && p.state() == ProgressState.DONE), progress.toString());
            assertTrue(progress.stream().anyMatch(p -> p.action() == StepKind.OPEN && p.state() == ProgressState.FAILED), progress.toString());
            assertTrue(progress.stream().anyMatch(p -> p.state() == ProgressState.UNDONE && p.device().equals(DPRC2)), progress.toString());
            assertTrue(board.writes.contains("bus/fsl-mc/devices/dprc.2/driver_override=vfio-fsl-mc"), board.writes.toString());
            assertTrue(board.writes.contains("bus/fsl-mc/drivers_probe=dprc.2"), board.writes.toString());
            assertTrue(board.writes.stream().allMatch(w -> w.startsWith("bus/fsl-mc/")), "only the fsl-mc bus: " + board.writes);
            assertEquals(before, board.snapshot(), "undone: the container and its objects are back on their host drivers");

            // the same decision for a consumer the agent does not open (bound only): the whole transaction on the core backend
            List<DeviceRequest> bindOnly = deployment.devices().stream().map(r -> new DeviceRequest(r.device(), r.label(), r.source(),
                    r.consumer(), r.consumerKind(), r.driver(), null, r.regions(), r.irqs())).toList();
            ApplyResult bound = link.call(link.agent().apply(new Deployment("lx2-bind", "b", bindOnly)));
            assertEquals(List.of("bind dprc.2: fsl_mc_dprc -> vfio-fsl-mc"), words(bound.steps()));
            assertEquals("vfio-fsl-mc", board.driver("dprc.2"));
            assertEquals("vfio-fsl-mc", board.driver("dpni.0"), "the objects followed their container");
            assertEquals("vfio-fsl-mc", board.driver("dpio.1"));
            link.call(link.agent().rollback(new RollbackRequest(null)));
            assertEquals(before, board.snapshot(), "rolled back");
        }
    }
}
