package nova.sync.connector.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Diagnosis aid for {@link TcpFaultProxy}: names the PostgreSQL protocol messages of one direction of one
 * connection as they are delivered, with their time since the trace started, to count the round trips on a path.
 * Reads only what the proxy delivers anyway; it changes no timing.
 */
final class ProtocolTrace {

    private final PrintStream out;
    private final long startNanos;
    private final String label;
    private final boolean fromHub;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean startupSeen;
    private boolean firstFromHub = true;

    ProtocolTrace(PrintStream out, long startNanos, String label, boolean fromHub) {
        this.out = out;
        this.startNanos = startNanos;
        this.label = label;
        this.fromHub = fromHub;
    }

    synchronized void delivered(byte[] data) {
        pending.writeBytes(data);
        byte[] bytes = pending.toByteArray();
        int at = 0;
        while (true) {
            if (!fromHub && !startupSeen) {
                if (bytes.length - at < 4) {
                    break;
                }
                int length = readInt(bytes, at);
                if (bytes.length - at < length) {
                    break;
                }
                boolean sslRequest = length == 8 && readInt(bytes, at + 4) == 80877103;
                print(sslRequest ? "SSLRequest" : "startup", length);
                startupSeen = !sslRequest;
                at += length;
                continue;
            }
            if (fromHub && firstFromHub && bytes.length - at >= 1 && (bytes[at] == 'N' || bytes[at] == 'S')) {
                // The one-byte answer to an SSLRequest.
                firstFromHub = false;
                print("SSL answer " + (char) bytes[at], 1);
                at += 1;
                continue;
            }
            firstFromHub = false;
            if (bytes.length - at < 5) {
                break;
            }
            int length = readInt(bytes, at + 1);
            if (bytes.length - at < length + 1) {
                break;
            }
            print(String.valueOf((char) bytes[at]), length + 1);
            at += length + 1;
        }
        pending.reset();
        pending.write(bytes, at, bytes.length - at);
    }

    private void print(String type, int length) {
        out.printf(Locale.ROOT, "  %8.3f s  %s %s %s %d B%n", (System.nanoTime() - startNanos) / 1e9, label,
                fromHub ? "<-" : "->", type, length);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }
}
