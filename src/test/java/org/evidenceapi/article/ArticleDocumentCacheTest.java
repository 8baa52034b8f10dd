package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The cached article document is never stale on the instance that wrote, whatever part of it changed. */
@QuarkusTest
class ArticleDocumentCacheTest {
    private static final String PATH = "/api/v1/articles/cache-fresh?include=claims,studies,references,authors,topics";

    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyWriteToAPartOfTheArticleShowsInTheNextRead() {
        importer.importDocument(TestDocuments.article("cache-fresh", 2, 2));
        Response first = given().get(PATH);
        assertEquals(0, statementsFor(PATH), "the second read is served from memory");

        String reference = first.path("references[0].reference.id");
        patch("/api/v1/references/" + reference, "{\"title\": \"A renamed paper\"}");
        Response afterReference = given().get(PATH);
        afterReference.then().body("references[0].reference.title", equalTo("A renamed paper"));
        assertNotEquals(first.header("ETag"), afterReference.header("ETag"));

        String claim = first.path("claims[1].id");
        patch("/api/v1/claims/" + claim, "{\"statement\": \"A sharper claim.\"}");
        given().get(PATH).then().body("claims[1].statement", equalTo("A sharper claim."));

        String study = first.path("studies[0].id");
        patch("/api/v1/studies/" + study, "{\"notes\": \"Re-read.\"}");
        given().get(PATH).then().body("studies[0].notes", equalTo("Re-read."));

        patch("/api/v1/authors/test-author", "{\"name\": \"Renamed Author\"}");
        given().get(PATH).then().body("authors[0].name", equalTo("Renamed Author"));
    }

    @Test
    void draftsCachedForEditorsStayHiddenFromEveryoneElse() {
        importer.importDocument(TestDocuments.article("cache-draft", 1, 1, ArticleStatus.DRAFT));
        editor().get("/api/v1/articles/cache-draft").then().statusCode(200);
        given().get("/api/v1/articles/cache-draft").then().statusCode(404);
    }

    private long statementsFor(String path) {
        sessionFactory.getStatistics().clear();
        given().get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void patch(String path, String body) {
        String etag = etag(path);
        editor().header("If-Match", etag).contentType(MergePatch.MEDIA_TYPE)
                .body(body).patch(path).then().statusCode(200);
    }
}
