package org.evidenceapi.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.http.RetryLater;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.search.SearchDocuments.ClaimText;
import org.junit.jupiter.api.Test;

/**
 * The embedded index across restarts: engines opened here over a folder of their own, on the suite's database,
 * stand for the service starting, stopping and crashing. An up-to-date index is used as it is; one behind the
 * database catches up; one that does not fit the database is rebuilt, and search answers 503 meanwhile.
 */
@QuarkusTest
class LuceneSearchLifecycleTest {
    @Inject
    SearchSources sources;
    @Inject
    SearchChangeCollector collector;
    @Inject
    ArticleImporter importer;

    @Test
    void anUpToDateIndexIsReusedAtStartAndOneBehindCatchesUp() throws Exception {
        Path folder = Files.createTempDirectory("search-index");
        LuceneSearch first = started(folder);
        assertFalse(hits(first, "acupuncture").isEmpty());
        first.close();
        long version = storedVersion(folder);
        assertEquals(Api.inTransaction(sources::newestRevision), version);

        LuceneSearch second = engine(folder);
        synchronized (second) {
            second.open();
            assertTrue(second.ready(), "an index at the database's version is searchable at once");
        }
        assertFalse(hits(second, "acupuncture").isEmpty());
        assertEquals(0, zorblatArticles(second));
        second.close();

        // a commit the index never saw, as after a crash between the database's commit and the index's
        importArticle("lifecycle-caught-up", "Zorblat remedies for flimmer");
        LuceneSearch third = started(folder);
        assertEquals(1, zorblatArticles(third));
        third.close();
        assertTrue(storedVersion(folder) > version);
    }

    @Test
    void anIndexNewerThanTheDatabaseIsRebuiltAndSearchWaitsMeanwhile() throws Exception {
        Path folder = Files.createTempDirectory("search-index");
        try (LuceneIndex stale = LuceneIndex.open(folder)) {
            Document stray = new Document();
            stray.add(new StringField(LuceneDocuments.KIND, SearchKind.ARTICLE.name(), Field.Store.YES));
            stale.writer().addDocument(stray);
            stale.commit(Long.MAX_VALUE);
        }
        LuceneSearch engine = engine(folder);
        synchronized (engine) { // the rebuild's batches wait for this lock
            engine.open();
            assertFalse(engine.ready());
            RetryLater refused = assertThrows(RetryLater.class, () -> hits(engine, "acupuncture"));
            assertTrue(refused.retryAfterSeconds() > 0);
        }
        awaitReady(engine);
        assertFalse(hits(engine, "acupuncture").isEmpty());
        engine.close();
        assertEquals(Api.inTransaction(sources::newestRevision), storedVersion(folder));
    }

    @Test
    void searchWhileTheIndexIsNotReadyIsA503WithRetryAfter() {
        QuarkusMock.installMockForType(new SearchEngine() {
            @Override
            public List<ScoredHit> hits(SearchQuery query, SearchFilter filter, ScoredHit after, boolean backward,
                    int limit) {
                return new LuceneSearch().hits(query, filter, after, backward, limit);
            }
        }, SearchEngine.class);
        for (String path : List.of(Api.V1 + "/search", Api.V1 + "/search/suggest")) {
            Api.problem(given().queryParam("q", "acupuncture").get(path), 503, "Service Unavailable", path)
                    .header("Retry-After", "10");
        }
    }

    private LuceneSearch engine(Path folder) {
        LuceneSearch engine = new LuceneSearch();
        engine.folder = Optional.of(folder);
        engine.sources = sources;
        engine.collector = collector;
        return engine;
    }

    private LuceneSearch started(Path folder) throws InterruptedException {
        LuceneSearch engine = engine(folder);
        engine.open();
        awaitReady(engine);
        return engine;
    }

    /** Waits for the background rebuild, which indexes what the suite has written so far. */
    private static void awaitReady(LuceneSearch engine) throws InterruptedException {
        for (int i = 0; i < 1200 && !engine.ready(); i++) {
            Thread.sleep(50);
        }
        assertTrue(engine.ready(), "the index was not ready after a minute");
    }

    private static long storedVersion(Path folder) {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            return index.contentVersion().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<ScoredHit> hits(LuceneSearch engine, String q) {
        return engine.hits(SearchQuery.parse(q, 200, new EnglishAnalyzer()),
                SearchFilter.of(null, null, null, null, null), null, false, 50);
    }

    private static long zorblatArticles(LuceneSearch engine) {
        return hits(engine, "zorblat").stream().filter(h -> h.kind() == SearchKind.ARTICLE).count();
    }

    private void importArticle(String slug, String title) {
        importer.importDocument(SearchDocuments.article(slug + "-" + UUID.randomUUID().toString().substring(0, 8),
                title, "About zorblat.", ArticleStatus.PUBLISHED, "Zorblat trial",
                List.of(new ClaimText("Zorblat eased flimmer.", "Flimmer"))));
    }
}
