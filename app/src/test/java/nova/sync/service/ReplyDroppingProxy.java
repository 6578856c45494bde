package nova.sync.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of the hub that can lose the hub's next reply: the client's connection is reset
 * while the proxy keeps reading the hub's side, so the hub finishes and commits its work undisturbed.
 */
final class ReplyDroppingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicBoolean dropNextReply = new AtomicBoolean();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean open = true;

    ReplyDroppingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("test-proxy").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    void dropNextReply() {
        dropNextReply.set(true);
    }

    int dropped() {
        return dropped.get();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                Socket hub = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                hub.setTcpNoDelay(true);
                Thread.ofVirtual().start(() -> pump(client, hub, false));
                Thread.ofVirtual().start(() -> pump(hub, client, true));
            } catch (IOException e) {
                if (!open) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromHub) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (fromHub && dropNextReply.compareAndSet(true, false)) {
                    dropped.incrementAndGet();
                    to.setSoLinger(true, 0);
                    to.close();
                    drain(from, in, buffer);
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void drain(Socket hub, InputStream in, byte[] buffer) throws IOException {
        hub.setSoTimeout(300);
        long until = System.currentTimeMillis() + 2_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (in.read(buffer) < 0) {
                    return;
                }
            } catch (java.net.SocketTimeoutException e) {
                // the hub has finished its reply and waits for the next query
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
    }
}
