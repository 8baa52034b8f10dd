package org.evidenceapi.caching;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.visibility.ArticleStatus;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A write drops from the in-process caches what it changed and the pages that show it, here and, through the
 * shared database, on every other instance; everything else stays kept.
 */
@QuarkusTest
class TargetedInvalidationTest {
    private static final String EXPANDED = "?include=claims,studies,references,authors,topics";
    private static final String V1 = "/api/v1/articles/";

    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteDropsTheArticleItChangedAndThePagesListingIt() {
        String changed = imported("targeted-changed");
        String untouched = imported("targeted-untouched");
        readTwice(changed + EXPANDED, untouched + EXPANDED, untouched + "/claims", "/api/v1/articles?limit=100");

        editor().header("If-Match", etag(changed)).contentType(MergePatch.MEDIA_TYPE)
                .body(Map.of("title", "Retitled a moment ago")).patch(changed).then().statusCode(200);

        assertAnsweredFromMemory(untouched + EXPANDED);
        assertAnsweredFromMemory(untouched + "/claims");
        given().get(changed + EXPANDED).then().statusCode(200).body("title", equalTo("Retitled a moment ago"));
        given().get("/api/v1/articles?limit=100").then().statusCode(200)
                .body("items.find { it.slug == 'targeted-changed' }.title", equalTo("Retitled a moment ago"));
    }

    @Test
    void aRenamedArticleIsNoLongerAnsweredAtItsOldSlug() {
        String old = imported("targeted-old-slug");
        readTwice(old, old + EXPANDED);
        editor().header("If-Match", etag(old)).contentType(MergePatch.MEDIA_TYPE)
                .body(Map.of("slug", "targeted-new-slug")).patch(old).then().statusCode(200);
        given().get(old).then().statusCode(404);
        given().get(old + EXPANDED).then().statusCode(404);
        given().get(V1 + "targeted-new-slug").then().statusCode(200).body("slug", equalTo("targeted-new-slug"));
    }

    @Test
    void anEditorsDraftDocumentFollowsTheEditorsWrites() {
        importer.importDocument(TestDocuments.article("targeted-draft", 1, 1, ArticleStatus.DRAFT));
        String draft = V1 + "targeted-draft";
        editor().get(draft + EXPANDED).then().statusCode(200);
        editor().header("If-Match", etag(draft)).contentType(MergePatch.MEDIA_TYPE)
                .body(Map.of("title", "A draft retitled")).patch(draft).then().statusCode(200);
        editor().get(draft + EXPANDED).then().statusCode(200).body("title", equalTo("A draft retitled"));
    }

    @Test
    void aChangeOnAnotherInstanceDropsWhatItNamesAndNothingElse() {
        String changed = imported("targeted-elsewhere");
        String untouched = imported("targeted-not-elsewhere");
        readTwice(changed, untouched);
        InProcessCaches.changedElsewhere("article:targeted-elsewhere", "articles");
        assertReachesTheDatabase(changed);
        assertAnsweredFromMemory(untouched);
    }

    @Test
    void changesAnotherInstanceMadeAreNotMissedAfterALaterChangeHere() {
        String elsewhere = imported("targeted-before-local");
        readTwice(elsewhere);
        InProcessCaches.committedElsewhere("article:targeted-before-local");
        String local = imported("targeted-local-after"); // a later change, learnt here at once
        readTwice(local);
        InProcessCaches.refresh();
        assertReachesTheDatabase(elsewhere);
    }

    @Test
    void anInstanceThatMissedPurgedChangesDropsEverything() throws SQLException {
        String untouched = imported("targeted-gap");
        readTwice(untouched);
        long purged = InProcessCaches.committedElsewhere("article:some-other-article");
        try (Connection connection = dataSource.getConnection(); Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from change_invalidation where sequence = " + purged);
        }
        InProcessCaches.changedElsewhere("article:yet-another-article");
        assertReachesTheDatabase(untouched);
    }

    private String imported(String slug) {
        importer.importDocument(TestDocuments.article(slug, 2, 2));
        return V1 + slug;
    }

    private static void readTwice(String... paths) {
        for (String path : paths) {
            given().get(path).then().statusCode(200);
            given().get(path).then().statusCode(200);
        }
    }

    private void assertAnsweredFromMemory(String path) {
        double hits = hits();
        sessionFactory.getStatistics().clear();
        given().get(path).then().statusCode(200);
        assertEquals(hits + 1, hits(), path + " is answered from the cache");
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "no SQL for " + path);
    }

    private void assertReachesTheDatabase(String path) {
        double hits = hits();
        sessionFactory.getStatistics().clear();
        given().get(path).then().statusCode(200);
        assertEquals(hits, hits(), path + " is not answered from the cache");
        assertTrue(sessionFactory.getStatistics().getPrepareStatementCount() > 0, "SQL for " + path);
    }

    private static double hits() {
        return InProcessCaches.responseHits();
    }
}
