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
 *
 * <p>One proxy is one link (a site's 2G modem): the bandwidth cap is shared by every connection through it,
 * once per direction (the link is full duplex). Each byte pays its serialization time at the capped rate and
 * then the one-way delay before it is delivered, in segments of at most {@link #SEGMENT} bytes that each carry
 * {@link #HEADER_BYTES} bytes of TCP/IP headers; a new connection first pays the TCP handshake (the client
 * sends nothing before one round trip has passed). Not modelled: TCP slow start, losses, radio wake-up.
 */
public final class TcpFaultProxy implements AutoCloseable {

    private static final byte[] END = new byte[0];
    /** A TCP segment's payload at the usual MTU of 1500 bytes. */
    static final int SEGMENT = 1460;
    /** IPv4 and TCP headers with timestamps, paid by each segment on the link. */
    static final int HEADER_BYTES = 52;

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile long oneWayDelayMillis;
    private volatile long bytesPerSecond;
    private final AtomicBoolean dropNextReply = new AtomicBoolean();
    private final AtomicLong cutReplyAfter = new AtomicLong(-1);
    private final AtomicLong droppedReplies = new AtomicLong();
    private final AtomicLong cutReplies = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final Wire toHub = new Wire();
    private final Wire fromHub = new Wire();
    private volatile boolean open = true;
    private volatile java.io.PrintStream trace;
    private volatile long traceStartNanos;

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

    /** Prints every protocol message delivered from now on, with its time since this call (diagnosis only). */
    public void traceTo(java.io.PrintStream out) {
        this.traceStartNanos = System.nanoTime();
        this.trace = out;
    }

    /** Adds a line to the trace, if one is on. */
    public void mark(String what) {
        java.io.PrintStream out = trace;
        if (out != null) {
            out.printf(java.util.Locale.ROOT, "  %8.3f s  %s%n", (System.nanoTime() - traceStartNanos) / 1e9, what);
        }
    }

    /** Connections opened through this link so far. */
    public long acceptedConnections() {
        return accepted.get();
    }

    /** Bytes carried from clients to the hub so far, headers excluded. */
    public long bytesToHub() {
        return toHub.bytes.get();
    }

    /** Bytes carried from the hub to clients so far, headers excluded. */
    public long bytesFromHub() {
        return fromHub.bytes.get();
    }

    /**
     * One direction of the link: one segment at a time at the capped rate, whichever connection it belongs to.
     * Connections claim it segment by segment, so two transfers at once share it turn about, as TCP flows
     * roughly do, instead of one waiting for the other's whole message.
     */
    private final class Wire {
        private final AtomicLong bytes = new AtomicLong();
        private long freeAtNanos;

        /** Books the wire for one segment ready now; returns when its last bit has left. */
        synchronized long book(int length) {
            bytes.addAndGet(length);
            long rate = bytesPerSecond;
            long now = System.nanoTime();
            if (rate <= 0) {
                return now;
            }
            long start = Math.max(now, freeAtNanos);
            freeAtNanos = start + (length + HEADER_BYTES) * 1_000_000_000L / rate;
            return freeAtNanos;
        }
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(target, 5_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                accepted.incrementAndGet();
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

    /** One proxied connection: two directions, each a reader, a transmitter and a writer thread. */
    private final class Link {
        private final Socket client;
        private final Socket server;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final long number = accepted.get();
        /** The client's SYN and the proxy's SYN-ACK: nothing leaves the client before one round trip. */
        private final long handshakeDoneNanos;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
            this.handshakeDoneNanos = System.nanoTime() + 2 * oneWayDelayMillis * 1_000_000L;
        }

        void start() throws IOException {
            direction(client.getInputStream(), server.getOutputStream(), false);
            direction(server.getInputStream(), client.getOutputStream(), true);
        }

        private ProtocolTrace traceOf(boolean fromHub) {
            java.io.PrintStream out = trace;
            return out == null ? null : new ProtocolTrace(out, traceStartNanos, "#" + number, fromHub);
        }

        /** Read, then sent on the shared wire, then delivered one delay later: a virtual thread each. */
        private void direction(InputStream in, OutputStream out, boolean fromHub) {
            BlockingQueue<Chunk> toSend = new LinkedBlockingQueue<>();
            BlockingQueue<Chunk> toDeliver = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> read(in, toSend, fromHub));
            Thread.ofVirtual().start(() -> transmit(toSend, toDeliver, fromHub ? fromHubWire() : toHubWire(),
                    fromHub ? 0 : handshakeDoneNanos));
            ProtocolTrace protocol = traceOf(fromHub);
            Thread.ofVirtual().start(() -> write(out, toDeliver, protocol));
        }

        private void transmit(BlockingQueue<Chunk> toSend, BlockingQueue<Chunk> toDeliver, Wire wire,
                              long notBeforeNanos) {
            try {
                sleepUntil(notBeforeNanos);
                while (true) {
                    Chunk chunk = toSend.take();
                    if (chunk.data == END) {
                        toDeliver.add(new Chunk(END, System.nanoTime() + oneWayDelayMillis * 1_000_000L));
                        return;
                    }
                    long sent = wire.book(chunk.data.length);
                    sleepUntil(sent);
                    toDeliver.add(new Chunk(chunk.data, sent + oneWayDelayMillis * 1_000_000L));
                }
            } catch (InterruptedException e) {
                reset();
            }
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
                                enqueue(queue, java.util.Arrays.copyOf(data, (int) cut), true);
                                queue.add(new Chunk(END, 0));
                                return;
                            }
                            cutReplyAfter.addAndGet(-data.length);
                        }
                    }
                    enqueue(queue, data, fromHub);
                }
            } catch (IOException e) {
                // the other side went away
            }
            queue.add(new Chunk(END, 0));
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

        /** Cuts what was read into segments. */
        private void enqueue(BlockingQueue<Chunk> queue, byte[] data, boolean fromHub) {
            for (int from = 0; from < data.length; from += SEGMENT) {
                queue.add(new Chunk(java.util.Arrays.copyOfRange(data, from, Math.min(data.length, from + SEGMENT)), 0));
            }
        }

        private void write(OutputStream out, BlockingQueue<Chunk> queue, ProtocolTrace protocol) {
            try {
                while (true) {
                    Chunk chunk = queue.take();
                    sleepUntil(chunk.dueNanos);
                    if (chunk.data == END) {
                        reset();
                        return;
                    }
                    out.write(chunk.data);
                    out.flush();
                    if (protocol != null) {
                        protocol.delivered(chunk.data);
                    }
                }
            } catch (IOException | InterruptedException e) {
                reset();
            }
        }

        private static void sleepUntil(long nanos) throws InterruptedException {
            long wait = nanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            }
        }

        private Wire fromHubWire() {
            return TcpFaultProxy.this.fromHub;
        }

        private Wire toHubWire() {
            return TcpFaultProxy.this.toHub;
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
