package org.evidenceapi.reference;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Editors create references by posting one BibTeX entry or RIS record, as citation tools export them; it is
 * read with citeproc-java and validated like JSON. What the API exports imports as the same reference.
 */
@QuarkusTest
class CitationImportTest {
    static final String REFERENCES = V1 + "/references";
    static final String BIBTEX = "application/x-bibtex";
    static final String RIS = "application/x-research-info-systems";

    /** Every bibliographic field, with LaTeX specials, a particle, an organisation and an access date. */
    static final String FULL = """
            {"type": "PROTOCOL", "authors": [{"family": "van der Molen", "given": "H. F."},
              {"family": "Zhao", "given": "Z.-Q."}, {"literal": "Cochrane Work Group"}],
             "year": 2021, "title": "Stress & strain: 50%% of {HPA} cases_1 #2 — a ~study^ in x\\\\y",
             "containerTitle": "J Occup Health", "volume": "12", "issue": "3", "pages": "12–19",
             "articleNumber": "e12345", "doi": "10.5555/cite-import-%s", "pmid": "%s", "pmcid": "PMC%s",
             "issn": "2434-561X", "url": "https://example.org/paper?id=1%%202", "language": "de",
             "accessedAt": "2024-05-01"}""";

    @ParameterizedTest
    @ValueSource(strings = {BIBTEX, RIS})
    void whatIsExportedImportsAsTheSameReference(String mediaType) {
        String suffix = mediaType.equals(BIBTEX) ? "1" : "2";
        Response original = editor().contentType("application/json")
                .body(FULL.formatted("round-trip-" + suffix, "9200000" + suffix, "920000" + suffix)).post(REFERENCES);
        original.then().statusCode(201);
        String path = REFERENCES + "/" + original.path("id");
        String exported = given().accept(mediaType).get(path).then().statusCode(200).extract().asString();
        editor().header("If-Match", original.header("ETag")).delete(path).then().statusCode(204);

        Response imported = editor().contentType(mediaType).body(utf8(exported)).post(REFERENCES);
        imported.then().statusCode(201).header("Location", containsString(REFERENCES + "/")).header("ETag", notNullValue());
        Map<String, Object> expected = original.jsonPath().getMap("");
        Map<String, Object> actual = imported.jsonPath().getMap("");
        for (String field : new String[] {"type", "authors", "year", "title", "containerTitle", "volume", "issue",
                "articleNumber", "doi", "pmid", "pmcid", "issn", "url", "language", "accessedAt", "updateStatus"}) {
            assertEquals(expected.get(field), actual.get(field), field);
        }
        assertEquals("12-19", actual.get("pages"), "a page range comes back with a hyphen");
    }

    @Test
    void aBibTeXEntryAsToolsExportItIsValidatedAndStored() {
        String bibtex = """
                @Article{Kaptchuk2020,
                  author  = {Kaptchuk, Ted J. and M{\\"u}ller, J{\\"o}rg and {World Health Organization}},
                  title   = {{Placebo} effects in acupuncture},
                  journal = {BMJ Open},
                  year    = 2020,
                  volume  = {10},
                  number  = {2},
                  pages   = {e012345},
                  doi     = {https://doi.org/10.5555/CITE-IMPORT-BIB},
                  pmid    = {92000011},
                  issn    = {2434561x}
                }""";
        editor().contentType(BIBTEX).body(utf8(bibtex)).post(REFERENCES).then().statusCode(201)
                .body("type", equalTo("JOURNAL_ARTICLE"))
                .body("authors[1].family", equalTo("Müller"))
                .body("authors[1].given", equalTo("Jörg"))
                .body("authors[2].literal", equalTo("World Health Organization"))
                .body("title", equalTo("Placebo effects in acupuncture"))
                .body("containerTitle", equalTo("BMJ Open"))
                .body("year", equalTo(2020))
                .body("issue", equalTo("2"))
                .body("pages", equalTo("e012345"))
                .body("doi", equalTo("10.5555/CITE-IMPORT-BIB"))
                .body("pmid", equalTo("92000011"))
                .body("issn", equalTo("2434-561X"))
                .body("updateStatus", equalTo("NONE"));
    }

    @Test
    void aRisRecordAsToolsExportItIsValidatedAndStored() {
        String ris = """
                TY  - JOUR
                AU  - Kaptchuk, Ted J.
                AU  - World Health Organization
                TI  - Sham acupuncture in trials
                JO  - Trials
                PY  - 2019///
                VL  - 20
                IS  - 1
                SP  - 101
                EP  - 109
                DO  - 10.5555/cite-import-ris
                AN  - WOS:000123456700001
                SN  - 978-3-16-148410-0
                ER  -\s
                """;
        editor().contentType(RIS).body(utf8(ris)).post(REFERENCES).then().statusCode(201)
                .body("authors[0].family", equalTo("Kaptchuk"))
                .body("authors[1].literal", equalTo("World Health Organization"))
                .body("year", equalTo(2019))
                .body("containerTitle", equalTo("Trials"))
                .body("pages", equalTo("101-109"))
                .body("pmid", nullValue())
                .body("issn", nullValue());
    }

    @Test
    void invalidFieldsAre400sNamingThem() {
        String bibtex = "@article{x, journal = {J}, year = {3020}, doi = {not-a-doi}, pmid = {0123}}";
        JsonPath problem = problem(editor().contentType(BIBTEX).body(utf8(bibtex)).post(REFERENCES), 400, "Bad Request",
                REFERENCES).body("errors.field", hasItems("title", "year", "doi", "pmid")).extract().jsonPath();
        assertEquals(4, problem.getList("errors").size(), problem.prettify());
        problem(editor().contentType(RIS).body(utf8("TY  - JOUR\nTI  - T\nDO  - doi:not-a-doi\nER  - \n")).post(REFERENCES),
                400, "Bad Request", REFERENCES).body("errors.field", equalTo(List.of("doi")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@article{x, title = {Unclosed", "just some words", "",
            "@article{a, title = {One}}\n@article{b, title = {Two}}"})
    void bibTeXThatIsNotOneEntryIsA400(String body) {
        problem(editor().contentType(BIBTEX).body(utf8(body)).post(REFERENCES), 400, "Bad Request", REFERENCES)
                .body("detail", containsString("BibTeX"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"just some words", "", "AU  - Doe, J.\nTI  - No type\nER  - \n", "TY  - NOPE\nER  - \n",
            "TY  - JOUR\nTI  - One\nER  - \nTY  - JOUR\nTI  - Two\nER  - \n"})
    void risThatIsNotOneRecordIsA400(String body) {
        problem(editor().contentType(RIS).body(utf8(body)).post(REFERENCES), 400, "Bad Request", REFERENCES)
                .body("detail", containsString("RIS"));
    }

    @Test
    void importingNeedsAnEditorAndAKnownFormat() {
        String bibtex = "@article{x, title = {T}, year = {2020}}";
        problem(given().contentType(BIBTEX).body(utf8(bibtex)).post(REFERENCES), 401, "Unauthorized", REFERENCES);
        problem(given().header("Authorization", Tokens.reader()).contentType(BIBTEX).body(utf8(bibtex)).post(REFERENCES),
                403, "Forbidden", REFERENCES);
        problem(editor().contentType("text/plain").body(utf8(bibtex)).post(REFERENCES), 415, "Unsupported Media Type",
                REFERENCES);
    }

    /** As a file is posted: RestAssured sends strings only for the content types it knows. */
    private static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
