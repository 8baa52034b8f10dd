package org.evidenceapi.importing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.operations.IsolatedLibrary;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyRepository;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;

/**
 * The import's answer says what became of each study and reference entry, and a document that gives a stored
 * paper's fields differently never has them dropped in silence: they are listed as warnings (stored values kept) or,
 * on request, applied as a revision of the reference. On a library of its own: it changes seed papers.
 */
@QuarkusTest
@TestProfile(ImportAnswerTest.Library.class)
class ImportAnswerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Cites the demo's [9] (Vickers 2018), [10] and [11]; its studies are new to the demo. */
    private static final String README_EXAMPLE = "src/main/resources/openapi-examples/importArticle.request.json";
    /** Cites the demo's [12] (Zhang 2023, with its summary), [17], [18] and a paper of its own. */
    private static final String AROUND_SURGERY = "src/test/resources/library/acupuncture-around-surgery.json";
    private static final String VICKERS_DOI = "10.1016/j.jpain.2017.11.005";
    private static final String ZHANG_2022_DOI = "10.1155/2022/9467002";
    private static final String ZHANG_2023_DOI = "10.1097/MD.0000000000032582";
    private static final String KUBO_DOI = "10.1530/JOE-12-0404";
    private static final String APPLY = "applyReferenceChanges";

    public static class Library extends IsolatedLibrary {
        @Override
        protected String database() {
            return "import_answer";
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ReferenceRepository references;
    @Inject
    StudyRepository studies;
    @Inject
    ArticleRepository articles;

    @Test
    void fieldsGivenDifferentlyFromStoredPapersAreListedAsWarningsAndTheStoredValuesKept() throws IOException {
        ObjectNode doc = document(README_EXAMPLE, "answer-warnings");
        reference(doc, 0).put("title", "Acupuncture for chronic pain: an update").put("year", 2019)
                .put("volume", "20").put("issn", "1526-5900");
        reference(doc, 2).put("pmid", "35685693");
        Map<String, Object> vickers = storedReference(VICKERS_DOI);
        Map<String, Object> zhang = storedReference(ZHANG_2022_DOI);
        int vickersRevisions = revisions(VICKERS_DOI);

        Response answer = importDocument(doc, null);
        answer.then().statusCode(201).body("slug", equalTo("answer-warnings"))
                .body("import.references.number", equalTo(List.of(1, 2, 3)))
                .body("import.references.outcome", everyItem(equalTo("MATCHED")))
                .body("import.references.matchedBy", everyItem(equalTo("DOI")))
                .body("import.references[0].referenceId", equalTo(vickers.get("id")))
                .body("import.applied", empty())
                .body("import.warnings", hasSize(5));
        assertEquals(List.of(
                warning(1, vickers, "year", 2018, 2019),
                warning(1, vickers, "title", vickers.get("title"), "Acupuncture for chronic pain: an update"),
                warning(1, vickers, "volume", "19", "20"),
                warning(1, vickers, "issn", null, "1526-5900"),
                warning(3, zhang, "pmid", null, "35685693")), answer.path("import.warnings"));

        assertEquals(vickers, storedReference(VICKERS_DOI), "the stored paper is as it was");
        assertEquals(zhang, storedReference(ZHANG_2022_DOI));
        assertEquals(vickersRevisions, revisions(VICKERS_DOI), "no revision of the paper");
    }

    @Test
    void onRequestTheDocumentsValuesAreWrittenOntoTheStoredPaperAsARevision() throws IOException {
        ObjectNode doc = document(AROUND_SURGERY, "answer-applied");
        reference(doc, 0).put("title", "Acupuncture-medicine anaesthesia in thyroid surgery").put("pmid", "36607855");
        ((ArrayNode) reference(doc, 0).get("authors")).remove(5);
        Map<String, Object> before = storedReference(ZHANG_2023_DOI);
        List<?> authors = (List<?>) before.get("authors");
        int revisions = revisions(ZHANG_2023_DOI);

        Response answer = importDocument(doc, "true");
        answer.then().statusCode(201).body("import.warnings", empty());
        assertEquals(List.of(
                difference(1, before, "authors", authors, authors.subList(0, 5),
                        "applied the document's value (applyReferenceChanges=true)"),
                difference(1, before, "title", before.get("title"), "Acupuncture-medicine anaesthesia in thyroid surgery",
                        "applied the document's value (applyReferenceChanges=true)"),
                difference(1, before, "pmid", null, "36607855",
                        "applied the document's value (applyReferenceChanges=true)")), answer.path("import.applied"));

        Map<String, Object> after = storedReference(ZHANG_2023_DOI);
        assertEquals("Acupuncture-medicine anaesthesia in thyroid surgery", after.get("title"));
        assertEquals("36607855", after.get("pmid"));
        assertEquals(authors.subList(0, 5), after.get("authors"));
        assertEquals(before.get("volume"), after.get("volume"), "what the document gives alike is unchanged");
        assertEquals(revisions + 1, revisions(ZHANG_2023_DOI), "the change is a revision of the reference");
    }

    @Test
    void anIdentifierAppliedToAStoredPaperThatAnotherPaperHasIsAConflictAndNothingIsWritten() throws IOException {
        ObjectNode doc = document(README_EXAMPLE, "answer-pmid-clash");
        reference(doc, 2).put("pmid", storedReference(VICKERS_DOI).get("pmid").toString());
        Map<String, Object> zhang = storedReference(ZHANG_2022_DOI);

        Api.problem(importDocument(doc, "true"), 409, "Conflict", V1 + "/imports")
                .body("errors[0].field", equalTo("references[2].pmid"))
                .body("detail", containsString("nothing was written"));
        assertEquals(zhang, storedReference(ZHANG_2022_DOI));
        assertEquals(0L, count(() -> articles.count("slug", "answer-pmid-clash")));
    }

    @Test
    void anInvalidApplyReferenceChangesIsA400AndNothingIsWritten() throws IOException {
        ObjectNode doc = document(README_EXAMPLE, "answer-bad-parameter");
        for (String value : List.of("yes", "TRUE", "1", "")) {
            Api.badParameter(importDocument(doc, value), V1 + "/imports", APPLY)
                    .body("errors[0].message", equalTo("must be true or false"));
            Api.badParameter(editor().contentType("application/json")
                    .queryParam(APPLY, value).body("[" + doc + "]").post(V1 + "/imports/batch"),
                    V1 + "/imports/batch", APPLY);
        }
        Api.badParameter(editor().contentType("application/json")
                .body(doc.toString()).post(V1 + "/imports?" + APPLY + "=true&" + APPLY + "=false"), V1 + "/imports", APPLY)
                .body("errors[0].message", equalTo("must be given once"));
        assertEquals(0L, count(() -> articles.count("slug", "answer-bad-parameter")));
    }

    @Test
    void theSameContentImportedAgainReusesEverySummaryAndPaperAndWritesNoneAnew() throws IOException {
        importDocument(document(README_EXAMPLE, "answer-again-1"), null).then().statusCode(201);
        long referenceRows = count(references::count);
        long summaryRows = count(studies::count);

        Response again = importDocument(document(README_EXAMPLE, "answer-again-2"), null);
        again.then().statusCode(201)
                .body("import.studies.index", equalTo(List.of(0, 1)))
                .body("import.studies.key", equalTo(List.of("vickers-2018", "skonnord-2012")))
                .body("import.studies.outcome", equalTo(List.of("REUSED", "REUSED")))
                .body("import.references.outcome", equalTo(List.of("MATCHED", "MATCHED", "MATCHED")))
                .body("import.references.matchedBy", equalTo(List.of("DOI", "DOI", "DOI")))
                .body("import.applied", empty()).body("import.warnings", empty());
        assertEquals(referenceRows, count(references::count), "no new reference");
        assertEquals(summaryRows, count(studies::count), "no new study summary");
        List<String> firstStudies = articleStudies("answer-again-1");
        assertEquals(firstStudies, again.path("import.studies.summaryId"));
        assertEquals(firstStudies, articleStudies("answer-again-2"));
    }

    @Test
    void aBatchAnswersEachDocumentsOutcomesAndWarnsOfAPaperGivenTwiceDifferently() throws IOException {
        ArticleDocument first = TestDocuments.article("answer-batch-0", 2, 2);
        ObjectNode doc0 = (ObjectNode) JSON.valueToTree(first);
        ObjectNode repeated = reference(doc0, 0).deepCopy().put("title", "The same paper, titled otherwise");
        ((ArrayNode) doc0.get("references")).add(repeated);
        ObjectNode doc1 = (ObjectNode) JSON.valueToTree(TestDocuments.article("answer-batch-1", 1, 1));
        reference(doc1, 0).setAll(reference(doc0, 0).deepCopy().put("year", 2021));
        long referenceRows = count(references::count);

        Response answer = editor().contentType("application/json")
                .body(JSON.createArrayNode().add(doc0).add(doc1).toString()).post(V1 + "/imports/batch");
        answer.then().statusCode(200).body("count", equalTo(2))
                .body("articles[0].import.studies.outcome", equalTo(List.of("CREATED", "CREATED")))
                .body("articles[0].import.references.number", equalTo(List.of(1, 2, 3)))
                .body("articles[0].import.references.outcome", equalTo(List.of("CREATED", "CREATED", "MATCHED")))
                .body("articles[0].import.references[0].matchedBy", nullValue())
                .body("articles[0].import.references[2].matchedBy", equalTo("DOI"))
                .body("articles[1].import.references.outcome", equalTo(List.of("MATCHED")))
                .body("articles[1].import.studies.outcome", equalTo(List.of("REUSED")));
        String paper = answer.path("articles[0].import.references[0].referenceId");
        assertEquals(paper, answer.path("articles[0].import.references[2].referenceId"));
        assertEquals(paper, answer.path("articles[1].import.references[0].referenceId"));
        Map<String, Object> stored = Map.of("id", paper);
        assertEquals(List.of(warning(3, stored, "title", "Paper 1 for answer-batch-0", "The same paper, titled otherwise")),
                answer.path("articles[0].import.warnings"));
        assertEquals(List.of(warning(1, stored, "year", 2020, 2021)), answer.path("articles[1].import.warnings"));
        assertEquals(referenceRows + 2, count(references::count), "the first document's two papers");
        given().get(V1 + "/references/" + paper).then().body("title", equalTo("Paper 1 for answer-batch-0"))
                .body("year", equalTo(2020));
    }

    @Test
    void aMoreSevereUpdateStatusIsAppliedAndALessSevereOneIsNotLowered() throws IOException {
        ObjectNode corrected = document(AROUND_SURGERY, "answer-status-corrected");
        reference(corrected, 1).put("updateStatus", "CORRECTED");
        Map<String, Object> kubo = storedReference(KUBO_DOI);
        assertEquals("NONE", kubo.get("updateStatus"));
        importDocument(corrected, null).then().statusCode(201).body("import.applied.findAll { it.field == 'updateStatus' }",
                equalTo(List.of(difference(2, kubo, "updateStatus", "NONE", "CORRECTED",
                        "applied: a more severe update status always replaces a less severe one"))));
        assertEquals("CORRECTED", storedReference(KUBO_DOI).get("updateStatus"));

        ObjectNode unaware = document(AROUND_SURGERY, "answer-status-none");
        reference(unaware, 1).put("updateStatus", "NONE");
        importDocument(unaware, "true").then().statusCode(201)
                .body("import.applied.findAll { it.field == 'updateStatus' }", empty())
                .body("import.warnings.findAll { it.field == 'updateStatus' }", equalTo(List.of(difference(2, kubo,
                        "updateStatus", "CORRECTED", "NONE",
                        "not lowered: an import never lowers a paper's update status"))));
        assertEquals("CORRECTED", storedReference(KUBO_DOI).get("updateStatus"), "even with " + APPLY);
    }

    private static Map<String, Object> warning(int number, Map<String, Object> stored, String field, Object was,
            Object given) {
        return difference(number, stored, field, was, given,
                "kept the stored value; applyReferenceChanges=true applies the document's");
    }

    /** A difference as the answer lists it; a value the stored paper did not have is absent, as everywhere. */
    private static Map<String, Object> difference(int number, Map<String, Object> stored, String field, Object was,
            Object given, String message) {
        Map<String, Object> difference = new HashMap<>();
        difference.put("reference", number);
        difference.put("referenceId", stored.get("id"));
        difference.put("field", field);
        if (was != null) {
            difference.put("stored", was);
        }
        difference.put("document", given);
        difference.put("message", message);
        return difference;
    }

    private static Map<String, Object> storedReference(String doi) {
        return given().queryParam("doi", doi).get(V1 + "/references").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0]");
    }

    private int revisions(String doi) {
        UUID id = UUID.fromString(storedReference(doi).get("id").toString());
        return inTransaction(() -> AuditReaderFactory.get(em).getRevisions(Reference.class, id).size());
    }

    private static List<String> articleStudies(String slug) {
        return editor().get(V1 + "/articles/" + slug + "/studies")
                .then().statusCode(200).extract().path("items.id");
    }

    private static ObjectNode document(String file, String slug) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(file)));
        ((ObjectNode) document.get("article")).put("slug", slug);
        return document;
    }

    private static ObjectNode reference(ObjectNode document, int index) {
        return (ObjectNode) document.get("references").get(index);
    }

    private static Response importDocument(ObjectNode document, String apply) {
        var request = editor().contentType("application/json")
                .body(document.toString());
        if (apply != null) {
            request.queryParam(APPLY, apply);
        }
        return request.post(V1 + "/imports");
    }

    private static long count(java.util.function.LongSupplier query) {
        return QuarkusTransaction.requiringNew().call(query::getAsLong);
    }

    private static <T> T inTransaction(java.util.function.Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
