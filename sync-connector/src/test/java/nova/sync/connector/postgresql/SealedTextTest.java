package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The container of the compressed wire (decision 0217): text comes back as it went, anything else is refused. */
class SealedTextTest {

    private static final String TEXT = "{\"nom\":\"Benali\",\"prenom\":\"عائشة\",\"ville\":\"Médéa\",\"note\":\"😀 \\n\"}\n"
            + "[\"Traoré\",\"Coulibaly\"]".repeat(200);

    @Test
    void textComesBackAsItWentAndSmaller() throws IOException {
        byte[] sealed = SealedText.seal(TEXT);

        assertEquals(TEXT, SealedText.open(sealed));
        assertTrue(sealed.length < TEXT.getBytes(StandardCharsets.UTF_8).length / 10, sealed.length + " bytes");
    }

    @Test
    void emptyTextIsStillAMessage() throws IOException {
        assertEquals("", SealedText.open(SealedText.seal("")));
    }

    @Test
    void garbageAndDamagedMessagesAreRefused() {
        assertThrows(IOException.class, () -> SealedText.open("pas un message".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> SealedText.open(new byte[0]));
        byte[] damaged = SealedText.seal(TEXT);
        damaged[damaged.length - 30] ^= 0x40;
        assertThrows(IOException.class, () -> SealedText.open(damaged));
        byte[] cut = java.util.Arrays.copyOf(SealedText.seal(TEXT), 60);
        assertThrows(IOException.class, () -> SealedText.open(cut));
    }
}
