package nova.sync.connector.postgresql;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

/**
 * The one row of a {@code COPY (...) TO STDOUT (FORMAT binary)}, its columns as raw bytes. The sealed pull page
 * travels this way because pgjdbc asks for a statement's results in text form until it has described the statement,
 * and bytea in text form is hexadecimal: the first pull of every session would carry its compressed page at twice
 * its size. Binary COPY carries the bytes as they are in the same single round trip (decision 0217).
 */
final class BinaryCopyRow {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private BinaryCopyRow() {
    }

    /** The columns of the single row of {@code copied} (null for SQL NULL); an IOException for anything else. */
    static byte[][] read(byte[] copied) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(copied));
        try {
            byte[] signature = in.readNBytes(SIGNATURE.length);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new IOException("not binary COPY data");
            }
            in.readInt();
            in.skipNBytes(in.readInt());
            int columns = in.readShort();
            if (columns < 0) {
                throw new IOException("binary COPY data without a row");
            }
            byte[][] values = new byte[columns][];
            for (int i = 0; i < columns; i++) {
                int length = in.readInt();
                values[i] = length < 0 ? null : in.readNBytes(length);
                if (values[i] != null && values[i].length < length) {
                    throw new EOFException();
                }
            }
            if (in.readShort() != -1) {
                throw new IOException("binary COPY data with more than one row");
            }
            return values;
        } catch (EOFException e) {
            throw new IOException("binary COPY data cut short", e);
        }
    }
}
