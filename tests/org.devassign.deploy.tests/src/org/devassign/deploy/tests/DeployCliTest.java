package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.cli.Cli;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.DeployErrors;
import org.devassign.deploy.Planner;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.QemuEdu;
import org.devassign.testing.RepoFiles;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** The planner on the example config, error mapping, and the CLI verbs against an agent on a simulated board. */
class DeployCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Planner.Plan examplePlan() throws Exception {
        Path file = RepoFiles.example("vm-q35.assign");
        AssignmentConfig config = ConfigWorkspace.create().config(file);
        return Planner.plan(config, "examples/vm-q35.assign");
    }

    @Test
    void thePlanOfTheExampleConfigOpensWhatTheAgentAndDriversUseAndBindsTheVmGroup() throws Exception {
        Planner.Plan plan = examplePlan();
        List<DeviceRequest> devices = plan.deployment().devices();
        assertEquals(List.of("0000:00:05.0", "0000:00:06.0", "0000:01:01.0", "0000:01:02.0"), devices.stream().map(r -> r.device().kernelName()).toList(),
                "the idle bridge 0000:00:07.0 of group 6 is left alone");
        assertEquals(OpenPath.GROUP, devices.get(0).open());
        assertEquals(ConsumerKind.PROBE, devices.get(0).consumerKind());
        assertEquals(Vfio.PCI, devices.get(0).driver());
        assertEquals(List.of(0), devices.get(0).irqs(), "irq intx eventfd");
        assertEquals(OpenPath.AUTO, devices.get(1).open());
        assertEquals(ConsumerName.parse("edu-driver"), devices.get(1).consumer());
        assertNull(devices.get(2).open(), "QEMU opens a VM's devices");
        assertTrue(devices.get(0).source().matches("examples/vm-q35.assign:\\d+"), devices.get(0).source());
        assertEquals(examplePlan().deployment().digest(), plan.deployment().digest(), "the digest is stable");
    }

    @Test
    void agentErrorsNameTheConfigLineAndTheModelElement() throws Exception {
        Planner.Plan plan = examplePlan();
        AgentFailure failure = new AgentFailure(new ResponseError(-32011, "0000:00:05.0 is protected: it carries the root file system",
                new org.devassign.agent.api.AgentError(DeviceId.parse("0000:00:05.0"), null, "EBUSY")));
        String text = DeployErrors.explain(failure, plan);
        int line = plan.origin(DeviceId.parse("0000:00:05.0")).line();
        assertTrue(text.startsWith("examples/vm-q35.assign:" + line + ": assignment of device edu0 (0000:00:05.0) to agent: device edu0"), text);
        assertTrue(text.contains("protected device: 0000:00:05.0 is protected"), text);
        assertTrue(text.endsWith("(kernel: EBUSY)"), text);
    }

    @Test
    void certsInitDeployStatusRegsInventoryRollbackFromTheCommandLine() throws Exception {
        Path certs = dir.resolve("certs");
        Run init = cli("certs", "init", "--dir", certs.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(Files.exists(certs.resolve("debugger.p12")));
        try (TestAgent agent = TestAgent.start(certs, null)) {
            String target = "127.0.0.1:" + agent.main.port();
            String config = RepoFiles.example("vm-q35.assign").toString();

            Run plan = cli("plan", config, "--target", target, "--certs", certs.toString());
            assertEquals(0, plan.code(), plan.err());
            assertTrue(plan.out().contains("bind") && plan.out().contains("edu0"), plan.out());
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")));

            Run deploy = cli("deploy", config, "--target", target, "--certs", certs.toString());
            assertEquals(0, deploy.code(), deploy.err());
            assertTrue(deploy.out().contains("applied vm-q35-demo"), deploy.out());
            assertTrue(deploy.err().contains("[1/6] bind"), "progress as plain lines: " + deploy.err());
            assertEquals("vfio-pci", agent.backend.driverOf(DeviceId.parse("0000:01:02.0")));

            Run again = cli("deploy", config, "--target", target, "--certs", certs.toString(), "--json");
            assertEquals(0, again.code(), again.err());
            assertTrue(!JsonParser.parseString(again.out()).getAsJsonObject().getAsJsonObject("result").get("changed").getAsBoolean());

            Run status = cli("status", "--target", target, "--certs", certs.toString());
            assertTrue(status.out().contains("deployed: vm-q35-demo"), status.out());

            Run regs = cli("regs", "read", "edu0", "BAR0", "ID", "--config", config, "--target", target, "--certs", certs.toString());
            assertEquals(0, regs.code(), regs.err());
            assertTrue(regs.out().contains(String.format("= 0x%08x", QemuEdu.ID)), "edu's documented ID: " + regs.out());

            Run denied = cli("regs", "read", "0000:00:05.0", "0", "--target", target, "--certs", certs.toString(), "--role", "viewer");
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("not authorized"), denied.err());

            Path board = dir.resolve("live.board");
            Run inventory = cli("inventory", "--target", target, "--certs", certs.toString(), "-o", board.toString());
            assertEquals(0, inventory.code(), inventory.err());
            assertEquals("vfio-pci", BoardFiles.load(board).getDevices().stream().filter(d -> "edu0".equals(d.getName())).findFirst()
                    .orElseThrow().getDriver());

            // no interrupt before edu is asked for one; then one per write to its IRQ_RAISE register
            Run quiet = cli("irq", "watch", "0000:00:05.0", "--seconds", "0", "--target", target, "--certs", certs.toString());
            assertEquals(0, quiet.code(), quiet.err());
            assertTrue(quiet.out().contains("final irq counts: {0=0}"), quiet.out());
            int raised = 3;
            for (int i = 0; i < raised; i++) {
                Run raise = cli("regs", "write", "edu0", "BAR0", "IRQ_RAISE", "1", "--config", config, "--target", target, "--certs",
                        certs.toString());
                assertEquals(0, raise.code(), raise.err());
            }
            Run irq = cli("irq", "watch", "0000:00:05.0", "--seconds", "0", "--target", target, "--certs", certs.toString());
            assertEquals(0, irq.code(), irq.err());
            assertTrue(irq.out().contains("final irq counts: {0=" + raised + "}"), irq.out());

            Run rollback = cli("rollback", "--target", target, "--certs", certs.toString());
            assertEquals(0, rollback.code(), rollback.err());
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")));
        }
    }

    @Test
    void aConfigThatTakesAProtectedDeviceIsRefusedAtItsLineBeforeTheAgentIsAsked() throws Exception {
        Path certs = dir.resolve("certs");
        Files.copy(RepoFiles.example("vm-q35.board"), dir.resolve("vm-q35.board"));
        Path config = Files.writeString(dir.resolve("nic.assign"), NIC_CONFIG);
        try (TestAgent agent = TestAgent.start(certs, null)) {
            Run deploy = cli("deploy", config.toString(), "--target", "127.0.0.1:" + agent.main.port(), "--certs", certs.toString());
            assertEquals(1, deploy.code(), deploy.out() + deploy.err());
            int line = lineOf(NIC_CONFIG, "assign \"0000:00:02.0\"");
            assertTrue(deploy.err().contains(config + ":" + line + ":8: error: The device nic (0000:00:02.0) is protected"), deploy.err());
            List<String> audit = Files.exists(agent.config.auditFile()) ? agent.audit() : List.of();
            assertTrue(audit.stream().noneMatch(l -> l.contains("apply")), "the agent was never asked: " + audit);
            assertEquals(0, agent.backend.bindCount());
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")));
        }
    }

    @Test
    void aProtectedDeviceTheBoardModelMissesIsRefusedByTheAgentAndReportedAtItsLine() throws Exception {
        Path certs = dir.resolve("certs");
        // a stale board model: on the board the NIC carries the agent's connection, the model does not say so
        String board = Files.readString(RepoFiles.example("vm-q35.board"));
        String stale = board.replace(" protection=\"agent-connection\"", "");
        assertNotEquals(board, stale);
        Files.writeString(dir.resolve("vm-q35.board"), stale);
        Path config = Files.writeString(dir.resolve("nic.assign"), NIC_CONFIG);
        try (TestAgent agent = TestAgent.start(certs, null)) { // simulates the example board, where the NIC is protected
            Run deploy = cli("deploy", config.toString(), "--target", "127.0.0.1:" + agent.main.port(), "--certs", certs.toString());
            assertEquals(1, deploy.code(), deploy.out() + deploy.err());
            int line = lineOf(NIC_CONFIG, "assign \"0000:00:02.0\"");
            assertTrue(deploy.err().contains(config + ":" + line + ": assignment of device nic (0000:00:02.0) to agent: "), deploy.err());
            // the simulated agent's reason is the core's one wording of the protection
            assertTrue(deploy.err().contains(ProtectionKind.AGENT_CONNECTION.why()), "the agent's reason: " + deploy.err());
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")), "refused before any step");
            assertEquals("virtio-pci", agent.backend.driverOf(DeviceId.parse("0000:00:02.0")));
        }
    }

    /** edu0 and the NIC (by address) to the agent. */
    private static final String NIC_CONFIG = """
            config take-nic for "vm-q35.board"

            probe agent {
            	memlock 16 MiB
            }

            assign edu0 to agent {
            	map BAR0
            }

            assign "0000:00:02.0" to agent
            """;

    /** The 1-based line of the first line of {@code text} that starts with {@code start}. */
    static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
