package org.evidenceapi.operations;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app}) as a process of its own on 127.0.0.1, as it runs in
 * production: started, killed with SIGKILL and started again on the same database. Its output goes to a log.
 */
final class PackagedService implements AutoCloseable {
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(100);
    /** The child's own configuration only: nothing from the shell that runs the build leaks in. */
    private static final List<String> INHERITED_PREFIXES_DROPPED = List.of("QUARKUS_", "EVIDENCE_", "MP_JWT_");

    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Duration> startups = new ArrayList<>();
    private Process process;
    private int port;
    /** The log's length when the current process was launched. */
    private long logged;

    PackagedService(Map<String, String> environment, Path log) {
        this.environment = environment;
        this.log = log;
    }

    /**
     * Starts the service on a free port and returns once it is ready (GET /q/health/ready answers 200). A port
     * taken between choosing and binding it (e.g. as the source port of the service's own database connection) is
     * retried with another; any other exit before ready fails.
     */
    void start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the build's package phase first");
        }
        Instant started = Instant.now();
        for (int attempt = 1; !launchedAndReady(started); attempt++) {
            if (attempt == 3 || !loggedSinceLaunch().contains("seems to be in use")) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " before it was "
                        + "ready; see " + log);
            }
        }
        startups.add(Duration.between(started, Instant.now()));
    }

    /** SIGKILL, as kill -9 sends: no shutdown hook runs, nothing is flushed or closed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the service was being killed", e);
        }
    }

    /** Requests to the running instance. */
    RequestSpecification api() {
        return new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(port).build();
    }

    List<Duration> startups() {
        return List.copyOf(startups);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private Process launch() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The serial collector and C1 only: the service answers a few requests per start, so start-up time is all.
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> INHERITED_PREFIXES_DROPPED.stream().anyMatch(name::startsWith));
        env.putAll(environment);
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + JAR, e);
        }
    }

    /** False if the process exited before it was ready. */
    private boolean launchedAndReady(Instant started) {
        port = freePort();
        logged = size(log);
        process = launch();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Duration.between(started, Instant.now()).compareTo(READY_WITHIN) < 0) {
            if (!process.isAlive()) {
                return false;
            }
            if (answers200(ready)) {
                return true;
            }
            pause();
        }
        kill();
        throw new IllegalStateException("the service was not ready within " + READY_WITHIN + "; see " + log);
    }

    private boolean answers200(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service", e);
        }
    }

    private String loggedSinceLaunch() {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(logged);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
