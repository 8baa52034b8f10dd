package org.evidenceapi.reference;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Pages;
import org.evidenceapi.importing.ArticleDocument;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /references and /references/{id}: bibliographic data, identifier filters, shared references. */
@QuarkusTest
class ReferenceResourceTest {
    static final String PATH = V1 + "/references";
    static final String DOI = "10.1016/j.jpain.2017.11.005";
    static final String CITING = "reference-resource-cites-vickers";

    @Inject
    ArticleImporter importer;
    @Inject
    ReferenceRepository references;

    private static boolean imported;

    /** An article whose [2] is the Vickers paper again, its DOI given as an upper-case doi.org URL. */
    @BeforeEach
    void importArticleCitingTheSeedsReferenceNine() {
        if (imported) {
            return;
        }
        ArticleDocument base = TestDocuments.article(CITING, 1, 2);
        List<ReferenceInput> refs = new ArrayList<>(base.references());
        refs.set(1, new ReferenceInput(ReferenceType.JOURNAL_ARTICLE, List.of(), 2018, "Vickers again", null, null,
                null, null, null, "https://doi.org/10.1016/J.JPAIN.2017.11.005", null, null, null, null, null, null,
                null, null, null));
        importer.importDocument(new ArticleDocument(base.article(), base.authors(), base.topics(), refs,
                base.studies(), base.claims()));
        imported = true;
    }

    @Test
    void readsReferenceNineWithEveryField() {
        String id = Api.seedReferenceId(9);
        given().get(PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("type", equalTo("JOURNAL_ARTICLE"))
                .body("authors", hasSize(10))
                .body("authors.family", contains("Vickers", "Vertosick", "Lewith", "MacPherson", "Foster", "Sherman",
                        "Irnich", "Witt", "Linde", null))
                .body("authors[1].given", equalTo("E. A."))
                .body("authors[9].literal", equalTo("Acupuncture Trialists’ Collaboration"))
                .body("authors[0].literal", nullValue())
                .body("year", equalTo(2018))
                .body("title", equalTo("Acupuncture for chronic pain: Update of an individual patient data meta-analysis"))
                .body("containerTitle", equalTo("J Pain"))
                .body("volume", equalTo("19"))
                .body("issue", equalTo("5"))
                .body("pages", equalTo("455–474"))
                .body("articleNumber", nullValue())
                .body("doi", equalTo(DOI))
                .body("pmid", equalTo("29198932"))
                .body("pmcid", equalTo("PMC5927830"))
                .body("issn", nullValue())
                .body("url", nullValue())
                .body("language", nullValue())
                .body("peerReviewed", equalTo(true))
                .body("accessedAt", nullValue())
                .body("updateStatus", equalTo("NONE"))
                .body("notes", nullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void readsTheCommercialWebPage() {
        given().get(PATH + "/" + Api.seedReferenceId(13)).then().statusCode(200)
                .body("type", equalTo("WEBPAGE"))
                .body("authors", hasSize(1))
                .body("authors[0].literal", equalTo("Avena Natural Health"))
                .body("authors[0].family", nullValue())
                .body("year", equalTo(2025))
                .body("title", equalTo("Adrenal fatigue & HPA axis: Natural remedies"))
                .body("peerReviewed", equalTo(false))
                .body("containerTitle", nullValue())
                .body("doi", nullValue())
                .body("pmid", nullValue())
                .body("pmcid", nullValue());
    }

    @Test
    void readsLanguageArticleNumberUrlAndNotes() {
        given().get(PATH + "/" + Api.seedReferenceId(1)).then().statusCode(200)
                .body("language", equalTo("zh"))
                .body("pmid", equalTo("33932001"))
                .body("doi", equalTo("10.13702/j.1000-0607.200665"));
        given().get(PATH + "/" + Api.seedReferenceId(10)).then().statusCode(200)
                .body("type", equalTo("PROTOCOL"))
                .body("articleNumber", equalTo("e001164"))
                .body("pmcid", equalTo("PMC3383982"))
                .body("url", equalTo("https://sci-hub.se/10.1136/bmjopen-2019-034157%5D"));
        given().get(PATH + "/" + Api.seedReferenceId(21)).then().statusCode(200)
                .body("notes", equalTo("The source lists only the first three authors, followed by \"et al.\"."));
    }

    @Test
    void aPaperCitedByTwoArticlesIsOneSharedReference() {
        String vickers = Api.seedReferenceId(9);
        given().get(V1 + "/articles/" + CITING + "/references").then().statusCode(200)
                .body("items.number", contains(1, 2))
                .body("items[1].reference.id", equalTo(vickers))
                .body("items[1].reference.title", startsWith("Acupuncture for chronic pain"));
        given().queryParam("doi", DOI).get(PATH).then().statusCode(200)
                .body("items.id", contains(vickers));
    }

    @Test
    void walkingWithLimitFiveReturnsEveryReferenceExactlyOnce() {
        List<String> ids = Pages.walkBothWays(PATH, Map.of(), 5, "id");
        assertEquals(Api.inTransaction(() -> references.count()), (long) ids.size());
        List<String> byLinks = Pages.keys(Pages.forwardByLinks(PATH, Map.of("limit", 5), "id"));
        assertEquals(ids, byLinks);
    }

    @Test
    void sortsByTitleBothWays() {
        List<String> titles = Pages.keys(Pages.forward(PATH, Map.of("limit", 7, "sort", "title"), "title"));
        List<String> sorted = new ArrayList<>(titles);
        Collections.sort(sorted);
        assertEquals(sorted, titles);
        List<String> descending = Pages.keys(Pages.forward(PATH, Map.of("limit", 7, "sort", "-title"), "title"));
        Collections.reverse(sorted);
        assertEquals(sorted, descending);
        assertEquals(Api.inTransaction(() -> references.count()), (long) titles.size());
        Pages.walkBothWays(PATH, Map.of("sort", "-title"), 5, "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {DOI, "10.1016/J.JPAIN.2017.11.005", "https://doi.org/10.1016/j.jpain.2017.11.005",
            "https://doi.org/10.1016/J.JPAIN.2017.11.005", "http://dx.doi.org/10.1016/j.jpain.2017.11.005",
            "doi:10.1016/j.jpain.2017.11.005", "DOI: 10.1016/j.jpain.2017.11.005", " 10.1016/j.jpain.2017.11.005 "})
    void filtersByDoiInEveryAcceptedForm(String doi) {
        given().queryParam("doi", doi).get(PATH).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(Api.seedReferenceId(9)))
                .body("items[0].doi", equalTo(DOI));
    }

    @Test
    void filtersByPmidAndPmcid() {
        String vickers = Api.seedReferenceId(9);
        given().queryParam("pmid", "29198932").get(PATH).then().statusCode(200).body("items.id", contains(vickers));
        given().queryParam("pmcid", "PMC5927830").get(PATH).then().statusCode(200).body("items.id", contains(vickers));
        given().queryParam("pmcid", "pmc5927830").get(PATH).then().statusCode(200).body("items.id", contains(vickers));
        given().queryParams(Map.of("pmid", "29198932", "pmcid", "PMC5927830", "doi", DOI)).get(PATH).then()
                .statusCode(200).body("items.id", contains(vickers));
        given().queryParam("pmid", "22734119").get(PATH).then().statusCode(200)
                .body("items.id", contains(Api.seedReferenceId(10)));
    }

    @Test
    void identifierFiltersThatMatchNothingGiveAnEmptyPage() {
        given().queryParam("doi", "10.9999/no.such.paper").get(PATH).then().statusCode(200)
                .body("items", empty()).body("page.nextCursor", nullValue()).header("Link", nullValue());
        given().queryParam("pmid", "1").get(PATH).then().statusCode(200).body("items", empty());
        given().queryParam("pmcid", "PMC1").get(PATH).then().statusCode(200).body("items", empty());
        given().queryParams(Map.of("pmid", "29198932", "year", 2019)).get(PATH).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void filtersByYear() {
        given().queryParams(Map.of("year", 2018, "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.year", everyItem(equalTo(2018)))
                .body("items.id", hasItems(Api.seedReferenceId(9)));
        given().queryParams(Map.of("year", 2025, "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.year", everyItem(equalTo(2025)))
                .body("items.id", hasItems(Api.seedReferenceId(2), Api.seedReferenceId(13), Api.seedReferenceId(14)));
        given().queryParam("year", 1500).get(PATH).then().statusCode(200).body("items", empty());
    }

    @Test
    void filtersByType() {
        given().queryParams(Map.of("type", "WEBPAGE", "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.type", everyItem(equalTo("WEBPAGE")))
                .body("items.id", hasItems(Api.seedReferenceId(13)));
        given().queryParams(Map.of("type", "PROTOCOL", "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.type", everyItem(equalTo("PROTOCOL")))
                .body("items.id", hasItems(Api.seedReferenceId(10)));
        given().queryParam("type", "CHAPTER").get(PATH).then().statusCode(200).body("items", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"doi=not-a-doi", "doi=11.1016/x", "doi=https://example.org/10.1016/j.jpain.2017.11.005",
            "pmid=abc", "pmid=029198932", "pmcid=5927830", "pmcid=PMCX1", "year=abc", "year=2018.5",
            "type=journal_article", "type=PAPER"})
    void invalidFilterValuesAre400(String query) {
        String[] kv = query.split("=", 2);
        badParameter(given().queryParam(kv[0], kv[1]).get(PATH), PATH, kv[0]);
    }

    @Test
    void invalidDoiExplainsTheExpectedForm() {
        badParameter(given().queryParam("doi", "not-a-doi").get(PATH), PATH, "doi")
                .body("errors[0].message", containsString("10.1016/j.jpain.2017.11.005"));
    }

    @Test
    void unknownSortIs400() {
        badParameter(given().queryParam("sort", "year").get(PATH), PATH, "sort")
                .body("errors[0].message", equalTo("must be one of createdAt, -createdAt, title, -title"));
    }

    @Test
    void unknownReferenceIs404() {
        notFound(given().get(PATH + "/" + UNKNOWN_ID), PATH + "/" + UNKNOWN_ID, UNKNOWN_ID)
                .body("detail", containsString("reference"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "10.1016", "PMC5927830"})
    void malformedReferenceIdIs400(String id) {
        badParameter(given().get(PATH + "/" + id), PATH + "/" + id, "id");
    }
}
