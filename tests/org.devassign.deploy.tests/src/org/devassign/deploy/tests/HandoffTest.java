package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.agent.service.unix.Native;
import org.devassign.agent.service.unix.SdNotify;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentLink;
import org.devassign.testing.QemuEdu;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The fd hand-off over Unix sockets (SCM_RIGHTS) on the host's real kernel: one socket per
 * user-space consumer, the consumer's own (0600, its uid and gid), in a folder only the agent may
 * write; the peer judged by SO_PEERCRED, with real processes of other users (setpriv); the agent's
 * probe never handed out; hostile names refused and escaped; idle connections bounded, on one
 * thread. Also sd_notify.
 */
class HandoffTest {

    static final ConsumerName EDU_DRIVER = ConsumerName.parse("edu-driver");

    @TempDir
    Path dir;

    static DeviceRequest userspace(org.devassign.core.identity.DeviceId device) {
        return new DeviceRequest(device, "device " + device, "test.assign:3", EDU_DRIVER, ConsumerKind.USERSPACE, Vfio.PCI, OpenPath.AUTO,
                List.of(0), List.of());
    }

    /** edu0 for the agent's own probe, edu1 for the user-space driver running as {@code uid}:{@code gid}. */
    static Deployment probeAndDriver(long uid, long gid) {
        return new Deployment("handoff", "h", List.of(AgentServiceTest.probe(AgentServiceTest.EDU0), userspace(AgentServiceTest.EDU1)),
                List.of(), List.of(new ConsumerCredentials(EDU_DRIVER, uid, gid)));
    }

    private TestAgent agent(String extra) throws Exception {
        return TestAgent.start(dir, "handoff.dir = " + dir.resolve("consumers") + "\n" + (extra == null ? "" : extra));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static int owner(Path path, String what) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:" + what, LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void aUserspaceDriverReceivesItsDeviceOnItsOwnSocketAndTheAgentsProbeIsNeverHandedOut() throws Exception {
        Path consumers = dir.resolve("consumers");
        try (TestAgent agent = agent(null); AgentLink link = agent.link("operator")) {
            var plan = link.call(link.agent().plan(probeAndDriver(ConsumerProcess.uid(), ConsumerProcess.gid())));
            assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("edu-driver receives its descriptors on " + consumers.resolve("edu-driver.sock"))),
                    plan.notes().toString());
            link.call(link.agent().apply(probeAndDriver(ConsumerProcess.uid(), ConsumerProcess.gid())));
            Path socket = consumers.resolve("edu-driver.sock");
            assertEquals("rwxr-xr-x", mode(consumers), "the folder: only the agent writes in it");
            assertEquals("rw-------", mode(socket), "the socket: its user alone");
            assertEquals(ConsumerProcess.uid(), owner(socket, "uid"));
            assertEquals(ConsumerProcess.gid(), owner(socket, "gid"));
            try (var listing = Files.list(consumers)) {
                assertEquals(List.of("edu-driver.sock"), listing.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList(),
                        "a socket for the user-space consumer only: none for the agent's own probe");
            }

            HandoffServer.Received received = HandoffServer.receive(socket, "edu-driver");
            assertEquals(1, received.fds().size(), received.json());
            var json = JsonParser.parseString(received.json()).getAsJsonObject();
            assertEquals(AgentServiceTest.EDU1.kernelName(), json.getAsJsonArray("fds").get(0).getAsJsonObject().get("device").getAsString());
            int fd = received.fds().get(0);
            try {
                byte[] id = Native.pread(fd, 4, 0);
                assertEquals(QemuEdu.ID, ByteBuffer.wrap(id).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffff_ffffL,
                        "edu's ID register through the handed-off descriptor");
            } finally {
                Native.close(fd);
            }

            // the old agent handed the probe's device to whoever named the consumer "agent"
            HandoffServer.Received probe = HandoffServer.receive(socket, "agent");
            assertEquals(0, probe.fds().size(), probe.json());
            assertTrue(probe.json().contains("hands out the devices of consumer edu-driver, not of 'agent'"), probe.json());

            link.call(link.agent().rollback(new RollbackRequest(null)));
            assertFalse(Files.exists(socket, LinkOption.NOFOLLOW_LINKS), "the socket goes with the consumer's devices");
        }
    }

    @Test
    void theKernelsWordOnThePeerDecidesAndNotWhatItSays() throws Exception {
        Assumptions.assumeTrue(ConsumerProcess.root(), "processes of other users (setpriv) need root");
        Path socket = dir.resolve("consumers/edu-driver.sock");
        try (TestAgent agent = agent(null); AgentLink link = agent.link("operator")) {
            // after the agent started: certs init makes its folder (here also the hand-off's parent) 0700
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x")); // other users reach the folder in it
            link.call(link.agent().apply(probeAndDriver(65534, 65534)));
            assertEquals(65534, owner(socket, "uid"));

            ConsumerProcess.Result nobody = ConsumerProcess.run(65534, 65534, socket, "edu-driver");
            assertEquals(0, nobody.code(), nobody.out() + nobody.err());
            assertTrue(nobody.out().contains("0000:00:06.0 region 0 offset 0x0 = 0x010000ed (read through the received fd)"), nobody.out());

            ConsumerProcess.Result otherGroup = ConsumerProcess.run(65534, 100, socket, "edu-driver");
            assertEquals(1, otherGroup.code(), otherGroup.out() + otherGroup.err());
            assertTrue(otherGroup.err().contains("runs as gid 100, and this consumer's gid is 65534"), otherGroup.err());

            // the same devices for another user: no step, but the new ids are journaled and the socket is that user's
            var changed = link.call(link.agent().apply(probeAndDriver(1000, 1000)));
            assertTrue(changed.changed() && changed.steps().isEmpty(), changed.toString());
            assertEquals(1000, owner(socket, "uid"));
            ConsumerProcess.Result former = ConsumerProcess.run(65534, 65534, socket, "edu-driver");
            assertEquals(1, former.code(), former.out() + former.err());
            assertTrue(former.err().contains("Permission denied"), "the socket's mode keeps other users out: " + former.err());

            HandoffServer.Received root = HandoffServer.receive(socket, "edu-driver");
            assertEquals(1, root.fds().size(), "root may always connect (it could open the device itself): " + root.json());
            root.fds().forEach(Native::close);
            assertTrue(agent.audit().stream().anyMatch(l -> l.contains("\"handoff edu-driver\"") && l.contains("\"refused\"")
                    && l.contains("gid 100")), "the refusal is audited with the peer's ids");
        }
    }

    @Test
    void hostileNamesOnAConsumersSocketAreRefusedEscapedAndTheAuditStaysOneRecordPerLine() throws Exception {
        Path socket = dir.resolve("consumers/edu-driver.sock");
        try (TestAgent agent = agent("limits.handoff.millis = 500"); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(probeAndDriver(ConsumerProcess.uid(), ConsumerProcess.gid())));
            for (String name : BadNamesTest.NAMES) {
                HandoffServer.Received refused = HandoffServer.receive(socket, name);
                assertEquals(0, refused.fds().size(), "no descriptor for consumer " + name);
                String error = JsonParser.parseString(refused.json()).getAsJsonObject().get("error").getAsString();
                assertTrue(error.contains(ConsumerName.VALID_FORM) || error.contains("hands out the devices of consumer edu-driver")
                        || error.startsWith("no consumer name within"), error);
                assertTrue(error.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "escaped: " + error);
            }
            for (String line : agent.audit()) {
                assertTrue(JsonParser.parseString(line).isJsonObject(), "every audit line is one record: " + line);
            }
        }
    }

    /** Platform threads of this JVM (the agent's among them). */
    private static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    @Test
    void threeHundredIdleConnectionsMakeNoThreadAndTimeOut() throws Exception {
        Path socket = dir.resolve("consumers/edu-driver.sock");
        try (TestAgent agent = agent("limits.handoff.connections = 32\nlimits.handoff.millis = 1000"); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(probeAndDriver(ConsumerProcess.uid(), ConsumerProcess.gid())));
            int before = threads();
            List<Integer> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    int fd = Native.socket(Native.SOCK_STREAM);
                    idle.add(fd);
                    Native.connect(fd, socket.toString());
                }
                Thread.sleep(300);
                int during = threads();
                assertTrue(during <= before + 2, "300 idle connections: " + before + " threads before, " + during + " with them open");
                int tooMany = 0;
                int timedOut = 0;
                long deadline = System.nanoTime() + 10_000_000_000L;
                for (int fd : idle) {
                    String answer = new String(Native.read(fd, 4096), StandardCharsets.UTF_8); // each gets an answer, then the end
                    tooMany += answer.contains("too many hand-offs in progress") ? 1 : 0;
                    timedOut += answer.contains("no consumer name within 1000 ms") ? 1 : 0;
                    assertTrue(System.nanoTime() < deadline, "every idle connection is answered and closed within seconds");
                }
                assertEquals(300, tooMany + timedOut, "each refused at once (too many) or after the timeout");
                assertTrue(timedOut >= 32 && tooMany >= 300 - 64 - 32, tooMany + " refused at once, " + timedOut + " timed out");
            } finally {
                idle.forEach(Native::close);
            }
            HandoffServer.Received received = HandoffServer.receive(socket, "edu-driver");
            assertEquals(1, received.fds().size(), "the consumer is served after the flood: " + received.json());
            received.fds().forEach(Native::close);
            long refusals = agent.audit().stream().filter(l -> l.contains("\"handoff edu-driver\"") && l.contains("\"refused\"")).count();
            assertTrue(refusals <= 12, "refusals are counted, not audited one line each: " + refusals + " lines for 300");
            assertTrue(threads() <= before + 2, "no thread left behind");
        }
    }

    @Test
    void sdNotifySendsReadinessToTheNotifySocket() throws IOException {
        Path path = dir.resolve("notify.sock");
        int systemd = Native.boundDatagramSocket(path.toString());
        try {
            assertTrue(SdNotify.notify(path.toString(), "READY=1\nSTATUS=listening"));
            Native.Received datagram = Native.receiveWithFds(systemd, 4096);
            assertEquals("READY=1\nSTATUS=listening", new String(datagram.data(), StandardCharsets.UTF_8));
        } finally {
            Native.close(systemd);
        }
        assertTrue(!SdNotify.notify(null, "READY=1"), "no NOTIFY_SOCKET: nothing to do");
        assertThrows(IOException.class, () -> SdNotify.notify(dir.resolve("nobody.sock").toString(), "READY=1"));
    }
}
