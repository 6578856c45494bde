package nova.assistant.service.claude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.random.RandomGenerator;
import nova.assistant.service.claude.MessagesTransport.RawResponse;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void fullJitterStaysUnderTheCappedExponentialCeiling() {
        RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(4),
                RandomGenerator.of("L64X128MixRandom"));
        long maxSeen = 0;
        for (int i = 0; i < 2_000; i++) {
            long first = policy.backoff(0).toMillis();
            long third = policy.backoff(5).toMillis();
            assertTrue(first >= 0 && first <= 500, "retry 0: " + first);
            assertTrue(third >= 0 && third <= 4_000, "capped: " + third);
            maxSeen = Math.max(maxSeen, third);
        }
        assertTrue(maxSeen > 3_000, "the draw spreads over the whole range");
    }

    @Test
    void retryAfterHeadersAreRead() {
        assertEquals(Duration.ofMillis(250), MessagesTransport.retryAfter(raw("250", "9")));
        assertEquals(Duration.ofSeconds(2), MessagesTransport.retryAfter(raw(null, "2")));
        assertEquals(Duration.ofMillis(1500), MessagesTransport.retryAfter(raw(null, "1.5")));
        assertNull(MessagesTransport.retryAfter(raw(null, "soon")));
        assertNull(MessagesTransport.retryAfter(raw(null, null)));
    }

    @Test
    void theMessagesPathIsAppendedToTheBase() {
        assertEquals("https://api.anthropic.com/v1/messages",
                MessagesTransport.messagesUri(java.net.URI.create("https://api.anthropic.com/")).toString());
        assertEquals("https://gw.example/anthropic/v1/messages",
                MessagesTransport.messagesUri(java.net.URI.create("https://gw.example/anthropic")).toString());
    }

    private static RawResponse raw(String retryAfterMs, String retryAfter) {
        return new RawResponse(429, "req_1", retryAfterMs, retryAfter, null, "");
    }
}
