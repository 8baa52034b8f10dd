package org.evidenceapi.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request and answers each with the next scripted
 * behaviour (a status, or a delay first), 204 once the script is used up.
 */
final class Receiver implements AutoCloseable {
    record Received(String id, String timestamp, String signature, String contentType, String body) {
    }

    /** How to answer one request: wait, then answer with a status. */
    record Answer(Duration delay, int status) {
        static Answer status(int status) {
            return new Answer(Duration.ZERO, status);
        }

        static Answer after(Duration delay) {
            return new Answer(delay, 204);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hooks", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The next requests are answered with these, in order. */
    Receiver answer(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} requests have come in, failing after {@code timeout}. */
    List<Received> await(int count, Duration timeout) {
        awaitTrue(() -> received.size() >= count, timeout, "requests received: " + received.size() + " of " + count);
        return received();
    }

    static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "timed out waiting: " + what);
            pause(Duration.ofMillis(25));
        }
    }

    /** Nothing more arrives during {@code quiet}. */
    void assertStillAt(int count, Duration quiet) {
        pause(quiet);
        assertEquals(count, received.size(), "requests received");
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Answer answer = script.poll();
        if (answer == null) {
            answer = Answer.status(204);
        }
        pause(answer.delay());
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        received.forEach(r -> ids.add(r.id()));
        return ids;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
