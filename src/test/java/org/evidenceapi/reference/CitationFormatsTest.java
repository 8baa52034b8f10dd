package org.evidenceapi.reference;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidenceapi.article.ArticleService;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.importing.ArticleDocument;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * References in the formats citation tools read, by content negotiation: CSL-JSON, BibTeX and RIS read back
 * with citeproc-java's own readers and compared field by field with the JSON; citations in CSL styles.
 */
@QuarkusTest
class CitationFormatsTest {
    static final String REFERENCES = V1 + "/references";
    static final String BIBLIOGRAPHY = SEED_PATH + "/references";
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex";
    static final String RIS = "application/x-research-info-systems";
    static final String TEXT = "text/x-bibliography";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CitationFormatter formatter;
    @Inject
    ArticleService articles;
    @Inject
    ArticleImporter importer;

    static final String APA_VICKERS = "Vickers, A. J., Vertosick, E. A., Lewith, G., MacPherson, H., Foster, N. E., "
            + "Sherman, K. J., Irnich, D., Witt, C. M., Linde, K., & Acupuncture Trialists’ Collaboration. (2018). "
            + "Acupuncture for chronic pain: Update of an individual patient data meta-analysis. J Pain, 19(5), "
            + "455–474. https://doi.org/10.1016/j.jpain.2017.11.005\n";
    static final String VANCOUVER_VICKERS = "1. Vickers AJ, Vertosick EA, Lewith G, MacPherson H, Foster NE, "
            + "Sherman KJ, et al. Acupuncture for chronic pain: Update of an individual patient data meta-analysis. "
            + "J Pain. 2018;19(5):455–74.\n";

    @Test
    void cslJsonReadsBackAsTheSameBibliography() throws Exception {
        String body = given().accept(CSL_JSON).get(BIBLIOGRAPHY).then().statusCode(200)
                .contentType(startsWith(CSL_JSON)).extract().asString();
        List<Map<String, Object>> items = JSON.readValue(body, new TypeReference<>() { });
        List<CitationFields> read = items.stream().map(CSLItemData::fromJson).map(CitationFields::ofCsl).toList();
        assertEquals(seed(CitationFields.CSL_TYPES), read);
        assertEquals(seedIds(), items.stream().map(i -> i.get("id")).toList(), "items are identified by reference id");
    }

    @Test
    void cslJsonOfOneReferenceIsOneItemWithTheCslNames() throws Exception {
        String body = given().accept(CSL_JSON).get(REFERENCES + "/" + Api.seedReferenceId(9)).then().statusCode(200)
                .extract().asString();
        Map<String, Object> item = JSON.readValue(body, new TypeReference<>() { });
        assertEquals("article-journal", item.get("type"));
        assertEquals("J Pain", item.get("container-title"));
        assertEquals(List.of(List.of(2018)), ((Map<?, ?>) item.get("issued")).get("date-parts"));
        assertEquals(Map.of("family", "Vickers", "given", "A. J."), ((List<?>) item.get("author")).get(0));
        assertEquals(Map.of("literal", "Acupuncture Trialists’ Collaboration"), ((List<?>) item.get("author")).get(9));
        assertEquals("10.1016/j.jpain.2017.11.005", item.get("DOI"));
        assertEquals("29198932", item.get("PMID"));
        assertEquals("PMC5927830", item.get("PMCID"));
        assertEquals("455–474", item.get("page"));
        assertEquals(CitationFields.ofApi(Api.json(REFERENCES + "/" + Api.seedReferenceId(9)).getMap(""),
                CitationFields.CSL_TYPES), CitationFields.ofCsl(CSLItemData.fromJson(item)));
    }

    @Test
    void bibTeXReadsBackAsTheSameBibliography() throws Exception {
        String body = given().accept(BIBTEX).get(BIBLIOGRAPHY).then().statusCode(200)
                .contentType(startsWith(BIBTEX)).extract().asString();
        BibTeXConverter converter = new BibTeXConverter();
        BibTeXDatabase database = converter.loadDatabase(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        List<CitationFields> read = new ArrayList<>();
        for (BibTeXEntry entry : database.getEntries().values()) {
            read.add(CitationFields.ofBibTeX(converter.toItemData(entry), entry));
        }
        assertEquals(seed(CitationFields.BIBTEX_TYPES), read);
        List<String> keys = database.getEntries().keySet().stream().map(k -> k.getValue()).toList();
        assertEquals("Vickers2018", keys.get(8));
        assertEquals("Cabyoglu2006", keys.get(5), "keys are ASCII");
    }

    /**
     * biber drops, with a warning, any field biblatex's data model does not give the entry type (biber --tool
     * --validate-datamodel): these are the fields it gives the types the export writes, of those it could write.
     */
    @Test
    void everyBibTeXFieldIsOneBiblatexGivesItsEntryType() throws Exception {
        Set<String> anyType = Set.of("author", "title", "year", "doi", "eprint", "eprinttype", "url", "urldate",
                "language", "note", "addendum");
        Map<String, Set<String>> typeFields = Map.of(
                "article", Set.of("journal", "volume", "number", "eid", "pages", "issn"),
                "online", Set.of("organization"));
        String body = given().accept(BIBTEX).get(BIBLIOGRAPHY).then().statusCode(200).extract().asString();
        for (BibTeXEntry entry : new BibTeXConverter().loadDatabase(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getEntries().values()) {
            String type = entry.getType().getValue();
            for (Key field : entry.getFields().keySet()) {
                assertTrue(anyType.contains(field.getValue()) || typeFields.get(type).contains(field.getValue()),
                        "@" + type + "{" + entry.getKey().getValue() + "} has " + field.getValue());
            }
        }
    }

    @Test
    void theSeedProtocolKeepsItsGenreInNoteAndItsPubMedIdsWhereBiblatexReadsThem() {
        String protocol = given().accept(BIBTEX).get(REFERENCES + "/" + Api.seedReferenceId(10)).then()
                .statusCode(200).extract().asString();
        assertTrue(protocol.startsWith("@article{Skonnord2012,"), protocol);
        assertTrue(protocol.contains("  note = {Study protocol}"), protocol);
        assertTrue(protocol.contains("  eprint = {22734119},\n  eprinttype = {pubmed},"), protocol);
        assertTrue(protocol.contains("  addendum = {PMCID: PMC3383982}"), protocol);
        assertFalse(protocol.matches("(?s).*\\n  (type|pmid|pmcid) = .*"), protocol);
    }

    @Test
    void risReadsBackAsTheSameBibliography() throws Exception {
        String body = given().accept(RIS).get(BIBLIOGRAPHY).then().statusCode(200)
                .contentType(startsWith(RIS)).extract().asString();
        List<CitationFields> read = new RISParser().parse(new StringReader(body)).getReferences().stream()
                .map(CitationFields::ofRis).toList();
        assertEquals(seed(CitationFields.RIS_TYPES), read);
    }

    @Test
    void apaAndVancouverOfTwoSeedReferences() {
        String vickers = REFERENCES + "/" + Api.seedReferenceId(9);
        String avena = REFERENCES + "/" + Api.seedReferenceId(13);
        assertEquals(APA_VICKERS, text(vickers, "apa"));
        assertEquals(VANCOUVER_VICKERS, text(vickers, "vancouver"));
        assertEquals("Avena Natural Health. (2025). Adrenal fatigue & HPA axis: Natural remedies.\n", text(avena, "apa"));
        assertEquals("1. Avena Natural Health. Adrenal fatigue & HPA axis: Natural remedies. 2025.\n",
                text(avena, "vancouver"));
    }

    @Test
    void theBibliographyInApaIsAlphabeticalAndInVancouverInCitationOrder() {
        String[] apa = text(BIBLIOGRAPHY, "apa").split("\n");
        assertEquals(23, apa.length);
        assertTrue(apa[0].startsWith("Amorim, D., Brito, I."), apa[0]);
        assertTrue(List.of(apa).contains(APA_VICKERS.strip()));
        String[] vancouver = text(BIBLIOGRAPHY, "vancouver").split("\n");
        assertEquals(23, vancouver.length);
        assertEquals(VANCOUVER_VICKERS.replace("1. ", "9. ").strip(), vancouver[8]);
        assertTrue(vancouver[22].startsWith("23. Amorim D, Brito I"), vancouver[22]);
    }

    @Test
    void theStyleAndLocaleComeFromTheQueryOrFromAccept() {
        String vickers = REFERENCES + "/" + Api.seedReferenceId(9);
        assertEquals(VANCOUVER_VICKERS, given().accept(TEXT + "; style=vancouver").get(vickers).asString());
        assertEquals(VANCOUVER_VICKERS, given().accept(TEXT + "; style=apa").queryParam("style", "vancouver")
                .get(vickers).asString(), "the query parameter wins");
        assertEquals(APA_VICKERS, given().accept(TEXT).get(vickers).asString(), "APA is the default style");
        String german = given().accept(TEXT + "; style=american-medical-association; locale=de-DE").get(vickers)
                .asString();
        assertTrue(german.startsWith("1. Vickers AJ, Vertosick EA, Lewith G, u.\u00a0a. Acupuncture"), german);
        assertEquals(text(vickers, "american-medical-association"), text(vickers, "jama"),
                "a dependent style is its parent's");
    }

    @Test
    void htmlIsTheStyledBibliographyAsAFragmentWithLinks() {
        given().accept("text/html").queryParam("style", "apa").get(REFERENCES + "/" + Api.seedReferenceId(9)).then()
                .statusCode(200).contentType(startsWith("text/html"))
                .body(startsWith("<div class=\"csl-bib-body\">"))
                .body(containsString("<span style=\"font-style: italic\">J Pain</span>"))
                .body(containsString("<a href=\"https://doi.org/10.1016/j.jpain.2017.11.005\">"));
    }

    @Test
    void jsonStaysTheDefaultAndEveryRepresentationVariesWithAccept() {
        for (String accept : new String[] {null, "*/*", "application/json", "application/*"}) {
            var request = accept == null ? given() : given().accept(accept);
            Response response = request.get(BIBLIOGRAPHY);
            response.then().statusCode(200).contentType(startsWith("application/json")).body("items[0].number", equalTo(1));
            assertEquals("Accept, Accept-Encoding, Authorization", response.header("Vary"), "Vary for Accept " + accept);
        }
        given().get(REFERENCES + "/" + Api.seedReferenceId(9)).then().statusCode(200)
                .contentType(startsWith("application/json")).body("doi", equalTo("10.1016/j.jpain.2017.11.005"));
        Response bibtex = given().accept(BIBTEX).get(BIBLIOGRAPHY);
        assertEquals("Accept, Accept-Encoding, Authorization", bibtex.header("Vary"));
        given().accept("application/x-bibtex;q=0.5, application/x-research-info-systems").get(BIBLIOGRAPHY).then()
                .contentType(startsWith(RIS)).body(startsWith("TY  - JOUR"));
    }

    @Test
    void eachRepresentationHasItsOwnTag() {
        String path = REFERENCES + "/" + Api.seedReferenceId(9);
        String json = given().get(path).header("ETag");
        String bibtex = given().accept(BIBTEX).get(path).header("ETag");
        String apa = given().accept(TEXT).get(path).header("ETag");
        String vancouver = given().accept(TEXT).queryParam("style", "vancouver").get(path).header("ETag");
        assertEquals(4, List.of(json, bibtex, apa, vancouver).stream().distinct().count());
        given().accept(BIBTEX).header("If-None-Match", bibtex).get(path).then().statusCode(304).body(emptyString());
        given().header("If-None-Match", bibtex).get(path).then().statusCode(200).header("ETag", equalTo(json));
        given().accept(TEXT).header("If-None-Match", apa).get(BIBLIOGRAPHY).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-style", "../apa", "APA PLUS", "dependent/jama"})
    void anUnknownStyleIsA400NamingIt(String style) {
        String path = REFERENCES + "/" + Api.seedReferenceId(9);
        badParameter(given().accept(TEXT).queryParam("style", style).get(path), path, "style");
        badParameter(given().accept(TEXT).queryParam("style", style).get(BIBLIOGRAPHY), BIBLIOGRAPHY, "style");
    }

    @Test
    void badStylesAndLocalesAre400WhateverTheFormat() {
        String path = REFERENCES + "/" + Api.seedReferenceId(9);
        badParameter(given().queryParam("style", "no-such-style").get(path), path, "style");
        badParameter(given().accept(TEXT + "; style=no-such-style").get(path), path, "style");
        badParameter(given().accept(TEXT).queryParam("style", "agora").get(path), path, "style")
                .body("detail", containsString("citations only"));
        badParameter(given().accept(TEXT).queryParam("locale", "xx-XX").get(path), path, "locale");
        badParameter(given().queryParam("locale", "xx-XX").get(path), path, "locale");
        badParameter(given().accept(TEXT).queryParam("locale", "en_US;drop").get(path), path, "locale");
    }

    /** A bare language is its primary dialect, as citeproc-java reads it. */
    @Test
    void aBareLanguageIsALocale() {
        String path = REFERENCES + "/" + Api.seedReferenceId(9);
        given().accept(TEXT).queryParam("locale", "de").get(path).then().statusCode(200);
    }

    @Test
    void unsupportedMediaTypesAre406AndUnknownReferences404() {
        String path = REFERENCES + "/" + Api.seedReferenceId(9);
        problem(given().accept("application/xml").get(path), 406, "Not Acceptable", path);
        problem(given().accept("text/plain").get(BIBLIOGRAPHY), 406, "Not Acceptable", BIBLIOGRAPHY);
        Api.notFound(given().accept(BIBTEX).get(REFERENCES + "/" + UNKNOWN_ID), REFERENCES + "/" + UNKNOWN_ID,
                UNKNOWN_ID);
        Api.notFound(given().accept(TEXT).get(V1 + "/articles/no-such-article/references"),
                V1 + "/articles/no-such-article/references", "no-such-article");
    }

    @Test
    void theFormattedBibliographyFollowsAChangedReference() {
        Response created = editor().contentType("application/json")
                .body("""
                        {"type": "JOURNAL_ARTICLE", "title": "Before the change", "year": 2020,
                         "authors": [{"family": "Doe", "given": "J."}], "doi": "10.5555/cite-changed"}""")
                .post(REFERENCES);
        String path = REFERENCES + "/" + created.path("id");
        String before = text(path, "apa");
        assertEquals(before, text(path, "apa"));
        editor().header("If-Match", created.header("ETag"))
                .contentType(MergePatch.MEDIA_TYPE).body("{\"title\": \"After the change\"}").patch(path)
                .then().statusCode(200);
        String after = text(path, "apa");
        assertNotEquals(before, after);
        assertEquals("Doe, J. (2020). After the change. https://doi.org/10.5555/cite-changed\n", after);
    }

    @Test
    void aFormattedBibliographyIsRenderedOncePerStyleLocaleAndContent() {
        List<ReferenceView> bibliography = articles.bibliography(Params.idOrSlug("idOrSlug", Api.SEED));
        CitationRequest apa = new CitationRequest(ReferenceFormat.BIBLIOGRAPHY, "apa", null);
        String rendered = formatter.format(bibliography, apa);
        assertSame(rendered, formatter.format(bibliography, apa), "the same bibliography is served, not rendered again");
        assertNotSame(rendered, formatter.format(bibliography, new CitationRequest(ReferenceFormat.HTML, "apa", null)));
        assertNotSame(rendered, formatter.format(bibliography, new CitationRequest(ReferenceFormat.BIBLIOGRAPHY, "apa",
                "en-GB")));
        List<ReferenceView> changed = new ArrayList<>(bibliography);
        ReferenceView r = changed.get(0);
        changed.set(0, new ReferenceView(r.id(), r.type(), r.authors(), r.year(), "A corrected title",
                r.containerTitle(), r.volume(), r.issue(), r.pages(), r.articleNumber(), r.doi(), r.pmid(), r.pmcid(),
                r.issn(), r.url(), r.language(), r.peerReviewed(), r.accessedAt(), r.updateStatus(), r.updateNoticeDoi(),
                r.updateNoticeDate(), r.notes(), r.createdAt(), r.updatedAt()));
        String renderedAgain = formatter.format(changed, apa);
        assertTrue(renderedAgain.contains("A corrected title"), renderedAgain);
        assertNotEquals(rendered, renderedAgain);
    }

    @Test
    void aDraftsBibliographyIsHiddenFromAnonymousReaders() {
        importer.importDocument(TestDocuments.article("citation-formats-draft", 1, 2, ArticleStatus.DRAFT));
        String path = V1 + "/articles/citation-formats-draft/references";
        Api.notFound(given().accept(BIBTEX).get(path), path, "citation-formats-draft");
        editor().accept(BIBTEX).get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")).body(startsWith("@article{Author12020,"));
    }

    /** [1] and [3] are the same paper; [2] has the same first author and year as [1]. */
    @Test
    void aPaperCitedTwiceIsListedOnceAndBibTeXKeysStayUnique() {
        ArticleDocument base = TestDocuments.article("citation-formats-twins", 1, 3);
        List<ReferenceAuthor> doe = List.of(new ReferenceAuthor("Doe", "J.", null));
        ReferenceInput first = twin(doe, "First twin", "10.5555/cite-twin-1");
        List<ReferenceInput> references = List.of(first, twin(doe, "Second twin", "10.5555/cite-twin-2"), first);
        importer.importDocument(new ArticleDocument(base.article(), base.authors(), base.topics(), references,
                base.studies(), base.claims()));
        String path = V1 + "/articles/citation-formats-twins/references";
        given().get(path).then().body("items.number", equalTo(List.of(1, 2, 3)));
        String bibtex = given().accept(BIBTEX).get(path).asString();
        assertTrue(bibtex.startsWith("@article{Doe2020,"), bibtex);
        assertTrue(bibtex.contains("\n\n@article{Doe2020a,"), bibtex);
        assertEquals(2, bibtex.split("@article\\{").length - 1, bibtex);
        assertEquals("1. Doe J. First twin. Journal of Tests. 2020;1(2):10–20.\n"
                + "2. Doe J. Second twin. Journal of Tests. 2020;1(2):10–20.\n", text(path, "vancouver"));
    }

    private static ReferenceInput twin(List<ReferenceAuthor> authors, String title, String doi) {
        return new ReferenceInput(ReferenceType.JOURNAL_ARTICLE, authors, 2020, title, "Journal of Tests", "1", "2",
                "10–20", null, doi, null, null, null, null, null, true, null, null, null);
    }

    private static String text(String path, String style) {
        return given().accept(TEXT).queryParam("style", style).get(path).then().statusCode(200)
                .contentType(startsWith(TEXT)).extract().asString();
    }

    /** The seed bibliography as the JSON gives it, in citation order, the types spelt as a format does. */
    private static List<CitationFields> seed(Map<String, String> types) {
        return Api.seedBibliography().stream()
                .map(entry -> CitationFields.ofApi(reference(entry), types)).toList();
    }

    private static List<Object> seedIds() {
        return Api.seedBibliography().stream().map(entry -> reference(entry).get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reference(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("reference");
    }
}
