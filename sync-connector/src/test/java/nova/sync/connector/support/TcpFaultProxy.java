package nova.sync.connector.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy between a client and the hub that tests steer: one-way latency, a bandwidth cap,
 * dropping the hub's next reply (after the hub has done the work), cutting a reply after some bytes, and
 * resetting every connection.
 */
public final class TcpFaultProxy implements AutoCloseable {

    private static final byte[] END = new byte[0];

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile long oneWayDelayMillis;
    private volatile long bytesPerSecond;
    private final AtomicBoolean dropNextReply = new AtomicBoolean();
    private final AtomicLong cutReplyAfter = new AtomicLong(-1);
    private final AtomicLong droppedReplies = new AtomicLong();
    private final AtomicLong cutReplies = new AtomicLong();
    private volatile boolean open = true;

    public TcpFaultProxy(int targetPort) throws IOException {
        this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("proxy-accept").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Latency added in each direction; the round trip grows by twice this. */
    public TcpFaultProxy oneWayDelay(long millis) {
        this.oneWayDelayMillis = millis;
        return this;
    }

    /** Caps each direction to this many bytes per second; 0 removes the cap. */
    public TcpFaultProxy bandwidth(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        return this;
    }

    /**
     * The next reply from the hub is swallowed and the client's connection reset, while the proxy keeps reading
     * the hub's side so that the hub finishes (and commits) its work undisturbed.
     */
    public void dropNextReply() {
        dropNextReply.set(true);
    }

    /** The hub's reply stream is cut (both sides closed) after this many more bytes. */
    public void cutReplyAfter(long bytes) {
        cutReplyAfter.set(bytes);
    }

    /** Resets every open connection, as a flaky link or a restarted router would. */
    public void resetAll() {
        links.forEach(Link::reset);
    }

    public long droppedReplies() {
        return droppedReplies.get();
    }

    public long cutReplies() {
        return cutReplies.get();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(target, 5_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Link link = new Link(client, server);
                links.add(link);
                link.start();
            } catch (IOException e) {
                if (open) {
                    continue;
                }
                return;
            }
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        resetAll();
    }

    /** One proxied connection: two directions, each a reader thread and a paced writer thread. */
    private final class Link {
        private final Socket client;
        private final Socket server;
        private final AtomicBoolean closed = new AtomicBoolean();

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() throws IOException {
            direction(client.getInputStream(), server.getOutputStream(), false);
            direction(server.getInputStream(), client.getOutputStream(), true);
        }

        private void direction(InputStream in, OutputStream out, boolean fromHub) {
            BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> read(in, queue, fromHub));
            Thread.ofVirtual().start(() -> write(out, queue));
        }

        private void read(InputStream in, BlockingQueue<Chunk> queue, boolean fromHub) {
            byte[] buffer = new byte[16 * 1024];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    byte[] data = java.util.Arrays.copyOf(buffer, n);
                    if (fromHub && dropNextReply.compareAndSet(true, false)) {
                        droppedReplies.incrementAndGet();
                        resetClientAndDrainHub(in);
                        return;
                    }
                    if (fromHub) {
                        long cut = cutReplyAfter.get();
                        if (cut >= 0) {
                            if (data.length >= cut) {
                                cutReplyAfter.set(-1);
                                cutReplies.incrementAndGet();
                                queue.add(new Chunk(java.util.Arrays.copyOf(data, (int) cut), due()));
                                queue.add(new Chunk(END, due()));
                                return;
                            }
                            cutReplyAfter.addAndGet(-data.length);
                        }
                    }
                    queue.add(new Chunk(data, due()));
                }
            } catch (IOException e) {
                // the other side went away
            }
            queue.add(new Chunk(END, due()));
        }

        private void resetClientAndDrainHub(InputStream hub) throws IOException {
            abort(client);
            long until = System.currentTimeMillis() + 3_000;
            server.setSoTimeout(500);
            byte[] sink = new byte[16 * 1024];
            while (System.currentTimeMillis() < until) {
                try {
                    if (hub.read(sink) < 0) {
                        break;
                    }
                } catch (java.net.SocketTimeoutException e) {
                    // the hub has finished writing its reply; keep the socket a little longer
                }
            }
            reset();
        }

        private long due() {
            return System.nanoTime() + oneWayDelayMillis * 1_000_000L;
        }

        private void write(OutputStream out, BlockingQueue<Chunk> queue) {
            try {
                while (true) {
                    Chunk chunk = queue.take();
                    long wait = chunk.dueNanos - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                    }
                    if (chunk.data == END) {
                        reset();
                        return;
                    }
                    paced(out, chunk.data);
                }
            } catch (IOException | InterruptedException e) {
                reset();
            }
        }

        private void paced(OutputStream out, byte[] data) throws IOException, InterruptedException {
            long rate = bytesPerSecond;
            if (rate <= 0) {
                out.write(data);
                out.flush();
                return;
            }
            int slice = (int) Math.max(64, rate / 50);
            for (int from = 0; from < data.length; from += slice) {
                int length = Math.min(slice, data.length - from);
                out.write(data, from, length);
                out.flush();
                Thread.sleep(length * 1000L / rate);
            }
        }

        void reset() {
            if (closed.compareAndSet(false, true)) {
                abort(client);
                abort(server);
                links.remove(this);
            }
        }

        private static void abort(Socket socket) {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    private record Chunk(byte[] data, long dueNanos) {
    }
}
