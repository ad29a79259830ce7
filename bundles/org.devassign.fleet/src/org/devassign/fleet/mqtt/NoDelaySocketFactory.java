package org.devassign.fleet.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.function.Consumer;

import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets with Nagle's algorithm off. Paho leaves it on, and a request or an answer that is
 * written while the previous one is unacknowledged then waits for the peer's delayed ACK (40 ms
 * on Linux) per message. Tells the link each socket it makes, so a test can cut a connection the
 * way a network does.
 */
final class NoDelaySocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final Consumer<Socket> made;

    NoDelaySocketFactory(SSLSocketFactory delegate, Consumer<Socket> made) {
        this.delegate = delegate;
        this.made = made;
    }

    private Socket tuned(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        made.accept(socket);
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return tuned(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return tuned(delegate.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket(Socket s, InputStream consumed, boolean autoClose) throws IOException {
        return tuned(delegate.createSocket(s, consumed, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return tuned(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return tuned(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return tuned(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return tuned(delegate.createSocket(address, port, localAddress, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }
}
