package org.evidenceapi.changes;

import static org.evidenceapi.common.Api.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two writing transactions whose commits come in the other order than their revision numbers: the feed's tokens
 * still skip neither. Run on PostgreSQL by CI (and on H2 by default), where several instances share the database.
 */
@QuarkusTest
class InterleavedCommitTest {
    @Inject
    TransactionPause pause;
    @Inject
    DataSource dataSource;

    @Test
    @Timeout(120)
    void aChangeThatCommitsAfterALaterNumberedOneIsNotSkipped() throws Exception {
        String first = author();
        String second = author();
        FeedClient reader = FeedClient.anonymous();
        reader.sync();

        pause.arm(TransactionPause.Point.AFTER_REVISION);
        CompletableFuture<Void> early = CompletableFuture.runAsync(() -> rename(first));
        long earlyRevision = pause.awaitReached();
        rename(second);
        List<Map<String, Object>> whileEarlyIsOpen = reader.sync();
        pause.release();
        early.get(30, TimeUnit.SECONDS);

        long lateRevision = revisionOf(second);
        assertTrue(earlyRevision < lateRevision, "the open transaction has the lower revision number");
        assertEquals(List.of(second), slugs(whileEarlyIsOpen), "only the committed change is readable");
        assertEquals(List.of(first), slugs(reader.sync()), "the earlier-numbered change comes after it, not lost");
    }

    @Test
    @Timeout(120)
    void aTransactionHoldingItsNumberMakesTheNextWaitForItsCommit() throws Exception {
        String first = author();
        String second = author();
        FeedClient reader = FeedClient.anonymous();
        reader.sync();

        pause.arm(TransactionPause.Point.AFTER_NUMBER);
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> rename(first));
        pause.awaitReached();
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> rename(second));
        assertThrowsTimeout(waiting);
        assertTrue(reader.sync().isEmpty(), "nothing committed yet");
        pause.release();
        holding.get(30, TimeUnit.SECONDS);
        waiting.get(30, TimeUnit.SECONDS);

        assertEquals(List.of(first, second), slugs(reader.sync()), "in commit order");
    }

    private static void assertThrowsTimeout(CompletableFuture<Void> waiting) throws Exception {
        try {
            waiting.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException expected) {
            return;
        }
        assertFalse(true, "the second commit did not wait for the first");
    }

    private static String author() {
        String slug = "interleaved-" + UUID.randomUUID().toString().substring(0, 8);
        Api.editor().contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Author " + slug))
                .post(V1 + "/authors").then().statusCode(201);
        return slug;
    }

    private static void rename(String slug) {
        String path = V1 + "/authors/" + slug;
        Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag(path))
                .body(Map.of("name", "Renamed " + slug)).patch(path).then().statusCode(200);
    }

    private long revisionOf(String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select max(a.rev) from author_aud a"
                        + " join author x on x.id = a.id where x.slug = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    private static List<String> slugs(List<Map<String, Object>> items) {
        return items.stream().filter(i -> "AUTHOR".equals(i.get("type"))).map(i -> (String) i.get("slug")).toList();
    }
}
