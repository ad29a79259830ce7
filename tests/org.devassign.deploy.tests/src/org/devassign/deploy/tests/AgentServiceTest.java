package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.HelloResult;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.model.Board;
import org.devassign.model.Register;
import org.devassign.testing.ExampleBoards;
import org.devassign.testing.QemuEdu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent service on a simulated q35 board: transactions, idempotence, roles, identities, policy. */
class AgentServiceTest {

    static final DeviceId EDU0 = DeviceId.parse("0000:00:05.0");
    static final DeviceId EDU1 = DeviceId.parse("0000:00:06.0");
    static final DeviceId EDU2 = DeviceId.parse("0000:01:01.0");
    static final DeviceId EDU3 = DeviceId.parse("0000:01:02.0");
    static final DeviceId NIC = DeviceId.parse("0000:00:02.0");

    @TempDir
    Path dir;

    static DeviceRequest probe(DeviceId device) {
        return new DeviceRequest(device, "device " + device, "test.assign:1", ConsumerName.parse("agent"), ConsumerKind.PROBE, Vfio.PCI,
                OpenPath.GROUP, List.of(0), List.of(0));
    }

    static DeviceRequest vm(DeviceId device) {
        return new DeviceRequest(device, "device " + device, "test.assign:2", ConsumerName.parse("guest1"), ConsumerKind.VM, Vfio.PCI, null,
                List.of(0), List.of());
    }

    static Deployment deployment(String name, DeviceRequest... devices) {
        return new Deployment(name, name + "-digest", List.of(devices));
    }

    @Test
    void helloNamesTheProtocolTheIdentityAndItsRoles() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            HelloResult hello = link.hello();
            assertEquals(Protocol.VERSION, hello.protocol());
            assertEquals("CN=operator,O=DevAssign", hello.identity());
            assertEquals(List.of("operator"), hello.roles());
            assertTrue(hello.capabilities().contains("apply"), hello.capabilities().toString());
        }
    }

    @Test
    void applyBindsAndOpensWithProgressAndTheSameDeploymentTwiceChangesNothing() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            List<Progress> progress = new ArrayList<>();
            Deployment d = deployment("demo", probe(EDU0), vm(EDU2), vm(EDU3));
            try (AgentLink link = AgentLink.connect(agent.target(), AgentLink.Identity.of(dir, "operator"), progress::add, c -> {
            })) {
                PlanResult plan = link.call(link.agent().plan(d));
                assertEquals(List.of("bind", "bind", "bind", "open"), plan.steps().stream().map(s -> s.action().keyword()).toList());
                assertNull(agent.backend.driverOf(EDU0), "plan changes nothing");

                ApplyResult first = link.call(link.agent().apply(d));
                assertTrue(first.changed());
                assertEquals(4, first.steps().size());
                assertEquals("vfio-pci", agent.backend.driverOf(EDU0));
                assertEquals("vfio-pci", agent.backend.driverOf(EDU3));
                assertEquals(1, agent.backend.openCount(EDU0));
                assertEquals(0, agent.backend.openCount(EDU2), "a VM's devices are bound, not opened by the agent");
                assertEquals(8, progress.size(), "started and done per step: " + progress);

                long binds = agent.backend.bindCount();
                ApplyResult second = link.call(link.agent().apply(d));
                assertFalse(second.changed());
                assertEquals(List.of(), second.steps());
                assertEquals(binds, agent.backend.bindCount(), "no bind the second time");
                assertEquals(1, agent.backend.openCount(EDU0), "no second open");
                assertTrue(link.call(link.agent().plan(d)).steps().isEmpty());

                Status status = link.call(link.agent().status());
                assertEquals("demo", status.config());
                assertEquals(3, status.devices().size());

                ApplyResult rollback = link.call(link.agent().rollback(new RollbackRequest("demo")));
                assertTrue(rollback.changed());
                assertNull(agent.backend.driverOf(EDU0));
                assertNull(agent.backend.driverOf(EDU3));
                assertEquals(0, agent.backend.openCount(EDU0));
                assertNull(link.call(link.agent().status()).config());
            }
            assertTrue(agent.audit().stream().anyMatch(l -> l.contains("\"apply demo\"") && l.contains("\"unchanged\"")), agent.audit().toString());
        }
    }

    @Test
    void aDifferentDeploymentReleasesWhatTheOldOneHeld() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(deployment("one", probe(EDU0))));
            ApplyResult two = link.call(link.agent().apply(deployment("two", probe(EDU1))));
            assertEquals(List.of("close", "restore", "bind", "open"), two.steps().stream().map(s -> s.action().keyword()).toList());
            assertNull(agent.backend.driverOf(EDU0));
            assertEquals("vfio-pci", agent.backend.driverOf(EDU1));
        }
    }

    @Test
    void registersNeedTheDebuggerRoleAndReadTheEduId() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            try (AgentLink operator = agent.link("operator")) {
                operator.call(operator.agent().apply(deployment("demo", probe(EDU0))));
                AgentFailure refused = assertThrows(AgentFailure.class,
                        () -> operator.call(operator.agent().read(new RegisterAccess(EDU0, 0, 0, 4, 0))));
                assertEquals(ErrorCode.NOT_AUTHORIZED, refused.errorCode().orElseThrow());
                assertTrue(refused.getMessage().contains("needs debugger"), refused.getMessage());
            }
            // edu0 as QEMU's edu documents it, at the offsets, widths and size of the board model the agent simulates
            Board model = ExampleBoards.q35();
            Register id = ExampleBoards.register(model, "edu0", "BAR0", "ID");
            Register liveness = ExampleBoards.register(model, "edu0", "BAR0", "LIVENESS");
            long bar0Size = ExampleBoards.region(ExampleBoards.device(model, "edu0"), "BAR0").getSize();
            try (AgentLink debugger = agent.link("debugger")) {
                assertEquals(QemuEdu.ID, debugger.call(debugger.agent().read(new RegisterAccess(EDU0, 0, id.getOffset(), id.getWidth() / 8, 0)))
                        .value());
                long probe = QemuEdu.livenessProbe();
                debugger.call(debugger.agent().write(new RegisterAccess(EDU0, 0, liveness.getOffset(), liveness.getWidth() / 8, probe)));
                assertEquals(QemuEdu.liveness(probe), debugger.call(debugger.agent().read(new RegisterAccess(EDU0, 0, liveness.getOffset(),
                        liveness.getWidth() / 8, 0))).value(), "liveness after writing 0x" + Long.toHexString(probe));
                AgentFailure past = assertThrows(AgentFailure.class,
                        () -> debugger.call(debugger.agent().read(new RegisterAccess(EDU0, 0, bar0Size, 4, 0))));
                assertEquals(ErrorCode.BAD_ACCESS, past.errorCode().orElseThrow());
                AgentFailure notOpen = assertThrows(AgentFailure.class,
                        () -> debugger.call(debugger.agent().read(new RegisterAccess(EDU1, 0, 0, 4, 0))));
                assertEquals(ErrorCode.NOT_DEPLOYED, notOpen.errorCode().orElseThrow());
                AgentFailure apply = assertThrows(AgentFailure.class, () -> debugger.call(debugger.agent().apply(deployment("x", probe(EDU1)))));
                assertEquals(ErrorCode.NOT_AUTHORIZED, apply.errorCode().orElseThrow());
            }
        }
    }

    @Test
    void aViewerMayLookButNotChangeAndTheRefusalIsAudited() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink viewer = agent.link("viewer")) {
            assertTrue(viewer.call(viewer.agent().inventory()).boardXml().contains("edu0"));
            AgentFailure refused = assertThrows(AgentFailure.class, () -> viewer.call(viewer.agent().apply(deployment("demo", probe(EDU0)))));
            assertEquals(ErrorCode.NOT_AUTHORIZED, refused.errorCode().orElseThrow());
            assertNull(agent.backend.driverOf(EDU0));
            assertTrue(agent.audit().stream().anyMatch(l -> l.contains("CN=viewer") && l.contains("\"refused\"") && l.contains("apply")),
                    agent.audit().toString());
        }
    }

    @Test
    void aCertificateOfTheCaWithoutARoleMayDoNothing() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            Identities.issue(Identities.authority(dir), dir.resolve("stranger.p12"), "stranger", List.of(), false, Instant.now(),
                    Duration.ofDays(1));
            IOException e = assertThrows(IOException.class, () -> agent.link("stranger").close());
            assertTrue(e.getMessage().contains("no role"), e.getMessage());
        }
    }

    @Test
    void aCertificateOfAnotherCaIsRefusedInTheHandshake() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            Path other = dir.resolve("other-ca");
            Identities.init(other, List.of(), "127.0.0.1:0");
            IOException e = assertThrows(IOException.class, () -> AgentLink.connect(agent.target(), new AgentLink.Identity(
                    other.resolve("operator.p12"), dir.resolve("ca.p12"), null), p -> {
                    }, c -> {
                    }).close());
            assertTrue(e.getMessage().contains("cannot talk to the agent"), e.getMessage());
            assertTrue(waitForAudit(agent, "TLS handshake failed"), "the refusal is audited");
        }
    }

    @Test
    void anExpiredCertificateIsRefusedInTheHandshake() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            Identities.issue(Identities.authority(dir), dir.resolve("expired.p12"), "operator", List.of(), false,
                    Instant.now().minus(Duration.ofDays(30)), Duration.ofDays(1));
            assertThrows(IOException.class, () -> AgentLink.connect(agent.target(), new AgentLink.Identity(dir.resolve("expired.p12"),
                    dir.resolve("ca.p12"), null), p -> {
                    }, c -> {
                    }).close());
            assertTrue(waitForAudit(agent, "TLS handshake failed"), agent.audit().toString());
            assertNull(agent.backend.driverOf(EDU0));
        }
    }

    static boolean waitForAudit(TestAgent agent, String text) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (agent.audit().stream().anyMatch(l -> l.contains(text))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void aProtectedDeviceIsRefusedWhateverTheConfigSaysAndNothingChanges() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(deployment("bad", probe(EDU0), probe(NIC)))));
            assertEquals(ErrorCode.PROTECTED_DEVICE, e.errorCode().orElseThrow());
            assertEquals(NIC, e.error().device());
            assertEquals("test.assign:1", e.error().source());
            assertTrue(e.getMessage().contains("agent's own connection"), e.getMessage());
            assertNull(agent.backend.driverOf(EDU0), "refused before any step");
            assertEquals("virtio-pci", agent.backend.driverOf(NIC));
            assertEquals(0, agent.backend.bindCount());
        }
    }

    @Test
    void aHalfAssignableGroupIsRefusedNamingTheCompanion() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            agent.backend.setDriver(EDU3, "uio_pci_generic");
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(deployment("half", probe(EDU2)))));
            assertEquals(ErrorCode.GROUP_NOT_VIABLE, e.errorCode().orElseThrow());
            assertTrue(e.getMessage().contains(EDU3 + " (on uio_pci_generic)"), e.getMessage());
            assertNull(agent.backend.driverOf(EDU2));
            assertEquals(0, agent.backend.bindCount());
        }
    }

    @Test
    void aFailedStepPutsEveryDeviceBack() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            agent.backend.failNextBind(EDU1);
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(deployment("fails", probe(EDU0), probe(EDU1)))));
            assertEquals(ErrorCode.BIND_FAILED, e.errorCode().orElseThrow());
            assertEquals(EDU1, e.error().device());
            assertNull(agent.backend.driverOf(EDU0), "edu0 was bound first and is restored");
            assertNull(agent.backend.driverOf(EDU1));
            assertEquals(0, agent.backend.openCount(EDU0));
            Status status = link.call(link.agent().status());
            assertNull(status.config());
            assertTrue(status.lastOutcome().startsWith("aborted"), status.lastOutcome());
        }
    }

    @Test
    void anUnknownDeviceIsRefused() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(deployment("x", probe(DeviceId.parse("0000:09:00.0"))))));
            assertEquals(ErrorCode.UNKNOWN_DEVICE, e.errorCode().orElseThrow());
        }
    }

    @Test
    void thePolicyAllowListIsEnforced() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "policy.allow = " + EDU1); AgentLink link = agent.link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(deployment("x", probe(EDU0)))));
            assertEquals(ErrorCode.NOT_ALLOWED_BY_POLICY, e.errorCode().orElseThrow());
            link.call(link.agent().apply(deployment("y", probe(EDU1))));
            assertEquals("vfio-pci", agent.backend.driverOf(EDU1));
        }
    }

    @Test
    void aDeviceAlreadyOnItsVfioDriverIsTakenAsItIsBesideOthersThatAreBound() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            agent.backend.setDriver(EDU1, "vfio-pci");
            Deployment d = deployment("mixed", probe(EDU0), vm(EDU1));
            PlanResult plan = link.call(link.agent().plan(d));
            assertEquals(List.of("bind", "open"), plan.steps().stream().map(s -> s.action().keyword()).toList());
            assertEquals(List.of(EDU1 + " is already on vfio-pci (not through this agent): it is taken as it is"), plan.notes());
            ApplyResult applied = link.call(link.agent().apply(d));
            assertTrue(applied.changed());
            assertEquals(List.of(EDU0), applied.devices().stream().map(s -> s.device()).toList(), "only what the agent bound is held");
            assertEquals("mixed", link.call(link.agent().status()).config());
        }
    }
}
