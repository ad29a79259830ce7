package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.core.identity.DeviceId;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line when the connection to the agent ends during an apply (a relay between the CLI and
 * the agent cuts it once the agent has begun binding): the CLI reconnects, asks the agent's status and
 * says whether the transaction committed or was undone, instead of failing blindly. And
 * {@code devassign drift} of a board file against the agent's inventory.
 */
class DeployDropTest {

    @TempDir
    Path dir;

    /** Forwards TCP connections to the agent until {@link #cut()} closes the ones open then. */
    static final class Relay implements AutoCloseable {
        final ServerSocket server;
        final List<Socket> open = new CopyOnWriteArrayList<>();

        Relay(int agentPort) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket agent = new Socket(InetAddress.getLoopbackAddress(), agentPort);
                        open.add(client);
                        open.add(agent);
                        pump(client, agent);
                        pump(agent, client);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private static void pump(Socket from, Socket to) {
            Thread.ofPlatform().daemon().start(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // cut
                } finally {
                    try {
                        to.close();
                        from.close();
                    } catch (IOException e) {
                        // closed already
                    }
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        void cut() {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closed already
                }
            }
            open.clear();
        }

        @Override
        public void close() throws IOException {
            cut();
            server.close();
        }
    }

    private void certs(Path certs) {
        DeployCliTest.Run init = DeployCliTest.cli("certs", "init", "--dir", certs.toString());
        assertEquals(0, init.code(), init.err());
    }

    @Test
    void aDeployWhoseConnectionDropsAfterTheBindsBeganSaysTheTransactionCommitted() throws Exception {
        Path certs = dir.resolve("certs");
        certs(certs);
        SimulatedBackend backend = new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        Relay[] relay = new Relay[1];
        AtomicBoolean cut = new AtomicBoolean();
        try (TestAgent agent = TestAgent.start(certs, null, backend, record -> {
            if (record.matches("done:bind") && cut.compareAndSet(false, true)) {
                relay[0].cut(); // the client is gone; the agent goes on with the transaction
            }
        })) {
            relay[0] = new Relay(agent.main.port());
            try (Relay r = relay[0]) {
                DeployCliTest.Run deploy = DeployCliTest.cli("deploy", RepoFiles.example("vm-q35.assign").toString(), "--target",
                        "127.0.0.1:" + r.port(), "--certs", certs.toString());
                assertEquals(0, deploy.code(), deploy.out() + deploy.err());
                assertTrue(deploy.out().contains("vm-q35-demo: committed (transaction 1)"), deploy.out());
                assertTrue(deploy.err().contains("asking the agent what became of it"), deploy.err());
                assertEquals("vfio-pci", backend.driverOf(DeviceId.parse("0000:01:02.0")));
            }
        }
    }

    @Test
    void aDeployWhoseConnectionDropsAndWhoseTransactionFailsSaysItWasUndone() throws Exception {
        Path certs = dir.resolve("certs");
        certs(certs);
        SimulatedBackend backend = new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        Relay[] relay = new Relay[1];
        AtomicBoolean cut = new AtomicBoolean();
        try (TestAgent agent = TestAgent.start(certs, null, backend, record -> {
            if (record.matches("done:bind") && cut.compareAndSet(false, true)) {
                relay[0].cut();
                backend.failNextBind(DeviceId.parse("0000:01:02.0")); // and a later step fails: the agent undoes it all
            }
        })) {
            relay[0] = new Relay(agent.main.port());
            try (Relay r = relay[0]) {
                DeployCliTest.Run deploy = DeployCliTest.cli("deploy", RepoFiles.example("vm-q35.assign").toString(), "--target",
                        "127.0.0.1:" + r.port(), "--certs", certs.toString());
                assertEquals(1, deploy.code(), deploy.out() + deploy.err());
                assertTrue(deploy.out().contains("vm-q35-demo: undone (transaction 1): aborted: "), deploy.out());
                assertTrue(deploy.err().contains("the board is as it was before: deploy again"), deploy.err());
                assertEquals(null, backend.driverOf(DeviceId.parse("0000:00:05.0")));
            }
        }
    }

    @Test
    void driftComparesABoardFileWithTheAgentsInventoryAndExitsOneOnDifferences() throws Exception {
        Path certs = dir.resolve("certs");
        certs(certs);
        try (TestAgent agent = TestAgent.start(certs, null)) {
            String target = "127.0.0.1:" + agent.main.port();
            Path board = dir.resolve("vm-q35.board");
            Files.copy(RepoFiles.example("vm-q35.board"), board);
            DeployCliTest.Run same = DeployCliTest.cli("drift", board.toString(), "--target", target, "--certs", certs.toString());
            assertEquals(0, same.code(), same.out() + same.err());
            assertTrue(same.out().contains("no drift"), same.out());

            agent.backend.setDriver(DeviceId.parse("0000:00:05.0"), "uio_pci_generic");
            Thread.sleep(2_100); // the agent serves its inventory for up to 2 s (InventoryCache): a change it did not make shows after that
            DeployCliTest.Run drift = DeployCliTest.cli("drift", board.toString(), "--target", target, "--certs", certs.toString());
            assertEquals(1, drift.code(), drift.out() + drift.err());
            assertEquals(board + ": drift: device edu0 (0000:00:05.0) is on no driver in the board model but on driver uio_pci_generic on"
                    + " the board: a host driver holds it, so its IOMMU group is not viable the way the model says\n1 difference between "
                    + board + " and the live board on " + target + "\n", drift.out());
        }
    }
}
