package nova.assistant.service.claude;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Anthropic Messages API on loopback: real HTTP, answers scripted in the shapes the real API
 * uses (a message with a tool_use block, or {"type":"error","error":{...},"request_id":...} with a request-id
 * header), and a record of every request received.
 */
final class FakeAnthropicServer implements AutoCloseable {

    record Scripted(int status, Map<String, String> headers, String body, long delayMillis) {
    }

    record Received(Map<String, String> headers, String body, JsonNode json) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-anthropic");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<Scripted> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();

    FakeAnthropicServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/messages", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FakeAnthropicServer then(int status, String body, Map<String, String> headers) {
        script.add(new Scripted(status, headers, body, 0));
        return this;
    }

    FakeAnthropicServer then(int status, String body) {
        return then(status, body, Map.of());
    }

    FakeAnthropicServer thenSilence(long millis) {
        script.add(new Scripted(200, Map.of(), toolUse(MAPPER.createObjectNode()), millis));
        return this;
    }

    List<Received> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        received.add(new Received(headers, body, json));
        Scripted next = script.poll();
        if (next == null) {
            next = new Scripted(500, Map.of(), error("api_error", "Internal server error"), 0);
        }
        try {
            if (next.delayMillis() > 0) {
                Thread.sleep(next.delayMillis());
            }
            byte[] bytes = next.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.getResponseHeaders().add("request-id", "req_fake" + ids.incrementAndGet());
            next.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(next.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (deadline); nothing to answer.
        } finally {
            exchange.close();
        }
    }

    /** A successful Messages answer whose only content block calls rdv_json with {@code input}. */
    static String toolUse(JsonNode input) {
        return message(input, "tool_use");
    }

    static String message(JsonNode input, String stopReason) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("id", "msg_01FakeFakeFakeFakeFake");
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", "claude-haiku-4-5-20251001");
        ObjectNode block = message.putArray("content").addObject();
        block.put("type", "tool_use");
        block.put("id", "toolu_01FakeFakeFakeFake");
        block.put("name", "rdv_json");
        block.set("input", input);
        message.put("stop_reason", stopReason);
        message.putNull("stop_sequence");
        ObjectNode usage = message.putObject("usage");
        usage.put("input_tokens", 1480);
        usage.put("output_tokens", 162);
        usage.put("cache_creation_input_tokens", 0);
        usage.put("cache_read_input_tokens", 0);
        return message.toString();
    }

    /** A refusal: text content, no tool_use, stop_reason refusal. */
    static String refusal() {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("id", "msg_01FakeRefusal");
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", "claude-haiku-4-5-20251001");
        message.putArray("content");
        message.put("stop_reason", "refusal");
        message.putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", 1480).put("output_tokens", 3);
        return message.toString();
    }

    static String error(String type, String text) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "error");
        root.putObject("error").put("type", type).put("message", text);
        root.put("request_id", "req_011Fake");
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
