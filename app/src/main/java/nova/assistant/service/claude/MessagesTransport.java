package nova.assistant.service.claude;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nova.assistant.service.ClaudeSettings;
import nova.assistant.service.claude.ClaudeFailure.Kind;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one Messages API request within a hard deadline, retrying transient failures (I/O errors, 408, 409, 429,
 * 5xx, 529) and never the others (400, 401, 403, 404, 413). A timer cancels the exchange when the deadline
 * passes, so a server that accepts the connection and never answers cannot hold the caller. Logs carry status,
 * error type and request-id, never the key nor a body.
 */
final class MessagesTransport implements AutoCloseable {

    static final String API_VERSION = "2023-06-01";
    private static final Logger LOG = LoggerFactory.getLogger(MessagesTransport.class);

    private final CloseableHttpClient client;
    private final ScheduledExecutorService canceller;
    private final RetryPolicy retry;
    private final ObjectMapper mapper;

    MessagesTransport(ClaudeSettings settings, RetryPolicy retry, ObjectMapper mapper) {
        this.retry = retry;
        this.mapper = mapper;
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection).build())
                // Retries are ours: the client's own would ignore the deadline and retry 429 blindly.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("NOVA")
                // Clinic networks often need a proxy: honour the JVM's https.proxyHost and friends.
                .useSystemProperties()
                .build();
        this.canceller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claude-deadline");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The decoded JSON body of a 200 answer; anything else ends in a {@link ClaudeFailure}. */
    JsonNode post(ClaudeSettings settings, char[] apiKey, String jsonBody) {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        URI uri = messagesUri(settings.baseUrl());
        ClaudeFailure last = null;
        for (int attempt = 0; attempt <= retry.maxRetries(); attempt++) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            Outcome outcome = exchange(uri, apiKey, jsonBody, Duration.ofNanos(remaining), settings);
            if (outcome.body != null) {
                return outcome.body;
            }
            last = outcome.failure;
            if (!outcome.retryable || attempt == retry.maxRetries()) {
                throw last;
            }
            Duration wait = outcome.retryAfter != null ? outcome.retryAfter : retry.backoff(attempt);
            if (System.nanoTime() + wait.toNanos() >= deadline) {
                LOG.info("Claude: no retry, a wait of {} ms would pass the deadline", wait.toMillis());
                throw last;
            }
            sleep(wait);
        }
        throw last != null && last.kind() != Kind.NETWORK ? last
                : new ClaudeFailure(Kind.TIMEOUT, "deadline of " + settings.deadline().toMillis() + " ms passed");
    }

    private Outcome exchange(URI uri, char[] apiKey, String jsonBody, Duration remaining, ClaudeSettings settings) {
        HttpPost post = new HttpPost(uri);
        post.setHeader("x-api-key", new String(apiKey));
        post.setHeader("anthropic-version", API_VERSION);
        post.setHeader("content-type", "application/json");
        post.setEntity(new StringEntity(jsonBody, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        Duration response = min(settings.responseTimeout(), remaining);
        post.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(remaining))
                .setResponseTimeout(Timeout.of(response))
                .build());
        ScheduledFuture<?> timer = canceller.schedule(post::cancel, remaining.toNanos(), TimeUnit.NANOSECONDS);
        long started = System.nanoTime();
        try {
            RawResponse raw = client.execute(post, r -> new RawResponse(r.getCode(), header(r.getFirstHeader("request-id")),
                    header(r.getFirstHeader("retry-after-ms")), header(r.getFirstHeader("retry-after")),
                    header(r.getFirstHeader("x-should-retry")),
                    r.getEntity() == null ? "" : EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8)));
            LOG.debug("Claude: HTTP {} in {} ms, request-id {}", raw.status, millisSince(started), raw.requestId);
            return classify(raw, settings);
        } catch (IOException e) {
            if (post.isCancelled()) {
                LOG.info("Claude: cancelled at the deadline after {} ms", millisSince(started));
                return Outcome.failed(new ClaudeFailure(Kind.TIMEOUT, "deadline passed"), false, null);
            }
            boolean timeout = e instanceof java.net.SocketTimeoutException
                    || e instanceof org.apache.hc.client5.http.ConnectTimeoutException;
            LOG.info("Claude: {} after {} ms", e.getClass().getSimpleName(), millisSince(started));
            return Outcome.failed(new ClaudeFailure(timeout ? Kind.TIMEOUT : Kind.NETWORK,
                    (timeout ? Kind.TIMEOUT : Kind.NETWORK).reasonFr(), e.getClass().getSimpleName(), e), true, null);
        } finally {
            timer.cancel(false);
        }
    }

    private Outcome classify(RawResponse raw, ClaudeSettings settings) {
        if (raw.status == 200) {
            try {
                return Outcome.ok(mapper.readTree(raw.body));
            } catch (IOException e) {
                return Outcome.failed(new ClaudeFailure(Kind.INVALID_RESPONSE, "200 with a body that is not JSON"),
                        false, null);
            }
        }
        ApiError error = ApiError.parse(raw.body, mapper);
        LOG.info("Claude: HTTP {} {} request-id {}", raw.status, error.type, raw.requestId);
        Kind kind = switch (raw.status) {
            case 400 -> Kind.BAD_REQUEST;
            case 401 -> Kind.AUTHENTICATION;
            case 403 -> Kind.PERMISSION;
            case 404 -> Kind.NOT_FOUND;
            case 408 -> Kind.TIMEOUT;
            case 413 -> Kind.TOO_LARGE;
            case 429 -> "enforced_spend_limit_reached".equals(error.code) ? Kind.SPEND_LIMIT : Kind.RATE_LIMITED;
            case 529 -> Kind.OVERLOADED;
            default -> raw.status >= 500 ? Kind.SERVER_ERROR : Kind.BAD_REQUEST;
        };
        if ("overloaded_error".equals(error.type)) {
            kind = Kind.OVERLOADED;
        }
        boolean retryable = switch (raw.status) {
            case 408, 409 -> true;
            case 429 -> kind != Kind.SPEND_LIMIT;
            default -> raw.status >= 500;
        };
        if ("false".equalsIgnoreCase(raw.shouldRetry)) {
            retryable = false;
        }
        String reason = switch (kind) {
            case NOT_FOUND -> kind.reasonFr() + " : " + settings.model();
            case SERVER_ERROR, BAD_REQUEST -> kind.reasonFr() + " (HTTP " + raw.status + ")";
            default -> kind.reasonFr();
        };
        ClaudeFailure failure = new ClaudeFailure(kind, reason,
                "HTTP " + raw.status + " " + error.type + " request-id " + raw.requestId, null);
        return Outcome.failed(failure, retryable, retryable ? retryAfter(raw) : null);
    }

    /** {@code retry-after-ms} first (what Anthropic's SDKs read), then {@code retry-after} in seconds or a date. */
    static Duration retryAfter(RawResponse raw) {
        try {
            if (raw.retryAfterMs != null) {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(raw.retryAfterMs.strip()))));
            }
            if (raw.retryAfter != null) {
                String value = raw.retryAfter.strip();
                if (value.matches("\\d+(\\.\\d+)?")) {
                    return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                }
                Instant at = DateUtils.parseStandardDate(value);
                if (at != null) {
                    Duration wait = Duration.between(Instant.now(), at);
                    return wait.isNegative() ? Duration.ZERO : wait;
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            LOG.debug("Claude: unreadable retry-after header");
        }
        return null;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaudeFailure(Kind.TIMEOUT, "interrupted while waiting to retry");
        }
    }

    /** {base}/v1/messages, keeping any path prefix of the base (a company gateway). */
    static URI messagesUri(URI base) {
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + "/v1/messages");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String header(Header header) {
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() {
        canceller.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("Claude: closing the HTTP client failed", e);
        }
    }

    record RawResponse(int status, String requestId, String retryAfterMs, String retryAfter, String shouldRetry,
            String body) {
    }

    /** The {@code {"type":"error","error":{"type":...,"message":...}}} body; tolerant of anything else. */
    private record ApiError(String type, String code) {

        static ApiError parse(String body, ObjectMapper mapper) {
            try {
                JsonNode error = mapper.readTree(body).path("error");
                return new ApiError(error.path("type").asText("unknown"),
                        error.path("details").path("error_code").asText(null));
            } catch (IOException | RuntimeException e) {
                return new ApiError("unreadable", null);
            }
        }
    }

    private record Outcome(JsonNode body, ClaudeFailure failure, boolean retryable, Duration retryAfter) {

        static Outcome ok(JsonNode body) {
            return new Outcome(body, null, false, null);
        }

        static Outcome failed(ClaudeFailure failure, boolean retryable, Duration retryAfter) {
            return new Outcome(null, failure, retryable, retryAfter);
        }
    }
}
