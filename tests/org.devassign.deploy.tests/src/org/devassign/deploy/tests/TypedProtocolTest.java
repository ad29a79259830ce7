package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.AgentService;
import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.HelloResult;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.api.wire.Gate;
import org.devassign.agent.api.wire.JsonRpcChannel;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The typed protocol over a real TLS connection to the agent: drivers, open paths and device names
 * are canonicalised or refused with -32602 and a message that says what a valid value looks like
 * (never turned into a default), the request's id comes back as sent, and two sides of different
 * protocol versions refuse each other naming both versions.
 */
class TypedProtocolTest {

    @TempDir
    Path dir;

    private static String apply(int id, String device, String driver, String open) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"apply\",\"params\":{\"config\":\"x\",\"digest\":\"d\",\"devices\":[{\"device\":"
                + device + ",\"consumer\":\"agent\",\"consumerKind\":\"probe\",\"driver\":" + driver + ",\"open\":" + open + "}]}}";
    }

    private static String message(JsonObject response) {
        return response.getAsJsonObject("error").get("message").getAsString();
    }

    @Test
    void anUnknownOpenPathOrDriverIsRefusedNamingTheValidOnesAndNothingChanges() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); RawTls raw = new RawTls(agent.target(), dir, "operator")) {
            raw.frame(apply(1, "\"0000:00:05.0\"", "\"vfio-pci\"", "\"gruop\""));
            JsonObject open = raw.next();
            assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(open), open.toString());
            assertEquals(1, open.get("id").getAsInt());
            assertTrue(message(open).contains("'gruop' is not an open path: one of auto, group, cdev"), message(open));

            raw.frame(apply(2, "\"0000:00:05.0\"", "\"vfio-pcie\"", "\"group\""));
            JsonObject driver = raw.next();
            assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(driver), driver.toString());
            assertTrue(message(driver).contains("'vfio-pcie' is not a VFIO driver: one of vfio-pci, vfio-platform, vfio-fsl-mc"), message(driver));

            raw.frame(apply(3, "5", "\"vfio-pci\"", "\"group\""));
            JsonObject number = raw.next();
            assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(number), number.toString());
            assertTrue(message(number).contains("must be a JSON string such as \"0000:00:05.0\", not number"), message(number));

            // LSP4J meets the bad value before it has read the id: the answer still carries it
            raw.frame("{\"jsonrpc\":\"2.0\",\"method\":\"apply\",\"params\":{\"devices\":[{\"device\":\"0000:00:05.0\",\"driver\":\"vfio-pci\","
                    + "\"open\":\"auto?\"}]},\"id\":\"last\"}");
            JsonObject idLast = raw.next();
            assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(idLast), idLast.toString());
            assertEquals("last", idLast.get("id").getAsString());

            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"status\"}");
            assertNull(raw.next().getAsJsonObject("result").get("config"), "the connection still works and nothing was deployed");
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU0));
            assertEquals(0, agent.backend.bindCount());
        }
    }

    @Test
    void aDriverOfAnotherBusIsRefusedNamingTheRightOne() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); RawTls raw = new RawTls(agent.target(), dir, "operator")) {
            raw.frame(apply(1, "\"0000:00:05.0\"", "\"vfio-platform\"", "\"group\""));
            JsonObject wrong = raw.next();
            assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(wrong), wrong.toString());
            assertTrue(message(wrong).contains("0000:00:05.0 is a PCI device: its VFIO driver is vfio-pci, not vfio-platform"), message(wrong));
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU0));
        }
    }

    @Test
    void deviceNamesAreCanonicalisedAtTheBoundary() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); RawTls raw = new RawTls(agent.target(), dir, "operator")) {
            raw.frame(apply(7, "\"00:05.0\"", "\"vfio-pci\"", "null"));
            JsonObject answer = raw.next();
            while (answer.has("method")) {
                assertEquals("0000:00:05.0", answer.getAsJsonObject("params").get("device").getAsString(), "progress names it canonically");
                answer = raw.next();
            }
            JsonObject result = answer.getAsJsonObject("result");
            assertTrue(result != null, answer.toString());
            assertTrue(result.get("changed").getAsBoolean(), result.toString());
            assertEquals("0000:00:05.0", result.getAsJsonArray("steps").get(0).getAsJsonObject().get("device").getAsString());
            assertEquals("bind", result.getAsJsonArray("steps").get(0).getAsJsonObject().get("action").getAsString());
            assertEquals("vfio-pci", agent.backend.driverOf(AgentServiceTest.EDU0));
        }
    }

    @Test
    void typedValuesTravelAsTheirWords() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            PlanResult plan = link.call(link.agent().plan(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            assertEquals(List.of(StepKind.BIND, StepKind.OPEN), plan.steps().stream().map(s -> s.action()).toList());
            assertEquals(AgentServiceTest.EDU0, plan.steps().get(0).device());
            ApplyResult applied = link.call(link.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            assertEquals(AgentServiceTest.EDU0, applied.devices().get(0).device());
            assertEquals("agent", applied.devices().get(0).consumer().name());
        }
    }

    @Test
    void theAgentRefusesAClientOfAnotherVersionNamingBoth() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); RawTls raw = new RawTls(agent.target(), dir, "viewer")) {
            // a client of protocol 2 (before force, SR-IOV steps and per-consumer hand-off) is refused, not half served
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":2,\"client\":\"devassign-cli 1.0\","
                    + "\"capabilities\":[]}}");
            JsonObject refused = raw.next();
            assertEquals(ErrorCode.VERSION_MISMATCH.code(), RawTls.errorCode(refused), refused.toString());
            assertEquals("this agent speaks protocol version 3, the client 'devassign-cli 1.0' version 2: install the same DevAssign"
                    + " release on the board and on the client (update the client 'devassign-cli 1.0')", message(refused));
        }
    }

    /**
     * An agent of protocol 2 on the test CA's agent certificate: it answers hello with its version and
     * notes every method the client calls, so the test sees that the client asks nothing after that
     * hello. A proxy of the service interface, so the agent has no methods that exist only to be
     * declared: whatever else is called fails and is noted.
     */
    private static AgentService oldAgent(List<String> asked) {
        HelloResult hello = new HelloResult(2, "devassign-agent 1.0 (core, sysfs /sys)", "board", List.of(), "CN=operator",
                List.of("operator"), Protocol.DEFAULT_MAX_MESSAGE_BYTES);
        return (AgentService) Proxy.newProxyInstance(AgentService.class.getClassLoader(), new Class<?>[] { AgentService.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "an agent of protocol 2";
                    default -> {
                        asked.add(method.getName());
                        yield "hello".equals(method.getName()) ? CompletableFuture.completedFuture(hello)
                                : CompletableFuture.failedFuture(new IllegalStateException("a client refused at hello asked " + method.getName()));
                    }
                });
    }

    @Test
    void theClientRefusesAnAgentOfAnotherVersionNamingBoth() throws Exception {
        TestAgent.certs(dir);
        List<String> asked = new CopyOnWriteArrayList<>();
        try (SSLServerSocket server = (SSLServerSocket) TestAgent.serverContext(dir).getServerSocketFactory().createServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            server.setNeedClientAuth(true);
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    SSLSocket socket = (SSLSocket) server.accept();
                    JsonRpcChannel.create(oldAgent(asked), AgentEvents.class, socket.getInputStream(), socket.getOutputStream(), 1 << 20,
                            Gate.OPEN, socket).run();
                } catch (IOException e) {
                    // the test fails on the client's side
                }
            });
            IOException e = assertThrows(IOException.class, () -> AgentLink.connect(new Target("127.0.0.1", server.getLocalPort()),
                    AgentLink.Identity.of(dir, "operator"), p -> {
                    }, c -> {
                    }).close());
            assertFalse(e instanceof AgentFailure, "the client decides, not the agent");
            // an agent of protocol 2 would drop force and the VFs it does not know: the client refuses it at hello
            assertTrue(e.getMessage().contains("this client (" + AgentLink.CLIENT + ") speaks protocol version 3, the agent"
                    + " ('devassign-agent 1.0 (core, sysfs /sys)') version 2"), e.getMessage());
            assertTrue(e.getMessage().endsWith("(update the agent ('devassign-agent 1.0 (core, sysfs /sys)'))"), e.getMessage());
            assertEquals(List.of("hello"), asked, "the client asks the agent of another version nothing after hello");
        }
    }
}
