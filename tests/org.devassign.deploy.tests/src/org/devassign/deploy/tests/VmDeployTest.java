package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.Inventory;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Planner;
import org.devassign.model.Board;
import org.devassign.model.Register;
import org.devassign.testing.ExampleBoards;
import org.devassign.testing.Prepared;
import org.devassign.testing.QemuEdu;
import org.devassign.testing.RequiresVirtualBoard;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.JsonObject;

/**
 * Deployment on the q35 virtual board with the agent service on the real agent core: the example
 * config deployed over mutual TLS, edu's ID register read through the agent, rollback; then the
 * fault and abuse matrix (SIGKILL after each journal record, a cut connection, roles and
 * certificates, malformed input, a protected device, a half-assignable group) and the fd
 * hand-off to a consumer process. One boot for the class; every outcome is checked in the
 * guest's sysfs. The hand-off's consumer runs as the users it is for and is not for (setpriv).
 * The matrix is written to target/vm-fault-matrix.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RequiresVirtualBoard(profile = "full")
class VmDeployTest {

    static final DeviceId EDU0 = DeviceId.parse("0000:00:05.0");
    static final DeviceId EDU1 = DeviceId.parse("0000:00:06.0");
    static final DeviceId EDU2 = DeviceId.parse("0000:01:01.0");
    static final DeviceId EDU3 = DeviceId.parse("0000:01:02.0");
    static final DeviceId NIC = DeviceId.parse("0000:00:02.0");

    static VirtualBoard board;
    static final List<String> matrix = new ArrayList<>();

    @BeforeAll
    static void boot() throws Exception {
        board = VirtualBoard.boot("deploy-tests-" + ProcessHandle.current().pid());
        board.startAgent(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (board != null) {
            board.close();
        }
        if (!matrix.isEmpty()) {
            Path out = RepoFiles.root().resolve("tests/org.devassign.deploy.tests/target/vm-fault-matrix.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, matrix);
            matrix.forEach(System.out::println);
        }
    }

    static AgentLink link(String role) throws IOException {
        return AgentLink.connect(board.target(), AgentLink.Identity.of(board.certs, role), p -> {
        }, c -> {
        });
    }

    static DeviceRequest probe(DeviceId device, OpenPath open) {
        return new DeviceRequest(device, "device " + device, "vm-test:1", ConsumerName.parse("agent"), ConsumerKind.PROBE, Vfio.PCI, open,
                List.of(0), List.of(0));
    }

    /** A read or write of the board model's {@code register} of edu0's BAR0 (region 0). */
    static RegisterAccess access(Register register, long value) {
        return new RegisterAccess(EDU0, 0, register.getOffset(), register.getWidth() / 8, value);
    }

    static void assertEdusUnbound() throws Exception {
        for (DeviceId edu : List.of(EDU0, EDU1, EDU2, EDU3)) {
            assertNull(board.driverOf(edu), edu + " is back on no driver");
        }
    }

    @Test
    @Order(1)
    void theExampleConfigDeploysTheIdRegisterReadsThroughTheAgentAndRollbackRestores() throws Exception {
        Planner.Plan plan = DeployCliTest.examplePlan();
        try (AgentLink operator = link("operator")) {
            assertTrue(operator.hello().agent().contains("core"), operator.hello().agent());
            ApplyResult result = operator.call(operator.agent().apply(plan.deployment()));
            assertTrue(result.changed());
            for (DeviceId edu : List.of(EDU0, EDU1, EDU2, EDU3)) {
                assertEquals("vfio-pci", board.driverOf(edu), edu.toString());
            }
            assertNull(board.driverOf(DeviceId.parse("0000:00:07.0")), "the bridge of group 6 stays without a driver");
            // edu0's registers at the offsets and widths of the board model; the values as QEMU's edu documents them
            Board model = ExampleBoards.q35();
            Register idRegister = ExampleBoards.register(model, "edu0", "BAR0", "ID");
            Register liveness = ExampleBoards.register(model, "edu0", "BAR0", "LIVENESS");
            Register raise = ExampleBoards.register(model, "edu0", "BAR0", "IRQ_RAISE");
            Register ack = ExampleBoards.register(model, "edu0", "BAR0", "IRQ_ACK");
            try (AgentLink debugger = link("debugger")) {
                long id = debugger.call(debugger.agent().read(access(idRegister, 0))).value();
                assertEquals(QemuEdu.ID, id, "edu's ID register through VFIO in the guest");
                long probe = QemuEdu.livenessProbe();
                debugger.call(debugger.agent().write(access(liveness, probe)));
                assertEquals(QemuEdu.liveness(probe), debugger.call(debugger.agent().read(access(liveness, 0))).value(),
                        "liveness after writing 0x" + Long.toHexString(probe));
                matrix.add(String.format("deploy vm-q35.assign: 4 devices on vfio-pci, edu0 ID = 0x%08x, agent apply %.0f ms", id, result.agentMillis()));
                // edu raises INTx on a write to IRQ_RAISE and lowers it on the acknowledgement at IRQ_ACK
                for (int i = 0; i < 2; i++) {
                    debugger.call(debugger.agent().write(access(raise, 1)));
                    Thread.sleep(300);
                    debugger.call(debugger.agent().write(access(ack, 1)));
                }
                var counts = debugger.call(debugger.agent().watchIrqs(new org.devassign.agent.api.WatchRequest(EDU0, 500, 100)));
                // at least one per raise; a write that unmasks while the line is still high may count one more
                assertTrue(counts.counts().get("0") >= 2, "the INTx interrupts counted by the agent's eventfd: " + counts);
                matrix.add("irq watch: two edu INTx raised (IRQ_RAISE) and acknowledged (IRQ_ACK) -> the agent's eventfd counted " + counts.counts());
            }
            ApplyResult again = operator.call(operator.agent().apply(plan.deployment()));
            assertFalse(again.changed(), "the same config twice changes nothing");
            matrix.add("apply the same config again: changed=" + again.changed() + ", steps=" + again.steps().size());
            Inventory inventory = operator.call(operator.agent().inventory());
            assertTrue(inventory.boardXml().contains("0000:00:05.0") && inventory.boardXml().contains("vfio-pci"), "the live board");
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
        }
        assertEdusUnbound();
    }

    static final String SOCKET = "/run/devassign/consumers/edu-driver.sock";

    static Deployment handoff(long uid, long gid) {
        return new Deployment("handoff", "h", List.of(probe(EDU0, OpenPath.GROUP), new DeviceRequest(EDU1, "edu1", "vm-test:2",
                ConsumerName.parse("edu-driver"), ConsumerKind.USERSPACE, Vfio.PCI, OpenPath.GROUP, List.of(0), List.of())),
                List.of(), List.of(new ConsumerCredentials(ConsumerName.parse("edu-driver"), uid, gid)));
    }

    /** The hand-off demo in the guest as {@code uid}:{@code gid} (setpriv), on edu-driver's socket. */
    static VirtualBoard.Result consumer(long uid, long gid, String name) throws Exception {
        return board.exec(ConsumerProcess.command(uid, gid, Path.of(SOCKET), name).toArray(String[]::new));
    }

    @Test
    @Order(2)
    void aUserspaceDriverProcessOfItsOwnUserReceivesTheDeviceFdAndReadsTheIdAndOthersAreRefused() throws Exception {
        try (AgentLink operator = link("operator")) {
            operator.call(operator.agent().apply(handoff(65534, 65534)));
            VirtualBoard.Result modes = board.exec("sh", "-c", "stat -c '%a %u:%g %n' /run/devassign/consumers /run/devassign/consumers/*");
            assertTrue(modes.out().contains("755 0:0 /run/devassign/consumers\n") && modes.out().contains("600 65534:65534 " + SOCKET),
                    "the folder root's, the socket the consumer's alone; no socket for the agent's probe: " + modes.out());
            assertFalse(modes.out().contains("agent.sock"), modes.out());

            VirtualBoard.Result nobody = consumer(65534, 65534, "edu-driver");
            assertEquals(0, nobody.code(), nobody.out() + nobody.err());
            String read = String.format("%s region 0 offset 0x0 = 0x%08x", EDU1, QemuEdu.ID);
            assertTrue(nobody.out().contains(read), "edu1's documented ID through the handed-off fd: " + nobody.out());
            matrix.add("fd hand-off: a process as nobody:nogroup (the consumer's uid/gid) got edu1's VFIO device fd from "
                    + SOCKET + " (0600 65534:65534) and read its ID with pread: " + read + " | PASS");

            VirtualBoard.Result otherGroup = consumer(65534, 100, "edu-driver");
            assertEquals(1, otherGroup.code(), otherGroup.out() + otherGroup.err());
            assertTrue(otherGroup.err().contains("runs as gid 100, and this consumer's gid is 65534"), otherGroup.err());
            VirtualBoard.Result probe = consumer(65534, 65534, "agent");
            assertEquals(1, probe.code(), probe.out() + probe.err());
            assertTrue(probe.err().contains("not of 'agent'"), "the agent's own probe is never handed out: " + probe.err());

            operator.call(operator.agent().apply(handoff(1000, 1000)));
            VirtualBoard.Result otherUser = consumer(65534, 65534, "edu-driver");
            assertEquals(1, otherUser.code(), otherUser.out() + otherUser.err());
            assertTrue(otherUser.err().contains("Permission denied"), otherUser.err());
            VirtualBoard.Result root = consumer(0, 0, "edu-driver");
            assertEquals(0, root.code(), "root may connect: " + root.out() + root.err());
            matrix.add("fd hand-off refused: nobody with gid 100 (SO_PEERCRED), the name 'agent' (the probe's), nobody on uid 1000's"
                    + " socket (EACCES); root served | PASS");
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
        }
        assertNull(board.driverOf(EDU1));
        assertTrue(board.exec("sh", "-c", "ls /run/devassign/consumers").out().isBlank(), "the socket goes with the deployment");
    }

    @Test
    @Order(3)
    void sigkillAfterEachJournalRecordLeavesTheBoardFullyAppliedOrFullyRestored() throws Exception {
        Deployment d = new Deployment("crash", "c", List.of(probe(EDU0, OpenPath.GROUP), probe(EDU1, OpenPath.AUTO)));
        String[] points = { "begin", "intent:bind", "done:bind", "intent:open", "done:open", "commit" };
        for (int i = 0; i <= points.length; i++) {
            // each start recovers what the previous SIGKILL left, then arms the next fault
            board.startAgent(i < points.length ? Map.of("DEVASSIGN_AGENT_CRASH_AFTER", points[i]) : Map.of());
            if (i > 0) {
                String point = points[i - 1];
                Status status;
                try (AgentLink viewer = link("viewer")) {
                    status = viewer.call(viewer.agent().status());
                }
                String d0 = board.driverOf(EDU0);
                String d1 = board.driverOf(EDU1);
                boolean applied = "crash".equals(status.config());
                if (point.equals("commit")) {
                    assertTrue(applied, "committed before the kill: taken up again: " + status.recovered());
                    assertEquals("vfio-pci", d0);
                    assertEquals("vfio-pci", d1);
                    assertTrue(status.devices().stream().allMatch(s -> s.open()), "re-opened after the restart");
                } else {
                    assertFalse(applied, status.recovered());
                    assertNull(d0, point + ": " + status.recovered());
                    assertNull(d1, point + ": " + status.recovered());
                }
                matrix.add(String.format("SIGKILL after %-12s -> restart: %s (edu0 %s, edu1 %s) | %s | PASS", point,
                        applied ? "fully applied" : "fully restored", d0 == null ? "no driver" : d0, d1 == null ? "no driver" : d1,
                        status.recovered()));
                if (applied) {
                    try (AgentLink operator = link("operator")) {
                        operator.call(operator.agent().rollback(new RollbackRequest(null)));
                    }
                }
            }
            if (i < points.length) {
                try (AgentLink operator = link("operator")) {
                    assertThrows(IOException.class, () -> operator.call(operator.agent().apply(d)), "the agent dies mid-apply");
                }
                assertTrue(board.agentGone(), "SIGKILLed after " + points[i]);
            }
        }
        assertEdusUnbound();
    }

    @Test
    @Order(4)
    void aConnectionCutMidApplyLeavesAWholeTransaction() throws Exception {
        Planner.Plan plan = DeployCliTest.examplePlan();
        try (RawTls raw = new RawTls(board.target(), board.certs, "operator")) {
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"apply\",\"params\":" + ProtocolJson.gson().toJson(plan.deployment()) + "}");
            JsonObject first = raw.next(); // the first progress notification: the transaction is under way
            assertEquals("progress", first.get("method").getAsString(), first.toString());
        } // cut
        Status status = null;
        try (AgentLink viewer = link("viewer")) {
            for (int i = 0; i < 100; i++) {
                status = viewer.call(viewer.agent().status());
                if (!"none".equals(status.lastOutcome()) && status.config() != null || status.lastOutcome().startsWith("aborted")) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        boolean applied = "vm-q35-demo".equals(status.config());
        for (DeviceId edu : List.of(EDU0, EDU1, EDU2, EDU3)) {
            assertEquals(applied ? "vfio-pci" : null, board.driverOf(edu), edu + " with " + status.lastOutcome());
        }
        matrix.add("connection cut after the first progress notification -> " + (applied ? "transaction completed: all 4 on vfio-pci"
                : "transaction undone") + " | PASS");
        try (AgentLink operator = link("operator")) {
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
        }
        assertEdusUnbound();
    }

    @Test
    @Order(5)
    void rolesUnknownAndExpiredCertificatesAreRefused() throws Exception {
        try (AgentLink viewer = link("viewer")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> viewer.call(viewer.agent().apply(new Deployment("x", "x",
                    List.of(probe(EDU0, OpenPath.GROUP))))));
            assertEquals(ErrorCode.NOT_AUTHORIZED, e.errorCode().orElseThrow());
            AgentFailure r = assertThrows(AgentFailure.class, () -> viewer.call(viewer.agent().read(new RegisterAccess(EDU0, 0, 0, 4, 0))));
            assertEquals(ErrorCode.NOT_AUTHORIZED, r.errorCode().orElseThrow());
        }
        matrix.add("viewer calls apply / read -> -32001 not authorized, nothing changed | PASS");
        Path other = board.share.resolve("other-ca");
        Identities.init(other, List.of(), "0.0.0.0:7443");
        assertThrows(IOException.class, () -> AgentLink.connect(board.target(), new AgentLink.Identity(other.resolve("operator.p12"),
                board.certs.resolve("ca.p12"), null), p -> {
                }, c -> {
                }).close());
        matrix.add("operator certificate of another CA -> TLS handshake refused | PASS");
        Identities.issue(Identities.authority(board.certs), board.share.resolve("expired.p12"), "operator", List.of(), false,
                Instant.now().minus(Duration.ofDays(10)), Duration.ofDays(1));
        assertThrows(IOException.class, () -> AgentLink.connect(board.target(), new AgentLink.Identity(board.share.resolve("expired.p12"),
                board.certs.resolve("ca.p12"), null), p -> {
                }, c -> {
                }).close());
        matrix.add("expired operator certificate (valid CA) -> TLS handshake refused | PASS");
        assertEdusUnbound();
        String audit = Files.readString(board.share.resolve("state/audit.jsonl"));
        assertTrue(audit.contains("TLS handshake failed"), "refused handshakes are audited");
    }

    @Test
    @Order(6)
    void malformedOversizedAndGarbageInputOnTheTlsPortGetErrorsAndChangeNothing() throws Exception {
        try (RawTls raw = new RawTls(board.target(), board.certs, "operator")) {
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"apply\",\"params\":{\"devices\":[{\"device\":\"0000:00:05.0\"");
            assertEquals(ErrorCode.PARSE_ERROR.code(), RawTls.errorCode(raw.next()));
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"rm -rf\"}");
            assertEquals(ErrorCode.METHOD_NOT_FOUND.code(), RawTls.errorCode(raw.next()));
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"apply\",\"params\":{\"config\":\"" + "x".repeat(2_000_000) + "\"}}");
            assertEquals(ErrorCode.MESSAGE_TOO_LARGE.code(), RawTls.errorCode(raw.next()));
            raw.send(new byte[] { 0x00, (byte) 0xff, 0x13, 0x37, '\n', '\n' });
            assertTrue(raw.next().has("error"));
        }
        matrix.add("truncated JSON -> -32700; unknown method -> -32601; 2 MB message -> -32003 (skipped unread); garbage bytes -> error + close | PASS");
        assertEdusUnbound();
        try (AgentLink viewer = link("viewer")) {
            assertNull(viewer.call(viewer.agent().status()).config(), "the agent still serves");
        }
    }

    @Test
    @Order(7)
    void aProtectedDeviceIsRefusedWithTheKernelsReason() throws Exception {
        try (AgentLink operator = link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> operator.call(operator.agent().apply(new Deployment("nic", "n",
                    List.of(probe(EDU0, OpenPath.GROUP), probe(NIC, OpenPath.GROUP))))));
            assertEquals(ErrorCode.PROTECTED_DEVICE, e.errorCode().orElseThrow());
            assertTrue(e.getMessage().contains("network connection"), e.getMessage());
            matrix.add("deploy edu0 + the NIC 0000:00:02.0 -> -32011 protected: " + e.getMessage().replaceAll("\\. The agent never.*", "") + " | PASS");
        }
        assertEquals("virtio-pci", board.driverOf(NIC));
        assertNull(board.driverOf(EDU0), "refused before any step");
    }

    @Test
    @Order(8)
    void aHalfAssignableGroupIsRefusedNamingTheCompanionOnItsHostDriver() throws Exception {
        VirtualBoard.Result bound = board.exec("sh", "-c", "modprobe uio_pci_generic 2>/dev/null; echo uio_pci_generic > /sys/bus/pci/devices/" + EDU3
                + "/driver_override && echo " + EDU3 + " > /sys/bus/pci/drivers_probe; basename $(readlink /sys/bus/pci/devices/" + EDU3 + "/driver)");
        Prepared.require(bound.out().contains("uio_pci_generic"), "uio_pci_generic did not take edu3: " + bound.out() + bound.err(),
                "check that the guest kernel has uio_pci_generic (vmboard/prepare)");
        try (AgentLink operator = link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> operator.call(operator.agent().apply(new Deployment("half", "h",
                    List.of(probe(EDU2, OpenPath.GROUP))))));
            assertEquals(ErrorCode.GROUP_NOT_VIABLE, e.errorCode().orElseThrow());
            assertTrue(e.getMessage().contains(EDU3 + " (on uio_pci_generic)"), e.getMessage());
            matrix.add("assign edu2 alone while edu3 (same group) is on uio_pci_generic -> -32013 group not viable, names " + EDU3 + " | PASS");
        } finally {
            board.exec("sh", "-c", "echo > /sys/bus/pci/devices/" + EDU3 + "/driver_override; echo " + EDU3
                    + " > /sys/bus/pci/devices/" + EDU3 + "/driver/unbind");
        }
        assertNull(board.driverOf(EDU2));
        assertNull(board.driverOf(EDU3));
    }

    @Test
    @Order(9)
    void namesThatAreNoDeviceNamesAreRefusedAndNothingIsWrittenAnywhere() throws Exception {
        String overrides = "grep -H . /sys/bus/pci/devices/*/driver_override /sys/bus/platform/devices/*/driver_override 2>/dev/null;"
                + " ls -d /etc/driver_override /sys/bus/pci/driver_override /sys/bus/driver_override 2>&1";
        VirtualBoard.Result before = board.exec("sh", "-c", overrides);
        com.google.gson.Gson gson = new com.google.gson.Gson();
        int id = 100;
        int refused = 0;
        try (RawTls operator = new RawTls(board.target(), board.certs, "operator"); RawTls debugger = new RawTls(board.target(), board.certs, "debugger")) {
            for (String name : BadNamesTest.NAMES) {
                String device = gson.toJson(name);
                String deployment = "{\"config\":\"bad\",\"digest\":\"b\",\"devices\":[{\"device\":" + device
                        + ",\"consumer\":\"agent\",\"consumerKind\":\"probe\",\"driver\":\"vfio-pci\",\"open\":\"group\"}]}";
                for (String method : List.of("plan", "apply")) {
                    operator.frame("{\"jsonrpc\":\"2.0\",\"id\":" + (++id) + ",\"method\":\"" + method + "\",\"params\":" + deployment + "}");
                    JsonObject answer = operator.next();
                    assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(answer), method + " " + device + ": " + answer);
                    refused++;
                }
                for (String method : List.of("read", "write", "watchIrqs")) {
                    String params = method.equals("watchIrqs") ? "{\"device\":" + device + ",\"millis\":100,\"intervalMillis\":50}"
                            : "{\"device\":" + device + ",\"region\":0,\"offset\":0,\"width\":4,\"value\":1}";
                    debugger.frame("{\"jsonrpc\":\"2.0\",\"id\":" + (++id) + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
                    JsonObject answer = debugger.next();
                    assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(answer), method + " " + device + ": " + answer);
                    refused++;
                }
            }
        }
        try (AgentLink operator = link("operator")) {
            operator.call(operator.agent().apply(handoff(0, 0)));
            for (String consumer : List.of("../../etc", "agent/..", "x".repeat(300))) {
                VirtualBoard.Result handoff = consumer(0, 0, consumer);
                assertEquals(1, handoff.code(), handoff.out() + handoff.err());
                assertTrue(handoff.err().contains("is not a consumer name"), handoff.err());
                refused++;
            }
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
        }
        VirtualBoard.Result after = board.exec("sh", "-c", overrides);
        assertEquals(before.out(), after.out(), "every driver_override as before, none written outside a device");
        assertTrue(after.out().contains("'/etc/driver_override': No such file"), after.out());
        assertEdusUnbound();
        matrix.add(refused + " requests with names that are no device or consumer names (./X, a/../X, ../../etc, ../../../../etc, X/, empty,"
                + " 4 KiB, non-ASCII, newline) to plan, apply, read, write, watchIrqs and the hand-off -> -32602 / refused, no"
                + " driver_override changed or created | PASS");
    }
}
