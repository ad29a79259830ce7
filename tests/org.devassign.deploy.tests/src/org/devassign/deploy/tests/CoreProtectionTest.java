package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.service.backend.CoreBackend;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.testing.SimulatedSysfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core backend asks the board's protection afresh for every request, with the local addresses
 * of the agent's own connections: the device behind the interface that carries one is protected,
 * not only the default route's.
 */
class CoreProtectionTest {

    static final DeviceId E1000E = DeviceId.parse("0000:00:08.0");

    @TempDir
    Path dir;

    @Test
    void theInterfaceOfTheAgentsConnectionProtectsItsDevice() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        String lo = NetworkInterface.getByInetAddress(loopback).getName();
        SimulatedSysfs board = SimulatedSysfs.q35(dir.resolve("board"));
        // in this simulated board the agent's connection arrives on the e1000e (interface named like this host's loopback)
        board.link(board.sys.resolve("class/net").resolve(lo).resolve("device"), board.sys.resolve("devices/pci0000:00/0000:00:08.0"));
        List<InetAddress> connections = new ArrayList<>();
        CoreBackend core = new CoreBackend(board.sys, board::write, () -> List.copyOf(connections));
        assertTrue(core.protection().check(E1000E).isEmpty(), "no connection yet: only the default route's NIC");

        connections.add(loopback);
        assertEquals(ProtectionKind.AGENT_CONNECTION, core.protection().check(E1000E).orElseThrow().kind());
        try (TestAgent agent = TestAgent.start(dir.resolve("agent"), null, core, r -> {
        }); AgentLink link = agent.link("operator")) {
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(AgentServiceTest.deployment("nic",
                    AgentServiceTest.probe(E1000E)))));
            assertEquals(ErrorCode.PROTECTED_DEVICE, e.errorCode().orElseThrow(), e.getMessage());
            assertTrue(e.getMessage().contains("it carries the agent's own network connection (interface " + lo + ")"), e.getMessage());
        }
        assertEquals(List.of(), board.writes);
        assertEquals("e1000e", board.driver("0000:00:08.0"));
    }
}
