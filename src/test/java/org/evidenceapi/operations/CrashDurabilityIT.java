package org.evidenceapi.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A 2xx means the write is durable. Through every write path, the packaged service is killed with SIGKILL right
 * after the 2xx, started again on the same database, and must show the write. Embedded H2 (a fresh data folder,
 * the shipped JDBC URL) by default; PostgreSQL when the build runs with -Devidence.db-kind=postgresql
 * -Devidence.test.jdbc-url=... (as .ci/run does). H2's default write delay lost such writes (issue 14).
 */
class CrashDurabilityIT {
    private static final String V1 = "/api/v1";
    private static final Path EXAMPLES = Path.of("src", "main", "resources", "openapi-examples");
    private static final Path WORK = Path.of("target", "crash-durability");
    private static final String ISSUER = "https://evidenceapi.org/dev";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Letters only, so it is one search word; names made from it are new even in a database kept between runs. */
    private final String run = new Random().ints(10, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    private final String article = "crash-" + run + "-import";
    private final String archived = "crash-" + run + "-batch-1";
    private final String deleted = "crash-" + run + "-batch-2";
    private final String topic = "crash-" + run;
    private final String editor = bearer("editor");
    private final String admin = bearer("admin");
    private PackagedService service;
    private int acknowledged;
    private int found;

    @Test
    void everyAcknowledgedWriteSurvivesAKillRightAfterItsAnswer() throws IOException {
        Files.createDirectories(WORK);
        try (PackagedService started = new PackagedService(environment(), WORK.resolve("service-" + run + ".log"))) {
            service = started;
            service.start();
            try {
                importArticle();
                importBatch();
                createTopic();
                replaceTopic();
                patchArticle();
                retractCitedPaper();
                String comment = postComment();
                moderateComment(comment);
                archiveArticle();
                hardDeleteArticle();
            } finally {
                report();
            }
        }
    }

    /** Imported PUBLISHED (the example is IN_REVIEW, and has an ERROR finding): as admin, over the publish gate. */
    private void importArticle() throws IOException {
        JsonNode document = example("importArticle.request.json");
        ((ObjectNode) document.get("article")).put("slug", article).put("title", "Crash test " + run)
                .put("status", "PUBLISHED");
        writeKillRestart("import (POST /imports)",
                () -> as(admin).contentType(ContentType.JSON).body(document)
                        .queryParam("publishOverride", "Crash test fixture").post(V1 + "/imports")
                        .then().statusCode(201),
                written -> {
                    as(editor).get(V1 + "/articles/" + article).then().statusCode(200)
                            .body("title", equalTo("Crash test " + run));
                    api().queryParam("q", run).get(V1 + "/search").then().statusCode(200)
                            .body("items.article.slug", hasItem(article));
                });
    }

    private void importBatch() throws IOException {
        JsonNode batch = example("importArticleBatch.request.json");
        ((ObjectNode) batch.get(0).get("article")).put("slug", archived);
        ((ObjectNode) batch.get(1).get("article")).put("slug", deleted);
        writeKillRestart("batch import (POST /imports/batch)",
                () -> as(editor).contentType(ContentType.JSON).body(batch).post(V1 + "/imports/batch")
                        .then().statusCode(200),
                written -> {
                    as(editor).get(V1 + "/articles/" + archived).then().statusCode(200);
                    as(editor).get(V1 + "/articles/" + deleted).then().statusCode(200);
                });
    }

    private void createTopic() {
        Map<String, String> body = Map.of("slug", topic, "name", "Crash test " + run);
        writeKillRestart("create (POST /topics)",
                () -> as(editor).contentType(ContentType.JSON).body(body).post(V1 + "/topics").then().statusCode(201),
                written -> api().get(V1 + "/topics/" + topic).then().statusCode(200)
                        .body("name", equalTo("Crash test " + run)));
    }

    private void replaceTopic() {
        Map<String, String> body = Map.of("slug", topic, "name", "Crash test " + run + ", replaced");
        String path = V1 + "/topics/" + topic;
        writeKillRestart("replace (PUT /topics/{slug})",
                () -> as(editor).header("If-Match", etag(path)).contentType(ContentType.JSON).body(body).put(path)
                        .then().statusCode(200),
                written -> api().get(path).then().statusCode(200).body("name", equalTo(body.get("name"))));
    }

    private void patchArticle() {
        String path = V1 + "/articles/" + article;
        String subtitle = "Patched right before kill -9";
        writeKillRestart("patch (PATCH /articles/{slug})",
                () -> as(editor).header("If-Match", etag(path)).contentType(MERGE_PATCH)
                        .body(Map.of("subtitle", subtitle)).patch(path).then().statusCode(200),
                written -> as(editor).get(path).then().statusCode(200).body("subtitle", equalTo(subtitle)));
    }

    /** The imported articles all cite Vickers 2018: its retraction reaches each of them. */
    private void retractCitedPaper() {
        String id = api().queryParam("doi", "10.1016/j.jpain.2017.11.005").get(V1 + "/references").then()
                .statusCode(200).extract().path("items[0].id");
        String path = V1 + "/references/" + id;
        writeKillRestart("retraction (PATCH /references/{id})",
                () -> as(editor).header("If-Match", etag(path)).contentType(MERGE_PATCH)
                        .body(Map.of("updateStatus", "RETRACTED")).patch(path).then().statusCode(200),
                written -> {
                    api().get(path).then().statusCode(200).body("updateStatus", equalTo("RETRACTED"));
                    as(editor).queryParam("code", "RETRACTED_REFERENCE").queryParam("limit", 100)
                            .get(V1 + "/integrity/findings").then().statusCode(200)
                            .body("items.article.slug", hasItem(article))
                            .body("items.article.slug", hasItem(archived));
                });
    }

    /** Returns the new comment's id. */
    private String postComment() {
        Map<String, String> body = Map.of("authorName", "Sam", "email", "sam@example.org",
                "body", "Posted right before kill -9 (" + run + ").");
        return writeKillRestart("comment (POST /articles/{slug}/comments)",
                () -> api().contentType(ContentType.JSON).body(body).post(V1 + "/articles/" + article + "/comments")
                        .then().statusCode(201).extract().<String>path("id"),
                id -> as(editor).get(V1 + "/comments/" + id).then().statusCode(200)
                        .body("status", equalTo("PENDING")));
    }

    private void moderateComment(String id) {
        String path = V1 + "/comments/" + id;
        writeKillRestart("moderation (PATCH /comments/{id})",
                () -> as(editor).header("If-Match", etag(path)).contentType(MERGE_PATCH)
                        .body(Map.of("status", "APPROVED")).patch(path).then().statusCode(200),
                written -> api().get(V1 + "/articles/" + article + "/comments").then().statusCode(200)
                        .body("items.id", hasItem(id)));
    }

    private void archiveArticle() {
        String path = V1 + "/articles/" + archived;
        writeKillRestart("delete, i.e. archive (DELETE /articles/{slug})",
                () -> as(editor).header("If-Match", etag(path)).delete(path).then().statusCode(200),
                written -> as(editor).get(path).then().statusCode(200).body("status", equalTo("ARCHIVED")));
    }

    private void hardDeleteArticle() {
        String path = V1 + "/articles/" + deleted;
        writeKillRestart("hard delete (DELETE /articles/{slug}?hard=true, admin)",
                () -> as(admin).header("If-Match", etag(path)).queryParam("hard", true).delete(path)
                        .then().statusCode(204),
                written -> as(admin).get(path).then().statusCode(404));
    }

    /**
     * Makes the write (which asserts its 2xx), kills the service before it can do anything else, starts it again
     * on the same database and checks what the write changed. Returns what the write returned.
     */
    private <T> T writeKillRestart(String write, Supplier<T> acknowledgedWrite, Consumer<T> check) {
        T written = acknowledgedWrite.get();
        service.kill();
        acknowledged++;
        service.start();
        try {
            check.accept(written);
        } catch (AssertionError lost) {
            throw new AssertionError("Lost after kill -9 and restart: the " + write + " answered 2xx", lost);
        }
        found++;
        return written;
    }

    private void report() {
        List<Duration> startups = service.startups();
        double seconds = startups.stream().mapToLong(Duration::toMillis).sum() / 1000.0;
        System.out.printf("Crash durability on %s: writes acknowledged %d, found after kill -9 and restart %d, "
                + "lost: %d (%d starts, %.1f s of start-up)%n", databaseKind(), acknowledged, found,
                acknowledged - found, startups.size(), seconds);
    }

    private RequestSpecification api() {
        return given().spec(service.api());
    }

    private RequestSpecification as(String bearer) {
        return api().header("Authorization", bearer);
    }

    private String etag(String path) {
        return as(admin).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static JsonNode example(String name) throws IOException {
        return JSON.readTree(EXAMPLES.resolve(name).toFile());
    }

    /** The service's database: a fresh H2 folder, or the PostgreSQL database the build's tests run on. */
    private Map<String, String> environment() throws IOException {
        Map<String, String> env = new HashMap<>(Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "src/dev-keys/publicKey.pem",
                "MP_JWT_VERIFY_ISSUER", ISSUER,
                "EVIDENCE_DEMO_CONTENT_ENABLED", "false"));
        if (databaseKind().equals("postgresql")) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", required("evidence.test.jdbc-url"));
            env.put("QUARKUS_DATASOURCE_USERNAME", required("evidence.test.db-user"));
            env.put("QUARKUS_DATASOURCE_PASSWORD", System.getProperty("evidence.test.db-password", ""));
        } else {
            // Absolute: H2 refuses a path relative to the working directory without ./
            Path data = Files.createDirectories(WORK.resolve("data-" + run)).toAbsolutePath();
            env.put("EVIDENCE_DATA_DIR", data.toString());
        }
        return env;
    }

    /** Failsafe passes an unset -D as empty. */
    private static String databaseKind() {
        String kind = System.getProperty("evidence.db-kind", "");
        return kind.isBlank() ? "h2" : kind;
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is required with -Devidence.db-kind=postgresql");
        }
        return value;
    }

    private static String bearer(String role) {
        try {
            PrivateKey key = KeyUtils.decodePrivateKey(Files.readString(Path.of("src", "dev-keys", "privateKey.pem")));
            return "Bearer " + Jwt.upn("crash-" + role).subject("crash-" + role).groups(role).issuer(ISSUER)
                    .expiresIn(Duration.ofMinutes(30)).sign(key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }
}
