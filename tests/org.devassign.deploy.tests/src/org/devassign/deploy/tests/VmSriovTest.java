package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.Step;
import org.devassign.agent.api.VfRequest;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentLink;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.RequiresVirtualBoard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SR-IOV on the lab board's igb (QEMU 10, vmboard/README.md) with the agent on the real kernel: two
 * VFs created through the agent, one opened by it and read through VFIO (its config space's IDs,
 * which vfio-pci emulates for a VF, and its BAR0's VTSTATUS), the other bound for a VM, the PF on
 * igb throughout; rollback removes the VFs. Then SIGKILL after the VF creation is journaled: the
 * restarted agent restores the PF with 0 VFs. Every outcome is checked in the guest's sysfs; the
 * transcript goes to target/vm-sriov-transcript.txt. The lab board is booted once for this class and LabDeployTest (SharedLabBoard).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RequiresVirtualBoard(profile = "full")
@ExtendWith(SharedLabBoard.class)
class VmSriovTest {

    static final DeviceId PF = DeviceId.parse("0000:00:0c.0");
    static final DeviceId VF0 = DeviceId.parse("0000:00:1c.0");
    static final DeviceId VF1 = DeviceId.parse("0000:00:1c.2");
    /** vfio-pci's config space region. */
    static final int CONFIG_REGION = 7;

    static VirtualBoard board;
    static final List<String> transcript = new ArrayList<>();

    @BeforeAll
    static void boot(VirtualBoard lab) throws Exception {
        board = lab;
        board.startAgent(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (!transcript.isEmpty()) {
            Path out = RepoFiles.root().resolve("tests/org.devassign.deploy.tests/target/vm-sriov-transcript.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, transcript);
            transcript.forEach(System.out::println);
        }
    }

    static AgentLink link(String role) throws IOException {
        return AgentLink.connect(board.target(), AgentLink.Identity.of(board.certs, role), p -> transcript.add("  progress " + p.index() + "/"
                + p.total() + " " + p.action() + " " + p.device() + " " + p.state() + (p.detail() == null ? "" : ": " + p.detail())), c -> {
                });
    }

    static Deployment twoVfs() {
        return new Deployment("lab-vfs", "lab-vfs-1", List.of(
                new DeviceRequest(VF0, "device nic0.vf0", "lab.assign:4", ConsumerName.parse("agent"), ConsumerKind.PROBE, Vfio.PCI,
                        OpenPath.AUTO, List.of(0), List.of()),
                new DeviceRequest(VF1, "device nic0.vf1", "lab.assign:5", ConsumerName.parse("guest1"), ConsumerKind.VM, Vfio.PCI, null,
                        List.of(0), List.of())),
                List.of(new VfRequest(PF, "device nic0 (0000:00:0c.0)", "lab.assign:3", 2)));
    }

    static String attribute(String name) throws Exception {
        return board.exec("cat", "/sys/bus/pci/devices/" + PF.kernelName() + "/" + name).out().trim();
    }

    static boolean exists(DeviceId device) throws Exception {
        return board.exec("sh", "-c", "test -e /sys/bus/pci/devices/" + device.kernelName() + " && echo yes || echo no").out().contains("yes");
    }

    static void assertHasIgb() throws Exception {
        assertEquals(0, board.exec("test", "-e", "/sys/bus/pci/devices/" + PF.kernelName() + "/sriov_totalvfs").code(),
                "the lab board has no SR-IOV igb: it runs on QEMU before 8; run vmboard/prepare for QEMU 10 from bookworm-backports");
    }

    static List<String> words(List<Step> steps) {
        return steps.stream().map(s -> s.index() + ". " + s.action() + " " + s.device() + ": " + s.detail()).toList();
    }

    @Test
    @Order(1)
    void vfsAreCreatedAssignedOpenedReadAndRemovedOnRollback() throws Exception {
        assertHasIgb();
        assertEquals("igb", board.driverOf(PF));
        assertEquals("0", attribute("sriov_numvfs"));
        transcript.add("before: " + PF + " on igb, sriov_totalvfs " + attribute("sriov_totalvfs") + ", sriov_numvfs 0, autoprobe "
                + attribute("sriov_drivers_autoprobe"));
        try (AgentLink operator = link("operator")) {
            transcript.add("plan:");
            words(operator.call(operator.agent().plan(twoVfs())).steps()).forEach(w -> transcript.add("  " + w));
            transcript.add("apply:");
            ApplyResult applied = operator.call(operator.agent().apply(twoVfs()));
            assertTrue(applied.changed());
            assertEquals("2", attribute("sriov_numvfs"));
            assertEquals("igb", board.driverOf(PF), "the PF keeps its driver");
            assertEquals("vfio-pci", board.driverOf(VF0));
            assertEquals("vfio-pci", board.driverOf(VF1));
            assertEquals("0", attribute("sriov_drivers_autoprobe"), "igbvf kept off the VFs while they exist");
            transcript.add(String.format("applied in %.0f ms: sriov_numvfs 2, %s on igb, %s and %s on vfio-pci, autoprobe 0",
                    applied.agentMillis(), PF, VF0, VF1));
            try (AgentLink debugger = link("debugger")) {
                long ids = debugger.call(debugger.agent().read(new RegisterAccess(VF0, CONFIG_REGION, 0, 4, 0))).value();
                assertEquals(0x10ca8086L, ids, "the VF's vendor and device ID through VFIO");
                long vtstatus = debugger.call(debugger.agent().read(new RegisterAccess(VF0, 0, 0x8, 4, 0))).value();
                assertNotEquals(0xffffffffL, vtstatus, "BAR0 answers (all ones is a read of nothing)");
                transcript.add(String.format("read %s config 0x0 = 0x%08x (8086:10ca), BAR0 VTSTATUS 0x8 = 0x%08x", VF0, ids, vtstatus));
            }
            transcript.add("rollback:");
            ApplyResult rolledBack = operator.call(operator.agent().rollback(new RollbackRequest(null)));
            words(rolledBack.steps()).forEach(w -> transcript.add("  " + w));
        }
        assertEquals("0", attribute("sriov_numvfs"));
        assertEquals("1", attribute("sriov_drivers_autoprobe"));
        assertEquals("igb", board.driverOf(PF));
        assertTrue(!exists(VF0) && !exists(VF1), "the VFs are gone");
        transcript.add("after rollback: sriov_numvfs 0, autoprobe 1, " + PF + " on igb, no VFs");
    }

    @Test
    @Order(2)
    void sigkillAfterTheVfCreationRestoresThePfWithNoVfs() throws Exception {
        assertHasIgb();
        for (String point : List.of("done:create-vfs", "done:bind")) {
            board.startAgent(Map.of("DEVASSIGN_AGENT_CRASH_AFTER", point));
            try (AgentLink operator = link("operator")) {
                assertThrows(Exception.class, () -> operator.call(operator.agent().apply(twoVfs())));
            }
            assertTrue(board.agentGone(), "the agent killed itself after " + point);
            String numvfs = attribute("sriov_numvfs");
            assertEquals("2", numvfs, "the VFs were created before the SIGKILL");
            board.startAgent(Map.of());
            try (AgentLink viewer = link("viewer")) {
                Status status = viewer.call(viewer.agent().status());
                assertNull(status.config(), status.recovered());
                transcript.add("SIGKILL after " + point + " (sriov_numvfs " + numvfs + "); restart: " + status.recovered());
            }
            assertEquals("0", attribute("sriov_numvfs"), point);
            assertEquals("1", attribute("sriov_drivers_autoprobe"), point);
            assertEquals("igb", board.driverOf(PF), point);
        }
    }
}
