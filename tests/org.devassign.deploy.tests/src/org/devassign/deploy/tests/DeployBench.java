package org.devassign.deploy.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;

/**
 * bench/deploy: the deploy latency of one device end to end (client call to answer, warm) against
 * the agent's own apply time; the register-read round trip against a bare TLS echo of a message of
 * the same size on the same link (the echo server replaces the agent on its port).
 *
 * <pre>
 * DeployBench deploy HOST:PORT CERTS [N]     apply+rollback of edu0 N times
 * DeployBench read HOST:PORT CERTS [N]       N reads of edu0's ID (deploys edu0 first, rolls back after)
 * DeployBench echo HOST:PORT CERTS [N]       N round trips to TlsEcho
 * DeployBench serve-echo PORT CERTS          the echo server (in the guest, on the agent's port)
 * </pre>
 */
public final class DeployBench {

    private DeployBench() {
    }

    static final Deployment ONE = new Deployment("bench-one", "bench-one", List.of(new DeviceRequest(DeviceId.parse("0000:00:05.0"), "edu0", "bench:1",
            ConsumerName.parse("agent"), ConsumerKind.PROBE, Vfio.PCI, OpenPath.GROUP, List.of(0), List.of())));

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("serve-echo")) {
            serveEcho(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        Target target = Target.parse(args[1]);
        Path certs = Path.of(args[2]);
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        switch (mode) {
            case "deploy" -> deploy(target, certs, n);
            case "read" -> read(target, certs, n);
            case "echo" -> echo(target, certs, n);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    static void deploy(Target target, Path certs, int n) throws IOException {
        try (AgentLink link = AgentLink.connect(target, AgentLink.Identity.of(certs, "operator"), p -> {
        }, c -> {
        })) {
            double[] total = new double[n];
            double[] agent = new double[n];
            for (int i = -3; i < n; i++) { // 3 warm-up rounds
                long t0 = System.nanoTime();
                ApplyResult r = link.call(link.agent().apply(ONE));
                double ms = (System.nanoTime() - t0) / 1e6;
                link.call(link.agent().rollback(new RollbackRequest(null)));
                if (i >= 0) {
                    total[i] = ms;
                    agent[i] = r.agentMillis();
                }
            }
            double t = median(total);
            double a = median(agent);
            System.out.printf("deploy one device (edu0: bind vfio-pci + open), warm, n=%d: end to end median %.1f ms, agent's apply %.1f ms;"
                    + " ratio end-to-end/agent = %.2f%n", n, t, a, t / a);
        }
    }

    static void read(Target target, Path certs, int n) throws IOException {
        try (AgentLink operator = AgentLink.connect(target, AgentLink.Identity.of(certs, "operator"), p -> {
        }, c -> {
        }); AgentLink link = AgentLink.connect(target, AgentLink.Identity.of(certs, "debugger"), p -> {
        }, c -> {
        })) {
            operator.call(operator.agent().apply(ONE));
            RegisterAccess id = new RegisterAccess(DeviceId.parse("0000:00:05.0"), 0, 0, 4, 0);
            double[] rtt = new double[n];
            double[] device = new double[n];
            for (int i = -200; i < n; i++) {
                long t0 = System.nanoTime();
                var v = link.call(link.agent().read(id));
                if (i >= 0) {
                    rtt[i] = (System.nanoTime() - t0) / 1e3;
                    device[i] = v.micros();
                }
            }
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
            System.out.printf("register read round trip (edu0 ID), n=%d: median %.0f us, p99 %.0f us (of which the MMIO read in the agent %.1f us)%n",
                    n, median(rtt), percentile(rtt, 99), median(device));
            System.out.printf("READ_MEDIAN_US=%.1f%n", median(rtt));
        }
    }

    /** The same request and answer sizes as a register read, echoed by a bare TLS server. */
    static void echo(Target target, Path certs, int n) throws IOException {
        byte[] request = frame("{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"method\":\"read\",\"params\":{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":0,\"width\":4,\"value\":0}}");
        try (SSLSocket socket = (SSLSocket) AgentLink.context(AgentLink.Identity.of(certs, "debugger")).getSocketFactory()
                .createSocket(target.host(), target.port())) {
            socket.setTcpNoDelay(true);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[request.length];
            double[] rtt = new double[n];
            for (int i = -200; i < n; i++) {
                long t0 = System.nanoTime();
                out.write(request);
                out.flush();
                int got = 0;
                while (got < request.length) {
                    int r = in.read(buffer, got, request.length - got);
                    if (r < 0) {
                        throw new IOException("echo closed");
                    }
                    got += r;
                }
                if (i >= 0) {
                    rtt[i] = (System.nanoTime() - t0) / 1e3;
                }
            }
            System.out.printf("bare TLS echo round trip (%d bytes), n=%d: median %.0f us, p99 %.0f us%n", request.length, n, median(rtt),
                    percentile(rtt, 99));
            System.out.printf("ECHO_MEDIAN_US=%.1f%n", median(rtt));
        }
    }

    static void serveEcho(int port, Path certs) throws IOException {
        var context = TestAgent.serverContext(certs);
        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(port)) {
            server.setNeedClientAuth(true);
            server.setEnabledProtocols(new String[] { "TLSv1.3" });
            System.err.println("echo listening on " + port);
            while (true) {
                SSLSocket socket = (SSLSocket) server.accept();
                Thread.ofPlatform().start(() -> {
                    try (socket) {
                        socket.setTcpNoDelay(true);
                        InputStream in = socket.getInputStream();
                        OutputStream out = socket.getOutputStream();
                        byte[] buffer = new byte[8192];
                        for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                            out.write(buffer, 0, r);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // client gone
                    }
                });
            }
        }
    }

    static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        return all;
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
