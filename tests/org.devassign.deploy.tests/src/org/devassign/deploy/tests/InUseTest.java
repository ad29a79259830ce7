package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.HostLoss;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device the host uses (here edu1 on a host driver with a mounted disk, as the simulated board says)
 * is refused by plan and apply unless the request says force, with the reason and the remedy; the plan
 * lists what the host loses; a use that appears while the transaction runs is found right before the
 * device's bind, and the transaction is undone.
 */
class InUseTest {

    static final DeviceId EDU0 = AgentServiceTest.EDU0;
    static final DeviceId EDU1 = AgentServiceTest.EDU1;
    static final List<HostUse> MOUNTED = List.of(new HostUse(HostUse.Kind.BLOCK, "/dev/nvme0n1", "64 MiB disk", false),
            new HostUse(HostUse.Kind.MOUNT, "/dev/nvme0n1", "mounted on /data", true));

    @TempDir
    Path dir;

    static DeviceRequest probe(DeviceId device, boolean force) {
        return new DeviceRequest(device, "device " + device, "test.assign:1", ConsumerName.parse("agent"), ConsumerKind.PROBE, Vfio.PCI,
                OpenPath.GROUP, List.of(0), List.of(0), force);
    }

    @Test
    void aMountedDiskIsRefusedByPlanAndApplyWithTheReasonAndTakenWithForce() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink operator = agent.link("operator")) {
            agent.backend.setDriver(EDU1, "uio_pci_generic");
            agent.backend.setUsage(EDU1, MOUNTED);
            Deployment plain = AgentServiceTest.deployment("inuse", probe(EDU1, false));
            String expected = "device 0000:00:06.0 holds /dev/nvme0n1, mounted on /data: giving it away fails those reads and writes;"
                    + " unmount it first, or mark the assignment `force`. The agent takes a device the host uses only when asked with force;"
                    + " nothing was changed";
            AgentFailure planned = assertThrows(AgentFailure.class, () -> operator.call(operator.agent().plan(plain)));
            assertTrue(planned.is(ErrorCode.DEVICE_IN_USE), planned.getMessage());
            assertEquals(expected, planned.getMessage());
            AgentFailure applied = assertThrows(AgentFailure.class, () -> operator.call(operator.agent().apply(plain)));
            assertTrue(applied.is(ErrorCode.DEVICE_IN_USE));
            assertEquals(EDU1, applied.error().device());
            assertEquals("test.assign:1", applied.error().source());
            assertEquals(0, agent.backend.bindCount(), "refused before any step");
            assertEquals("uio_pci_generic", agent.backend.driverOf(EDU1));

            Deployment forced = AgentServiceTest.deployment("inuse", probe(EDU1, true));
            PlanResult plan = operator.call(operator.agent().plan(forced));
            assertEquals(List.of(new HostLoss(EDU1, "device 0000:00:06.0", "uio_pci_generic", List.of("/dev/nvme0n1 (64 MiB disk)"),
                    List.of("holds /dev/nvme0n1, mounted on /data"))), plan.losses());
            assertTrue(operator.call(operator.agent().apply(forced)).changed());
            assertEquals("vfio-pci", agent.backend.driverOf(EDU1));
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
            assertEquals("uio_pci_generic", agent.backend.driverOf(EDU1));
        }
    }

    @Test
    void aDeviceTheHostOnlyLosesIsTakenWithoutForceAndThePlanSaysWhatGoes() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink operator = agent.link("operator")) {
            agent.backend.setDriver(EDU1, "e1000e");
            agent.backend.setUsage(EDU1, List.of(new HostUse(HostUse.Kind.INTERFACE, "eth1", "down", false)));
            Deployment d = AgentServiceTest.deployment("lost", probe(EDU1, false), probe(EDU0, false));
            PlanResult plan = operator.call(operator.agent().plan(d));
            assertEquals(List.of(new HostLoss(EDU1, "device 0000:00:06.0", "e1000e", List.of("interface eth1"), List.of())), plan.losses(),
                    "edu0 is on no driver: the host loses nothing with it");
            assertTrue(operator.call(operator.agent().apply(d)).changed());
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
        }
    }

    @Test
    void aUseThatAppearsWhileTheTransactionRunsIsFoundRightBeforeTheBindAndEverythingIsUndone() throws Exception {
        SimulatedBackend backend = new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        backend.setDriver(EDU1, "uio_pci_generic");
        // the disk is mounted after the agent's checks, while it binds edu0
        try (TestAgent agent = TestAgent.start(dir, null, backend, record -> {
            if (record.matches("intent:bind")) {
                backend.setUsage(EDU1, MOUNTED);
            }
        }); AgentLink operator = agent.link("operator")) {
            Deployment d = AgentServiceTest.deployment("race", probe(EDU0, false), probe(EDU1, false));
            AgentFailure e = assertThrows(AgentFailure.class, () -> operator.call(operator.agent().apply(d)));
            assertTrue(e.is(ErrorCode.DEVICE_IN_USE), e.getMessage());
            assertTrue(e.getMessage().contains("holds /dev/nvme0n1, mounted on /data") && e.getMessage().contains("back on its previous driver"),
                    e.getMessage());
            assertEquals(null, backend.driverOf(EDU0), "edu0, bound first, is undone");
            assertEquals("uio_pci_generic", backend.driverOf(EDU1));
        }
    }
}
