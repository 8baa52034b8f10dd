import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The training run of the JDK's AOT cache (JEP 514/515): starts the packaged service with
 * {@code -XX:AOTCacheOutput=app.aot} on a throwaway embedded database (its first start migrates and imports the demo
 * article), sends it the reads a restarted instance serves first, and stops it; the JVM writes the cache as it
 * exits. What the cache holds is what this run loaded, linked and profiled, so the run has the in-process caches
 * off ({@code EVIDENCE_CACHE_ENABLED=false}): every read goes through the resources and their queries, not only the
 * first of each.
 *
 * <p>Run with the JDK the cache is for (25 or newer), which must also be the one that later starts the service:
 * {@code java src/build-tools/TrainAotCache.java APP_DIR [JVM_OPTION...]}; the pom's {@code aot-cache} profile does
 * this after packaging. The JVM options must be those the service runs with: a cache made with another collector or
 * class path is refused at start (with a warning, and the service starts without it).
 */
public class TrainAotCache {
    static final String ARTICLE = "/api/v1/articles/health-benefits-of-acupuncture-part-1";
    static final List<String> READS = List.of(
            ARTICLE + "?include=claims,studies,references,authors,topics", ARTICLE, ARTICLE + "/claims",
            ARTICLE + "/references", ARTICLE + "/studies", "/api/v1/articles", "/api/v1/articles?limit=5&sort=createdAt",
            "/api/v1/search?q=acupuncture", "/q/health/ready", "/q/health/live");
    static final int ROUNDS = 200;
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args[0]).toAbsolutePath();
        Path cache = appDir.resolve("app.aot");
        Files.deleteIfExists(cache);
        Path dataDir = Files.createTempDirectory("evidence-aot-training");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:AOTCacheOutput=app.aot"));
        command.addAll(List.of(args).subList(1, args.length));
        command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDir.toFile())
                .redirectErrorStream(true).redirectOutput(appDir.getParent().resolve("aot-training.log").toFile());
        builder.environment().put("EVIDENCE_DATA_DIR", dataDir.toString());
        builder.environment().put("EVIDENCE_CACHE_ENABLED", "false");
        Process service = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            awaitStart(client, base, service);
            for (int round = 0; round < ROUNDS; round++) {
                for (String path : READS) {
                    read(client, base + path);
                }
            }
        } finally {
            service.destroy(); // SIGTERM: an orderly exit, at which the JVM writes the cache
            if (!service.waitFor(5, TimeUnit.MINUTES)) {
                service.destroyForcibly();
            }
            deleteTree(dataDir);
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("no AOT cache was written: see " + appDir.getParent().resolve("aot-training.log"));
        }
        System.out.printf("AOT cache trained: %s (%d MB)%n", cache, Files.size(cache) >> 20);
    }

    static void awaitStart(HttpClient client, String base, Process service) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited during the training run");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/live")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens once the start is done
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start within " + START_TIMEOUT);
    }

    static void read(HttpClient client, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build();
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException(url + " answered " + status);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
