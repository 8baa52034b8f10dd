package org.evidenceapi.importing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

/**
 * A library of articles that cite the same papers: importing two more articles that share three papers each with
 * the demo article (and, for one, a study summary), and then both again under new slugs, leaves everything the demo
 * article shows as it was and adds no summary the second time.
 */
@QuarkusTest
class SharedPapersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECOND = "shared-papers-chronic-pain";
    private static final String THIRD = "shared-papers-around-surgery";

    /** What the demo article shows that another article could change. */
    record DemoArticle(List<String> studies, String evidence, Map<String, Object> integrityCounts, String jsonLd,
            Map<String, String> searchCredits) {
    }

    @Test
    void articlesSharingItsPapersLeaveTheDemoArticleAsItWas() throws IOException {
        DemoArticle before = demoArticle();
        assertEquals(11, before.studies().size());
        int librarySummaries = librarySummaries();

        importDocument(document("src/main/resources/openapi-examples/importArticle.request.json", SECOND), 201);
        importDocument(document("src/test/resources/library/acupuncture-around-surgery.json", THIRD), 201);
        int added = librarySummaries() - librarySummaries;
        importDocument(document("src/main/resources/openapi-examples/importArticle.request.json", SECOND), 409);
        importDocument(document("src/test/resources/library/acupuncture-around-surgery.json", THIRD), 409);
        assertEquals(added, librarySummaries() - librarySummaries, "the refused second imports wrote nothing");
        importDocument(document("src/main/resources/openapi-examples/importArticle.request.json", SECOND + "-again"),
                201);
        importDocument(document("src/test/resources/library/acupuncture-around-surgery.json", THIRD + "-again"), 201);

        assertEquals(before, demoArticle());
        assertEquals(added, librarySummaries() - librarySummaries, "importing them again reused every summary");
        assertEquals(Map.of("error", 5, "warning", 22, "info", 7), before.integrityCounts());
    }

    @Test
    void aSummaryEqualInSubstanceToAStoredOneIsReused() throws IOException {
        String slug = THIRD + "-reuse";
        importDocument(document("src/test/resources/library/acupuncture-around-surgery.json", slug), 201);
        List<String> studies = studyIds(V1 + "/articles/" + slug);
        assertEquals(3, studies.size(), "its document's three summaries");
        Set<String> shared = studies.stream().filter(studyIds(SEED_PATH)::contains).collect(Collectors.toSet());
        assertEquals(1, shared.size(), "the thyroid-surgery meta-analysis, summarised as the demo article does");
        assertEquals(Api.seedStudyId("Electroacupuncture or TEAS"), shared.iterator().next());
    }

    private static DemoArticle demoArticle() {
        return new DemoArticle(studyIds(SEED_PATH),
                given().get(SEED_PATH + "/evidence").then().statusCode(200).extract().asString(),
                given().get(SEED_PATH + "/integrity").then().statusCode(200).extract().path("counts"),
                given().accept("application/ld+json").get(SEED_PATH).then().statusCode(200).extract().asString(),
                searchCredits());
    }

    /** Each study hit of the README's search, with the article it is credited to, for the demo's hits. */
    private static Map<String, String> searchCredits() {
        List<Map<String, Object>> hits = given().queryParam("q", "acup*").queryParam("kind", "STUDY")
                .queryParam("design", "META_ANALYSIS").queryParam("limit", 100).get(V1 + "/search")
                .then().statusCode(200).extract().path("items");
        Map<String, String> credits = new TreeMap<>();
        hits.stream().filter(hit -> SEED.equals(((Map<?, ?>) hit.get("article")).get("slug")))
                .forEach(hit -> credits.put((String) hit.get("id"), SEED));
        return credits;
    }

    private static List<String> studyIds(String article) {
        return editor().queryParam("limit", 100).get(article + "/studies")
                .then().statusCode(200).extract().path("items.id");
    }

    private static int librarySummaries() {
        int count = 0;
        String cursor = null;
        do {
            var request = editor().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(V1 + "/studies").then().statusCode(200).extract().jsonPath();
            count += page.getList("items").size();
            cursor = page.getString("page.nextCursor");
        } while (cursor != null);
        return count;
    }

    private static String document(String file, String slug) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(file)));
        ((ObjectNode) document.get("article")).put("slug", slug);
        return document.toString();
    }

    private static void importDocument(String document, int status) {
        editor().contentType("application/json").body(document)
                .post(V1 + "/imports").then().log().ifValidationFails().statusCode(status);
    }
}
