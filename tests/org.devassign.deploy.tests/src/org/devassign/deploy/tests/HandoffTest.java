package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.agent.service.unix.Native;
import org.devassign.agent.service.unix.SdNotify;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentLink;
import org.devassign.testing.QemuEdu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** The fd hand-off over a Unix socket (SCM_RIGHTS) and sd_notify, on the host's real kernel. */
class HandoffTest {

    @TempDir
    Path dir;

    @Test
    void aUserspaceDriverReceivesItsDeviceDescriptorAndReadsTheIdThroughIt() throws Exception {
        Path socket = dir.resolve("handoff.sock");
        try (TestAgent agent = TestAgent.start(dir, "handoff.socket = " + socket); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(AgentServiceTest.deployment("demo", new DeviceRequest(AgentServiceTest.EDU1, "edu1", "t:1",
                    ConsumerName.parse("edu-driver"), ConsumerKind.USERSPACE, Vfio.PCI, OpenPath.AUTO, List.of(0), List.of()))));
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
            HandoffServer.Received refused = HandoffServer.receive(socket, "somebody-else");
            assertTrue(refused.json().contains("no open device is deployed for consumer"), refused.json());
            assertEquals(0, refused.fds().size());
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
