package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.Step;
import org.devassign.agent.api.VfRequest;
import org.devassign.agent.service.backend.CoreBackend;
import org.devassign.agent.service.journal.Journal;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.testing.SimulatedSysfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SR-IOV through the agent on the core backend over a simulated kernel that creates and removes
 * VFs as drivers/pci/iov.c does: the VFs a deployment asks for are created with host drivers kept
 * off them (autoprobe 0), bound to vfio-pci while the PF keeps igb, and removed on rollback, on a
 * failed step and on recovery after a crash at any journal record, leaving the board as it was.
 */
class SriovDeployTest {

    static final DeviceId PF = DeviceId.parse("0000:00:0c.0");
    static final DeviceId VF0 = DeviceId.parse("0000:00:1c.0");
    static final DeviceId VF1 = DeviceId.parse("0000:00:1c.2");

    @TempDir
    Path dir;

    /** The lab board's igb (7 VFs at offset 128, stride 2, VF driver igbvf) on an otherwise empty board. */
    private SimulatedSysfs board() throws Exception {
        SimulatedSysfs sysfs = new SimulatedSysfs(dir.resolve("board"));
        sysfs.driver("pci", "igb").driver("pci", "igbvf").driver("pci", "vfio-pci");
        sysfs.sriovPf("pci0000:00/0000:00:0c.0", 11, "igb", 7, 128, 2, "10ca", "igbvf");
        return sysfs;
    }

    private static Deployment twoVfs() {
        return new Deployment("nics", "nics-1", List.of(AgentServiceTest.vm(VF0), AgentServiceTest.vm(VF1)),
                List.of(new VfRequest(PF, "device nic0 (0000:00:0c.0)", "nics.assign:3", 3)));
    }

    private TestAgent start(SimulatedSysfs sysfs, Journal.Listener listener) throws Exception {
        return TestAgent.start(dir.resolve("agent"), null, new CoreBackend(sysfs.sys, sysfs::write, List::of), listener);
    }

    private static List<String> words(List<Step> steps) {
        return steps.stream().map(s -> s.action() + " " + s.device() + ": " + s.detail()).toList();
    }

    private static String autoprobe(SimulatedSysfs sysfs) throws Exception {
        return Files.readString(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_drivers_autoprobe")).strip();
    }

    @Test
    void vfsAreCreatedWithoutHostDriversBoundToVfioAndRemovedOnRollback() throws Exception {
        SimulatedSysfs sysfs = board();
        Map<String, String> before = sysfs.snapshot();
        try (TestAgent agent = start(sysfs, e -> {
        }); AgentLink link = agent.link("operator")) {
            PlanResult plan = link.call(link.agent().plan(twoVfs()));
            assertEquals(List.of("create-vfs 0000:00:0c.0: 0 -> 3 VFs (host drivers kept off them)",
                    "bind 0000:00:1c.0: (no driver) -> vfio-pci", "bind 0000:00:1c.2: (no driver) -> vfio-pci"), words(plan.steps()));
            assertEquals(before, sysfs.snapshot(), "planning changes nothing");

            ApplyResult applied = link.call(link.agent().apply(twoVfs()));
            assertTrue(applied.changed());
            assertEquals("igb", sysfs.driver("0000:00:0c.0"), "the PF keeps its driver");
            assertEquals("vfio-pci", sysfs.driver("0000:00:1c.0"));
            assertEquals("vfio-pci", sysfs.driver("0000:00:1c.2"));
            assertNull(sysfs.driver("0000:00:1c.4"), "the third VF is created but no host driver took it (autoprobe 0)");
            assertEquals("0", autoprobe(sysfs));
            assertEquals(List.of(), link.call(link.agent().plan(twoVfs())).steps(), "the same deployment again: nothing to do");

            ApplyResult rolledBack = link.call(link.agent().rollback(new RollbackRequest(null)));
            assertEquals(List.of("restore 0000:00:1c.2: vfio-pci -> (no driver)", "restore 0000:00:1c.0: vfio-pci -> (no driver)",
                    "remove-vfs 0000:00:0c.0: 3 VFs -> 0"), words(rolledBack.steps()));
        }
        assertEquals(before, sysfs.snapshot(), "no VFs, autoprobe back on, the PF on igb");
        assertTrue(sysfs.writes.contains("bus/pci/devices/0000:00:0c.0/sriov_drivers_autoprobe=0"), sysfs.writes.toString());
        int autoprobeOff = sysfs.writes.indexOf("bus/pci/devices/0000:00:0c.0/sriov_drivers_autoprobe=0");
        assertTrue(autoprobeOff < sysfs.writes.indexOf("bus/pci/devices/0000:00:0c.0/sriov_numvfs=3"), "autoprobe off before the VFs appear");
    }

    @Test
    void anotherCountGivesTheVfsBackBeforeTheyAreRemovedAndRecreated() throws Exception {
        SimulatedSysfs sysfs = board();
        Map<String, String> before = sysfs.snapshot();
        Deployment four = new Deployment("nics", "nics-4", List.of(AgentServiceTest.vm(VF0)),
                List.of(new VfRequest(PF, "device nic0 (0000:00:0c.0)", "nics.assign:3", 4)));
        try (TestAgent agent = start(sysfs, e -> {
        }); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(twoVfs()));
            ApplyResult changed = link.call(link.agent().apply(four));
            assertEquals(List.of("restore 0000:00:1c.0: vfio-pci -> (no driver)", "restore 0000:00:1c.2: vfio-pci -> (no driver)",
                    "remove-vfs 0000:00:0c.0: 3 VFs -> 0", "create-vfs 0000:00:0c.0: 0 -> 4 VFs (host drivers kept off them)",
                    "bind 0000:00:1c.0: (no driver) -> vfio-pci"), words(changed.steps()));
            assertEquals("4", Files.readString(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_numvfs")).strip());
            assertEquals("vfio-pci", sysfs.driver("0000:00:1c.0"));
            assertNull(sysfs.driver("0000:00:1c.2"));
            link.call(link.agent().rollback(new RollbackRequest(null)));
        }
        assertEquals(before, sysfs.snapshot());
    }

    @Test
    void aFailedBindOfAVfRemovesTheVfsWithTheRest() throws Exception {
        SimulatedSysfs sysfs = board();
        Map<String, String> before = sysfs.snapshot();
        sysfs.refuses.put("vfio-pci", Set.of("0000:00:1c.2"));
        try (TestAgent agent = start(sysfs, e -> {
        }); AgentLink link = agent.link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(twoVfs())));
            assertEquals(ErrorCode.BIND_FAILED, e.errorCode().orElseThrow(), e.getMessage());
            assertTrue(e.getMessage().contains("Every device the agent held is back on its previous driver"), e.getMessage());
        }
        assertEquals(before, sysfs.snapshot());
    }

    @Test
    void vfsAPfHasFromElsewhereAreNeitherRecreatedNorRemoved() throws Exception {
        SimulatedSysfs sysfs = board();
        sysfs.write(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_numvfs"), "2");
        try (TestAgent agent = start(sysfs, e -> {
        }); AgentLink link = agent.link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().plan(twoVfs())));
            assertTrue(e.getMessage().contains("has 2 VFs already, not from this agent"), e.getMessage());
            Deployment same = new Deployment("nics", "nics-2", List.of(AgentServiceTest.vm(VF1)),
                    List.of(new VfRequest(PF, "device nic0", "nics.assign:3", 2)));
            PlanResult plan = link.call(link.agent().plan(same));
            assertEquals(List.of("bind 0000:00:1c.2: igbvf -> vfio-pci"), words(plan.steps()));
            link.call(link.agent().apply(same));
            link.call(link.agent().rollback(new RollbackRequest(null)));
        }
        assertEquals("2", Files.readString(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_numvfs")).strip(), "not the agent's");
        assertEquals("igbvf", sysfs.driver("0000:00:1c.2"));
    }

    @Test
    void theAgentRefusesVfsOnAPfThatIsRequestedItselfOrCannotHaveThatMany() throws Exception {
        SimulatedSysfs sysfs = board();
        try (TestAgent agent = start(sysfs, e -> {
        }); AgentLink link = agent.link("operator")) {
            AgentFailure many = assertThrows(AgentFailure.class, () -> link.call(link.agent().plan(new Deployment("x", "x", List.of(),
                    List.of(new VfRequest(PF, "nic0", "x:1", 8))))));
            assertTrue(many.getMessage().contains("0000:00:0c.0 can have 1 to 7 VFs, not 8"), many.getMessage());
            assertEquals(ErrorCode.INVALID_PARAMS, many.errorCode().orElseThrow());
            AgentFailure pf = assertThrows(AgentFailure.class, () -> link.call(link.agent().plan(new Deployment("x", "x",
                    List.of(AgentServiceTest.vm(PF)), List.of(new VfRequest(PF, "nic0", "x:1", 1))))));
            assertTrue(pf.getMessage().contains("the PF keeps its host driver"), pf.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "intent:create-vfs", "done:create-vfs", "intent:bind", "done:bind", "commit" })
    void aCrashDuringAVfCreatingApplyEndsWithThePfAtZeroVfsOrFullyApplied(String point) throws Exception {
        SimulatedSysfs sysfs = board();
        Map<String, String> before = sysfs.snapshot();
        TestAgent first = start(sysfs, entry -> {
            if (entry.matches(point)) {
                throw new RecoveryTest.Crash();
            }
        });
        try (AgentLink link = first.link("operator")) {
            assertThrows(Exception.class, () -> link.call(link.agent().apply(twoVfs())));
        }
        first.main.close();
        try (TestAgent second = start(sysfs, e -> {
        }); AgentLink link = second.link("viewer")) {
            Status status = link.call(link.agent().status());
            assertFalse(status.recovered().matches("(?s).*\\b1 (devices|VFs)\\b.*"), "one device is one device: " + status.recovered());
            if (point.equals("done:bind")) {
                assertTrue(status.recovered().contains("restored 1 device ("), status.recovered());
            }
            if (point.equals("commit")) {
                assertEquals("nics", status.config(), status.recovered());
                assertEquals("vfio-pci", sysfs.driver("0000:00:1c.2"));
                assertEquals("3", Files.readString(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_numvfs")).strip());
            } else {
                assertNull(status.config(), status.recovered());
                assertTrue(status.recovered().contains("0000:00:0c.0 -> 0 VFs"), status.recovered());
                assertEquals(before, sysfs.snapshot(), status.recovered());
            }
        }
        if (point.equals("commit")) {
            try (TestAgent third = start(sysfs, e -> {
            }); AgentLink link = third.link("operator")) {
                link.call(link.agent().rollback(new RollbackRequest(null)));
            }
            assertEquals(before, sysfs.snapshot(), "a deployment taken up after a restart still removes its VFs on rollback");
            assertFalse(Files.exists(sysfs.sys.resolve("bus/pci/devices/0000:00:1c.0")));
        }
    }
}
