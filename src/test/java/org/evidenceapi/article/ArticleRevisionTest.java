package org.evidenceapi.article;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.study.StudySummary;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleRevisionTest {
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    @Test
    void everyChangeToAnArticleOrItsPartsIsARevisionWithWhoAndWhen() throws Exception {
        String path = imported("history-edits");
        Response first = editor().get(path + "/revisions");
        first.then().statusCode(200).body("items", hasSize(1)).body("items[0].change", equalTo("CREATED"))
                .body("items[0].changedBy", equalTo("alice")).body("items[0].changedAt", notNullValue());
        long created = first.jsonPath().getLong("items[0].revision");

        patch(path, "{\"subtitle\": \"Second thoughts\"}");
        String claim = editor().get(path + "/claims").path("items[0].id");
        editor().header("If-Match", etag("/api/v1/claims/" + claim))
                .contentType(MergePatch.MEDIA_TYPE).body("{\"certainty\": \"VERY_LOW\"}")
                .patch("/api/v1/claims/" + claim).then().statusCode(200);

        JsonPath history = editor().get(path + "/revisions").jsonPath();
        assertEquals(List.of("UPDATED", "UPDATED", "CREATED"), history.getList("items.change"));
        long latest = history.getLong("items[0].revision");
        editor().get(path + "/revisions/" + created).then().statusCode(200)
                .body("revision.revision", equalTo((int) created)).body("article.subtitle", equalTo(null))
                .body("article.version", equalTo(0)).body("article.claims[0].certainty", equalTo("MODERATE"))
                .body("article.references", hasSize(2)).body("article.sections[0].blocks", hasSize(2))
                .body("article.authors[0].slug", equalTo("test-author"));
        editor().get(path + "/revisions/" + latest).then().statusCode(200)
                .body("revision.changedBy", equalTo("alice")).body("article.subtitle", equalTo("Second thoughts"))
                .body("article.claims[0].certainty", equalTo("VERY_LOW"));
    }

    @Test
    void theLatestRevisionReadsLikeTheArticleItself() throws Exception {
        String path = imported("history-same");
        long latest = editor().get(path + "/revisions").jsonPath().getLong("items[0].revision");
        JsonPath now = editor().get(path + "?include=claims,references,authors,topics").jsonPath();
        JsonPath then = editor().get(path + "/revisions/" + latest).jsonPath();
        assertEquals(json.readTree(json.writeValueAsString(now.getMap("$"))),
                json.readTree(json.writeValueAsString(then.getMap("article"))));
    }

    @Test
    void archivingAndHardDeletionKeepTheHistory() {
        String path = imported("history-deleted");
        int claims = editor().get(path + "/claims").jsonPath().getList("items").size();
        editor().header("If-Match", etag(path)).delete(path).then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        admin().header("If-Match", etag(path))
                .delete(path + "?hard=true").then().statusCode(204);
        editor().get(path).then().statusCode(404);

        JsonPath history = editor().get(path + "/revisions").jsonPath();
        assertEquals(List.of("DELETED", "UPDATED", "CREATED"), history.getList("items.change"));
        assertEquals("root", history.getString("items[0].changedBy"));
        long deleted = history.getLong("items[0].revision");
        editor().get(path + "/revisions/" + deleted).then().statusCode(200)
                .body("revision.change", equalTo("DELETED")).body("article.status", equalTo("ARCHIVED"))
                .body("article.claims", hasSize(claims)).body("article.references", hasSize(2));
        String id = editor().get(path + "/revisions/" + deleted).path("article.id");
        editor().get("/api/v1/articles/" + id + "/revisions").then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void referencesAndStudySummariesKeepTheirHistoryToo() {
        String path = imported("history-library");
        String reference = given().get(path + "/references").path("items[0].reference.id");
        editor().header("If-Match", Api.etag("/api/v1/references/" + reference))
                .contentType(MergePatch.MEDIA_TYPE).body("{\"notes\": \"Checked against the journal.\"}")
                .patch("/api/v1/references/" + reference).then().statusCode(200);
        String study = given().get(path + "/studies").path("items[0].id");
        editor().header("If-Match", Api.etag("/api/v1/studies/" + study))
                .contentType(MergePatch.MEDIA_TYPE).body("{\"notes\": \"Re-read.\"}")
                .patch("/api/v1/studies/" + study).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            var reader = AuditReaderFactory.get(em);
            assertEquals(2, reader.getRevisions(Reference.class, UUID.fromString(reference)).size());
            assertEquals(2, reader.getRevisions(StudySummary.class, UUID.fromString(study)).size());
            Number before = reader.getRevisions(Reference.class, UUID.fromString(reference)).get(0);
            assertEquals(null, reader.find(Reference.class, UUID.fromString(reference), before).notes);
        });
    }

    @Test
    void historyIsPagedNewestFirst() {
        String path = imported("history-paged");
        patch(path, "{\"subtitle\": \"One\"}");
        patch(path, "{\"subtitle\": \"Two\"}");
        Response page1 = editor().get(path + "/revisions?limit=2");
        page1.then().statusCode(200).body("items", hasSize(2)).body("page.nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\""));
        List<Long> firstTwo = page1.jsonPath().getList("items.revision", Long.class);
        Response page2 = editor().get(path + "/revisions?limit=2&cursor=" + page1.path("page.nextCursor"));
        page2.then().statusCode(200).body("items", hasSize(1)).body("items[0].change", equalTo("CREATED"))
                .body("page.nextCursor", equalTo(null));
        assertEquals(true, firstTwo.get(0) > firstTwo.get(1));
        assertEquals(true, firstTwo.get(1) > page2.jsonPath().getLong("items[0].revision"));
    }

    @Test
    void historyIsForEditorsAndNamesWhatIsWrong() {
        String path = imported("history-errors");
        given().get(path + "/revisions").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", Tokens.reader()).get(path + "/revisions").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        editor().get("/api/v1/articles/no-such-article/revisions").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        editor().get(path + "/revisions/abc").then().statusCode(400).body("errors[0].field", equalTo("revision"));
        editor().get(path + "/revisions/0").then().statusCode(400).body("errors[0].field", equalTo("revision"));
        editor().get(path + "/revisions/999999").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("999999"));
        String other = imported("history-other");
        long otherRevision = editor().get(other + "/revisions").jsonPath().getLong("items[0].revision");
        editor().get(path + "/revisions/" + otherRevision).then().statusCode(404);
        editor().get(path + "/revisions?cursor=bogus").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    private String imported(String slug) {
        String path = "/api/v1/articles/" + slug;
        editor().contentType(ContentType.JSON).body(TestDocuments.article(slug, 2, 2)).post("/api/v1/imports").then()
                .statusCode(201);
        return path;
    }

    private static void patch(String path, String body) {
        editor().header("If-Match", etag(path)).contentType(MergePatch.MEDIA_TYPE).body(body)
                .patch(path).then().statusCode(200);
    }
}
