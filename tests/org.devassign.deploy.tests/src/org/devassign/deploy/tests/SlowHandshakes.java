package org.devassign.deploy.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import org.devassign.deploy.Target;

/**
 * Connections that start a TLS handshake and never finish it: each sends the first bytes of a TLS
 * record and then one more byte every {@code interval} milliseconds, as a slowloris client does.
 * They come from {@code sources} loopback addresses (127.0.N.1.., all routed to lo on Linux), so
 * that a limit per source does not simply refuse them all. One thread does the trickling, whatever
 * the number of connections.
 */
final class SlowHandshakes implements AutoCloseable {

    /** A TLS handshake record header (type 22, version 3.1) announcing 512 bytes that never all come. */
    private static final byte[] START = { 0x16, 0x03, 0x01, 0x02, 0x00, 0x01 };

    private final List<Socket> sockets = new ArrayList<>();
    private final Thread trickle;
    private volatile boolean open = true;
    private int refused;

    /**
     * @param subnet the third byte of the source addresses (127.0.SUBNET.1 up), so that tests do not share sources
     */
    SlowHandshakes(Target target, int connections, int sources, int subnet, long interval) throws IOException {
        for (int i = 0; i < connections; i++) {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] { 127, 0, (byte) subnet, (byte) (1 + i % sources) }), 0));
            socket.connect(new InetSocketAddress(target.host(), target.port()), 10_000);
            try {
                socket.getOutputStream().write(START);
                sockets.add(socket);
            } catch (IOException e) {
                refused++; // the agent closed it already
                socket.close();
            }
        }
        trickle = Thread.ofPlatform().daemon().name("slow handshakes").start(() -> {
            while (open) {
                for (Socket socket : sockets) {
                    try {
                        OutputStream out = socket.getOutputStream();
                        out.write(0);
                    } catch (IOException e) {
                        // closed by the agent: counted by open()
                    }
                }
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Connections whose first bytes the agent refused at once. */
    int refused() {
        return refused;
    }

    /** Connections the agent has not closed (by reading each without blocking for long). */
    int open() {
        int open = 0;
        for (Socket socket : sockets) {
            if (alive(socket)) {
                open++;
            }
        }
        return open;
    }

    static boolean alive(Socket socket) {
        try {
            socket.setSoTimeout(1);
            return socket.getInputStream().read() >= 0;
        } catch (java.net.SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        trickle.interrupt();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
