package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Strong ETags on every 200 GET, 304 on If-None-Match, 200 again when the tag is stale. */
@QuarkusTest
class EntityTagTest {
    /** A strong entity tag: a quoted opaque string without the W/ prefix. */
    static final String STRONG_TAG = "^\"[A-Za-z0-9_-]+\"$";
    static final String EXPANDED = SEED_PATH + "?include=claims,studies,references,authors,topics";

    @Inject
    ArticleImporter importer;

    static Stream<String> everyKindOfGet() {
        return Stream.of(V1 + "/articles", SEED_PATH, EXPANDED, SEED_PATH + "/claims?limit=5",
                SEED_PATH + "/references", SEED_PATH + "/studies", V1 + "/claims?limit=5", V1 + "/studies",
                V1 + "/references?doi=10.1016/j.jpain.2017.11.005", V1 + "/authors", V1 + "/authors/margaux-loyer",
                V1 + "/topics", V1 + "/topics/acupuncture");
    }

    @ParameterizedTest
    @MethodSource("everyKindOfGet")
    void everyGetHasAStrongTagThatA304Honours(String path) {
        String tag = given().get(path).then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_TAG))
                .extract().header("ETag");
        given().header("If-None-Match", tag).get(path).then()
                .statusCode(304)
                .header("ETag", equalTo(tag))
                .body(emptyString());
    }

    @Test
    void itemsListsAndTheExpandedArticleAnswer304() {
        String claim = V1 + "/claims/" + Api.seedClaimId(13);
        for (String path : new String[] {claim, V1 + "/claims?limit=5", EXPANDED, V1 + "/studies/"
                + Api.seedStudyId("Individual patient data"), V1 + "/references/" + Api.seedReferenceId(9)}) {
            Response first = given().get(path);
            first.then().statusCode(200).header("ETag", notNullValue());
            Response again = given().header("If-None-Match", first.header("ETag")).get(path);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.asString(), "a 304 has no body: " + path);
            assertEquals("", again.contentType(), "a 304 has no content type: " + path);
        }
    }

    @Test
    void theTagIsStableAndDependsOnTheRepresentation() {
        String plain = given().get(SEED_PATH).header("ETag");
        assertEquals(plain, given().get(SEED_PATH).header("ETag"), "same content, same tag");
        String expanded = given().get(EXPANDED).header("ETag");
        assertNotEquals(plain, expanded, "the expanded article is another representation");
        String claims = given().get(SEED_PATH + "?include=claims").header("ETag");
        assertNotEquals(expanded, claims);
        assertNotEquals(given().get(V1 + "/claims?limit=5").header("ETag"),
                given().get(V1 + "/claims?limit=6").header("ETag"));
    }

    @Test
    void aStaleOrDifferentTagGives200WithTheBody() {
        String tag = given().get(SEED_PATH).header("ETag");
        String otherTag = given().get(V1 + "/topics/acupuncture").header("ETag");
        for (String stale : new String[] {"\"stale\"", otherTag, tag.replace("\"", ""), "\"" + tag + "\""}) {
            given().header("If-None-Match", stale).get(SEED_PATH).then()
                    .statusCode(200)
                    .header("ETag", equalTo(tag))
                    .body("slug", equalTo(Api.SEED));
        }
    }

    @Test
    void ifNoneMatchUsesWeakComparisonListsAndStar() {
        String tag = given().get(SEED_PATH).header("ETag");
        given().header("If-None-Match", "W/" + tag).get(SEED_PATH).then().statusCode(304);
        given().header("If-None-Match", "\"other\", " + tag).get(SEED_PATH).then().statusCode(304);
        given().header("If-None-Match", "*").get(SEED_PATH).then().statusCode(304);
    }

    @Test
    void aListTagGoesStaleWhenTheListChanges() {
        Response before = given().get(V1 + "/articles");
        String tag = before.header("ETag");
        given().header("If-None-Match", tag).get(V1 + "/articles").then().statusCode(304);

        importer.importDocument(TestDocuments.article("entity-tag-new-article", 1, 1));

        given().header("If-None-Match", tag).get(V1 + "/articles").then()
                .statusCode(200)
                .header("ETag", not(equalTo(tag)))
                .body("items[0].slug", equalTo("entity-tag-new-article"));
    }

    @Test
    void errorsCarryNoTag() {
        given().get(V1 + "/articles/no-such-article").then().statusCode(404).header("ETag", nullValue());
        given().get(V1 + "/claims?limit=0").then().statusCode(400).header("ETag", nullValue());
        given().header("If-None-Match", "*").get(V1 + "/articles/no-such-article").then().statusCode(404);
    }

    @Test
    void headAnswersWithTheSameTagAsGet() {
        String tag = given().get(SEED_PATH).header("ETag");
        given().head(SEED_PATH).then().statusCode(200).header("ETag", equalTo(tag));
    }

    @Test
    void publicContentCarriesCacheControl() {
        given().get(SEED_PATH).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .header("Vary", containsString("Authorization"));
        given().get(V1 + "/articles").then().statusCode(200).header("Cache-Control", startsWith("public"));
        editor().get(SEED_PATH).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        given().get(V1 + "/articles/no-such-article").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
    }
}
