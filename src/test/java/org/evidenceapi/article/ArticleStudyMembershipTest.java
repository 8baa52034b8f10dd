package org.evidenceapi.article;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

/** An edit attaches a study summary to an article and detaches it, without touching any other article. */
@QuarkusTest
class ArticleStudyMembershipTest {
    private static final String ARTICLES = V1 + "/articles";

    @Test
    void anEditAttachesAndDetachesAStudyOfAnotherArticlesPaper() {
        String slug = created("membership-by-edit");
        String vickers = seedStudy(13, 0);
        List<String> demoStudies = studyIds(SEED_PATH);
        String before = etag(slug);

        editor().header("If-Match", before).put(studyPath(slug, vickers)).then().statusCode(200)
                .body("slug", equalTo(slug));
        String attached = etag(slug);
        assertNotEquals(before, attached, "attaching changes the article's ETag");
        assertEquals(List.of(vickers), studyIds(ARTICLES + "/" + slug));
        editor().get(ARTICLES + "/" + slug + "/evidence").then().statusCode(200);
        editor().header("If-Match", attached).put(studyPath(slug, vickers)).then().statusCode(200);
        assertEquals(attached, etag(slug), "attaching it again changes nothing");
        assertEquals(demoStudies, studyIds(SEED_PATH), "the demo article's studies are its own");

        editor().header("If-Match", attached).delete(studyPath(slug, vickers)).then().statusCode(200);
        assertEquals(List.of(), studyIds(ARTICLES + "/" + slug));
        Api.notFound(editor().header("If-Match", etag(slug)).delete(studyPath(slug, vickers)), studyPath(slug, vickers),
                vickers);
        assertEquals(demoStudies, studyIds(SEED_PATH));
    }

    @Test
    void aStudyAClaimRestsOnCannotBeDetached() {
        String seedId = Api.seedArticleId();
        String zhang = seedStudy(14, 0);
        String tag = Api.etag(SEED_PATH);
        Api.problem(editor().header("If-Match", tag).delete(studyPath(seedId, zhang)), 409, "Conflict",
                studyPath(seedId, zhang)).body("detail", containsString("[14, 15]"));
        assertEquals(tag, Api.etag(SEED_PATH),
                "the refused detach wrote nothing");
    }

    @Test
    void badRequestsAreProblems() {
        String slug = created("membership-refusals");
        String study = seedStudy(13, 0);
        Api.problem(editor().put(studyPath(slug, study)), 428, "Precondition Required", studyPath(slug, study));
        Api.problem(editor().header("If-Match", "\"stale\"").put(studyPath(slug, study)), 412,
                "Precondition Failed", studyPath(slug, study));
        Api.notFound(editor().header("If-Match", etag(slug)).put(studyPath(slug, Api.UNKNOWN_ID)),
                studyPath(slug, Api.UNKNOWN_ID), Api.UNKNOWN_ID);
        Api.badParameter(editor().header("If-Match", etag(slug)).put(studyPath(slug, "not-an-id")),
                studyPath(slug, "not-an-id"), "studyId");
        given().put(studyPath(slug, study)).then().statusCode(401);
        assertEquals(List.of(), studyIds(ARTICLES + "/" + slug), "nothing was attached");
    }

    private static String created(String slug) {
        editor().contentType(ContentType.JSON).body("""
                {"slug": "%s", "title": "A title", "level": "BEGINNER", "status": "DRAFT",
                 "sections": [{"heading": null, "blocks": [{"type": "PARAGRAPH", "text": "Words."}]}]}
                """.formatted(slug)).post(ARTICLES).then().statusCode(201);
        return slug;
    }

    private static String seedStudy(int claim, int index) {
        return given().get(V1 + "/claims/" + Api.seedClaimId(claim)).then().statusCode(200).extract()
                .path("studyIds[" + index + "]");
    }

    private static List<String> studyIds(String article) {
        return editor().get(article + "/studies?limit=100").then().statusCode(200).extract().path("items.id");
    }

    private static String studyPath(String article, String study) {
        return ARTICLES + "/" + article + "/studies/" + study;
    }

    private static String etag(String slug) {
        return editor().get(ARTICLES + "/" + slug).then().statusCode(200).body("slug", not(equalTo(null))).extract()
                .header("ETag");
    }
}
