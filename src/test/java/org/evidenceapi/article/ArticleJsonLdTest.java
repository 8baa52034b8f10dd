package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleJsonLdTest {
    private static final String LD = "application/ld+json";

    @Inject
    ObjectMapper json;
    @Inject
    ArticleImporter importer;

    @Test
    void theSeedArticleIsSchemaOrgLinkedData() throws Exception {
        Response response = given().accept(LD).get(Api.SEED_PATH);
        response.then().statusCode(200).contentType(startsWith(LD)).header("Vary", equalTo("Accept, Accept-Encoding, Authorization"));
        JsonNode doc = json.readTree(response.asByteArray());
        assertEquals("https://schema.org", doc.get("@context").asText());
        assertEquals("MedicalScholarlyArticle", doc.get("@type").asText());
        assertEquals("What Are the Health Benefits of Acupuncture?", doc.get("headline").asText());
        assertEquals(doc.get("@id").asText(), doc.get("url").asText());
        assertEquals("Person", doc.at("/author/0/@type").asText());
        assertEquals("Margaux Loyer", doc.at("/author/0/name").asText());
        assertEquals(4, doc.at("/author/0/hasCredential").size());
        assertEquals("Bachelor of Health Science in Acupuncture", doc.at("/author/0/hasCredential/3/name").asText());
        assertNotEquals("", doc.get("datePublished").asText());
        assertNotEquals("", doc.get("dateModified").asText());
        assertEquals("Acupuncture", doc.at("/about/0/name").asText());

        JsonNode citations = doc.get("citation");
        assertEquals(23, citations.size());
        JsonNode vickers = citations.get(8);
        assertEquals("ScholarlyArticle", vickers.get("@type").asText());
        assertEquals(doc.get("@id").asText() + "#ref-9", vickers.get("@id").asText());
        assertEquals(List.of("DOI=10.1016/j.jpain.2017.11.005", "PMID=29198932", "PMCID=PMC5927830"),
                identifiers(vickers));
        assertEquals(List.of("https://doi.org/10.1016/j.jpain.2017.11.005", "https://pubmed.ncbi.nlm.nih.gov/29198932/",
                "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5927830/"), texts(vickers.get("sameAs")));
        assertEquals("Organization", vickers.at("/author/9/@type").asText());
        assertEquals("455–474", vickers.get("pagination").asText(), "pages stay on the article");

        JsonNode li = citations.get(1);
        assertEquals("PublicationVolume", li.at("/isPartOf/@type").asText(), "no issue: the volume directly");
        assertEquals("92", li.at("/isPartOf/volumeNumber").asText());
        assertEquals("Complement Ther Med", li.at("/isPartOf/isPartOf/name").asText());
        assertEquals("103184", li.get("pagination").asText(), "an article number is its pagination");

        JsonNode claims = doc.get("hasPart");
        assertEquals(31, claims.size());
        assertEquals("Claim", claims.get(12).get("@type").asText());
        assertEquals(List.of(doc.get("@id").asText() + "#ref-9", doc.get("@id").asText() + "#ref-10",
                doc.get("@id").asText() + "#ref-11"), texts(claims.get(12).findValues("@id")));
    }

    /** schema.org gives volumeNumber to PublicationVolume and issueNumber to PublicationIssue, not to the article. */
    @Test
    void aCitationIsPartOfItsIssueWhichIsPartOfItsVolumeAndJournal() throws Exception {
        JsonNode vickers = json.readTree(given().accept(LD).get(Api.SEED_PATH).then().statusCode(200).extract()
                .asByteArray()).at("/citation/8");
        assertEquals("ScholarlyArticle", vickers.get("@type").asText());
        assertFalse(vickers.has("volumeNumber"), vickers.toString());
        assertFalse(vickers.has("issueNumber"), vickers.toString());
        JsonNode issue = vickers.get("isPartOf");
        assertEquals("PublicationIssue", issue.get("@type").asText());
        assertEquals("5", issue.get("issueNumber").asText());
        JsonNode volume = issue.get("isPartOf");
        assertEquals("PublicationVolume", volume.get("@type").asText());
        assertEquals("19", volume.get("volumeNumber").asText());
        JsonNode journal = volume.get("isPartOf");
        assertEquals("Periodical", journal.get("@type").asText());
        assertEquals("J Pain", journal.get("name").asText());
        assertFalse(journal.has("isPartOf"), journal.toString());
    }

    @Test
    void jsonStaysTheDefaultAndEachRepresentationHasItsOwnTag() {
        Response plain = given().get(Api.SEED_PATH);
        plain.then().statusCode(200).contentType(startsWith("application/json")).body("slug", equalTo(Api.SEED));
        given().accept("*/*").get(Api.SEED_PATH).then().contentType(startsWith("application/json"));
        given().accept("application/json, application/ld+json;q=0.5").get(Api.SEED_PATH).then()
                .contentType(startsWith("application/json"));
        Response linked = given().accept(LD).get(Api.SEED_PATH);
        assertNotEquals(plain.header("ETag"), linked.header("ETag"));
        given().accept(LD).header("If-None-Match", linked.header("ETag")).get(Api.SEED_PATH).then().statusCode(304);
        given().accept("application/xml").get(Api.SEED_PATH).then().statusCode(406);
        given().accept(LD).get(Api.V1 + "/articles/no-such-article").then().statusCode(404)
                .contentType(startsWith(Api.PROBLEM_JSON));
    }

    @Test
    void linkedDataIsTheSameAnswerWhateverAcceptSays() {
        Response byAccept = given().accept(LD).get(Api.SEED_PATH);
        String path = Api.SEED_PATH + "/linked-data";
        for (String accept : new String[] {null, "application/json", "application/json, " + LD, "application/xml"}) {
            Response linked = (accept == null ? given() : given().accept(accept)).get(path);
            linked.then().statusCode(200).contentType(startsWith(LD)).header("Vary", equalTo("Accept, Accept-Encoding, Authorization"))
                    .body("'@type'", equalTo("MedicalScholarlyArticle"));
            assertEquals(byAccept.header("ETag"), linked.header("ETag"), "with Accept " + accept);
            assertEquals(byAccept.asString(), linked.asString(), "with Accept " + accept);
        }
        given().header("If-None-Match", byAccept.header("ETag")).get(path).then().statusCode(304);
    }

    @Test
    void aDraftIsLinkedDataForEditorsOnly() {
        importer.importDocument(TestDocuments.article("linked-draft", 1, 1, ArticleStatus.DRAFT));
        String path = Api.V1 + "/articles/linked-draft/linked-data";
        given().get(path).then().statusCode(404);
        editor().get(path).then().statusCode(200)
                .body("'@type'", equalTo("MedicalScholarlyArticle")).body("headline", not(blankOrNullString()));
        Api.problem(given().get(Api.V1 + "/articles/no-such-article/linked-data"), 404, "Not Found",
                Api.V1 + "/articles/no-such-article/linked-data");
    }

    private static List<String> identifiers(JsonNode work) {
        List<String> found = new ArrayList<>();
        work.get("identifier").forEach(i -> found.add(i.get("propertyID").asText() + "=" + i.get("value").asText()));
        return found;
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> found = new ArrayList<>();
        nodes.forEach(n -> found.add(n.asText()));
        return found;
    }
}
