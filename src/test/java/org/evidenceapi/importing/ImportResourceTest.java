package org.evidenceapi.importing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.reference.ReferenceAuthor;
import org.evidenceapi.reference.ReferenceInput;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.reference.ReferenceType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {
    private static final String SEED_DOI_9 = "10.1016/j.jpain.2017.11.005";

    @Inject
    ObjectMapper json;
    @Inject
    ArticleRepository articles;
    @Inject
    ReferenceRepository references;

    @Test
    void editorImportsAWholeArticleAnsweredWith201LocationAndTheEtagAGetGives() throws Exception {
        ArticleDocument doc = TestDocuments.article("import-created", 4, 3);
        Response created = post(Tokens.editor(), doc);
        created.then().statusCode(201)
                .body("slug", equalTo("import-created"))
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", not(nullValue()))
                .body("sections", hasSize(1))
                // beside the article's fields, what became of the document's studies and reference entries
                .body("import.studies.key", equalTo(List.of("s1", "s2", "s3")))
                .body("import.studies.outcome", equalTo(List.of("CREATED", "CREATED", "CREATED")))
                .body("import.references.number", equalTo(List.of(1, 2, 3)))
                .body("import.references.outcome", equalTo(List.of("CREATED", "CREATED", "CREATED")))
                .body("import.applied", hasSize(0)).body("import.warnings", hasSize(0));
        String location = created.header("Location");
        String id = created.path("id");
        assertEquals(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/articles/" + id, location);
        String etag = given().get(location).then().statusCode(200).extract().header("ETag");
        assertEquals(etag, created.header("ETag"), "the 201's ETag is the one GET gives");
        created.then().body("authors.slug", equalTo(List.of("test-author")))
                .body("topics.slug", equalTo(List.of("test-topic"))).body("createdAt", not(nullValue()));
        Map<String, Object> article = new HashMap<>(created.jsonPath().getMap("$"));
        article.remove("import");
        assertEquals(given().get(location).jsonPath().getMap("$"), article, "the 201 holds the article as GET does");
        given().get(location + "/claims?limit=100").then().body("items", hasSize(4));
        given().get(location + "/references").then().body("items.number", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void referencesAlreadyInTheLibraryAreReusedNotDuplicated() throws Exception {
        long before = count(references::count);
        ArticleDocument doc = withFirstReference(TestDocuments.article("import-reuse", 2, 2), "https://doi.org/" + SEED_DOI_9.toUpperCase());
        Response imported = post(Tokens.editor(), doc);
        imported.then().statusCode(201)
                .body("import.references.outcome", equalTo(List.of("MATCHED", "CREATED")))
                .body("import.references[0].matchedBy", equalTo("DOI"))
                // the test document gives [1] its own authors, year and title: the stored paper's are kept
                .body("import.warnings.field", equalTo(List.of("authors", "year", "title")))
                .body("import.warnings.reference", equalTo(List.of(1, 1, 1)));

        assertEquals(before + 1, count(references::count), "one new paper, the other reused");
        given().get("/api/v1/references?doi=" + SEED_DOI_9).then().body("items", hasSize(1));
        String seedRef9 = given().get("/api/v1/articles/health-benefits-of-acupuncture-part-1/references?limit=9")
                .path("items[8].reference.id");
        given().get("/api/v1/articles/import-reuse/references").then()
                .body("items[0].reference.id", equalTo(seedRef9))
                .body("items[0].reference.year", equalTo(2018));
        assertEquals(seedRef9, imported.path("import.references[0].referenceId"));
    }

    @Test
    void withoutAValidEditorTokenNothingIsWritten() throws Exception {
        ArticleDocument doc = TestDocuments.article("import-unauthorised", 1, 1);
        for (String token : new String[] {null, "Bearer not.a.jwt", Tokens.expired()}) {
            post(token, doc).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                    .header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401)).body("instance", equalTo("/api/v1/imports"));
        }
        post(Tokens.reader(), doc).then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Forbidden"));
        assertEquals(0, count(() -> articles.count("slug", "import-unauthorised")));
        given().get("/api/v1/references?doi=10.5555/import-unauthorised.1").then().body("items", hasSize(0));
    }

    /** A citation of [0] is impossible; one beyond the bibliography is a flaw stored and reported (PublishGateTest). */
    @Test
    void everyProblemOfTheDocumentIsListedAndNothingIsWritten() throws Exception {
        long before = count(references::count);
        String body = """
                {"article": {"slug": "Bad Slug", "title": "", "level": "BEGINNER", "status": "DRAFT", "sections": []},
                 "references": [{"type": "JOURNAL_ARTICLE", "title": "t", "doi": "11.1/x", "pmid": "abc"},
                                {"type": "JOURNAL_ARTICLE", "title": "u", "doi": "10.5555/never-written"}],
                 "studies": [{"key": "s", "referenceNumber": 9, "title": "t", "design": "OTHER", "certainty": "LOW",
                              "duration": "three weeks"}],
                 "claims": [{"statement": "s", "citations": [0], "studies": ["nope"], "scope": "HUMAN",
                             "direction": "BENEFIT", "certainty": "LOW"}]}
                """;
        postRaw(Tokens.editor(), body).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("nothing was written"))
                .body("errors.field", hasItems("article.slug", "article.title", "references[0].doi",
                        "references[0].pmid", "studies[0].referenceNumber", "studies[0].duration",
                        "claims[0].citations[0]", "claims[0].studies[0]"))
                .body("errors", hasSize(8));
        assertEquals(before, count(references::count));
        given().get("/api/v1/references?doi=10.5555/never-written").then().body("items", hasSize(0));
    }

    @Test
    void unreadableBodiesNameTheOffendingField() {
        postRaw(Tokens.editor(), "{\"article\": {\"slug\": \"x\", \"colour\": \"red\"}}").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("article.colour"))
                .body("errors[0].message", containsString("not a field"));
        postRaw(Tokens.editor(), "{\"article\": {\"level\": \"EXPERT\"}}").then().statusCode(400)
                .body("errors[0].field", equalTo("article.level"))
                .body("errors[0].message", equalTo("must be one of [BEGINNER, INTERMEDIATE, ADVANCED]"));
        postRaw(Tokens.editor(), "{\"claims\": [{\"citations\": [\"a\"]}]}").then().statusCode(400)
                .body("errors[0].field", equalTo("claims[0].citations[0]"));
        postRaw(Tokens.editor(), "{\"article\":").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("not valid JSON"));
        postRaw(Tokens.editor(), "").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        editor().contentType("application/xml").body("<article/>")
                .post("/api/v1/imports").then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndNothingIsWritten() {
        String huge = "{\"article\": {\"slug\": \"import-huge\", \"title\": \"" + "x".repeat(1_100_000) + "\"}}";
        postRaw(Tokens.editor(), huge).then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413)).body("detail", containsString("1M"))
                .body("instance", equalTo("/api/v1/imports"));
        assertEquals(0, count(() -> articles.count("slug", "import-huge")));
    }

    @Test
    void aTakenSlugIsAConflictAndNothingIsWritten() throws Exception {
        ArticleDocument doc = TestDocuments.article("health-benefits-of-acupuncture-part-1", 1, 1);
        post(Tokens.editor(), doc).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("article.slug"));
        given().get("/api/v1/references?doi=10.5555/health-benefits-of-acupuncture-part-1.1").then()
                .body("items", hasSize(0));
    }

    @Test
    void aNewPaperWithAnotherPapersPmidIsAConflictAndNothingIsWritten() throws Exception {
        ArticleDocument doc = TestDocuments.article("import-pmid-clash", 1, 1);
        ReferenceInput clash = new ReferenceInput(ReferenceType.JOURNAL_ARTICLE, List.of(new ReferenceAuthor("X", "Y.", null)),
                2020, "Same PMID, other DOI", null, null, null, null, null, "10.5555/other-doi", "29198932", null, null,
                null, null, true, null, null, null);
        List<ReferenceInput> refs = new ArrayList<>(doc.references());
        refs.add(clash);
        ArticleDocument clashing = new ArticleDocument(doc.article(), doc.authors(), doc.topics(), refs,
                doc.studies(), doc.claims());
        post(Tokens.editor(), clashing).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("references[1].pmid"));
        assertEquals(0, count(() -> articles.count("slug", "import-pmid-clash")));
        given().get("/api/v1/references?doi=10.5555/import-pmid-clash.1").then().body("items", hasSize(0));
    }

    @Test
    void draftsAreInvisibleToAnonymousCallersAndVisibleToEditors() throws Exception {
        post(Tokens.editor(), TestDocuments.article("import-draft", 2, 1, ArticleStatus.DRAFT)).then()
                .statusCode(201).body("status", equalTo("DRAFT")).body("publishedAt", nullValue());
        given().get("/api/v1/articles/import-draft").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/articles/import-draft/claims").then().statusCode(404);
        given().get("/api/v1/articles?limit=100").then().body("items.slug", not(hasItem("import-draft")));
        given().get("/api/v1/articles?status=DRAFT").then().body("items", hasSize(0));
        given().get("/api/v1/claims?article=import-draft").then().body("items", hasSize(0));

        editor().get("/api/v1/articles/import-draft").then().statusCode(200);
        editor().get("/api/v1/articles?status=DRAFT&limit=100").then()
                .body("items.slug", hasItem("import-draft"));
        editor().get("/api/v1/claims?article=import-draft").then()
                .body("items", hasSize(2));
        String claimId = editor()
                .get("/api/v1/claims?article=import-draft").path("items[0].id");
        given().get("/api/v1/claims/" + claimId).then().statusCode(404);
    }

    private Response post(String token, ArticleDocument doc) throws Exception {
        return postRaw(token, json.writeValueAsString(doc));
    }

    private static Response postRaw(String token, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.post("/api/v1/imports");
    }

    private static ArticleDocument withFirstReference(ArticleDocument doc, String doi) {
        List<ReferenceInput> refs = new ArrayList<>(doc.references());
        ReferenceInput first = refs.get(0);
        refs.set(0, new ReferenceInput(first.type(), first.authors(), first.year(), first.title(), null, null, null,
                null, null, doi, null, null, null, null, null, true, null, null, null));
        return new ArticleDocument(doc.article(), doc.authors(), doc.topics(), refs, doc.studies(), doc.claims());
    }

    private static long count(java.util.function.LongSupplier query) {
        return QuarkusTransaction.requiringNew().call(query::getAsLong);
    }
}
