package org.evidenceapi.reference;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * exportArticleBibliography and exportReference, the alternative to Accept that download links and generated
 * clients use: the format in the URL alone decides the answer, whatever Accept says, and a missing or unknown one
 * is a 400 listing the names.
 */
@QuarkusTest
class CitationExportTest {
    private static final String BIBLIOGRAPHY = SEED_PATH + "/bibliography";
    /** What a generated Java client sends: the one JSON type among those declared (else all of them). */
    private static final String JAVA_CLIENT = CitationMediaTypes.CSL_JSON;
    private static final String EVERY_DECLARED = "application/vnd.citationstyles.csl+json, application/x-bibtex, "
            + "application/x-research-info-systems, text/x-bibliography, text/html";
    private static final String ALLOWED = "csl-json, bibtex, ris, text, html";

    @Inject
    ArticleImporter importer;

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("csl-json", CitationMediaTypes.CSL_JSON, "[", "{"),
                Arguments.of("bibtex", CitationMediaTypes.BIBTEX, "@", "@"),
                Arguments.of("ris", CitationMediaTypes.RIS, "TY  - ", "TY  - "),
                Arguments.of("text", CitationMediaTypes.BIBLIOGRAPHY, "Amorim, D.", "Vickers"),
                Arguments.of("html", CitationMediaTypes.HTML, "<div class=\"csl-bib-body\">",
                        "<div class=\"csl-bib-body\">"));
    }

    @ParameterizedTest(name = "format={0}")
    @MethodSource("formats")
    void eachFormatIsAnsweredInItsMediaTypeWhateverAcceptSays(String format, String mediaType,
            String bibliographyStart, String referenceStart) {
        String reference = V1 + "/references/" + Api.seedReferenceId(9) + "/citation";
        for (String accept : new String[] {null, JAVA_CLIENT, EVERY_DECLARED, "application/json", "application/xml"}) {
            Response whole = accepting(accept).queryParam("format", format).get(BIBLIOGRAPHY);
            whole.then().statusCode(200).contentType(startsWith(mediaType)).body(startsWith(bibliographyStart));
            assertEquals("Accept, Accept-Encoding, Authorization", whole.header("Vary"), format + " with Accept " + accept);
            accepting(accept).queryParam("format", format).get(reference).then().statusCode(200)
                    .contentType(startsWith(mediaType)).body(startsWith(referenceStart));
        }
    }

    @ParameterizedTest(name = "format={0}")
    @MethodSource("formats")
    void anExportIsTheSameAnswerAsAcceptGives(String format, String mediaType) {
        String reference = V1 + "/references/" + Api.seedReferenceId(9);
        assertSameAnswer(given().accept(mediaType).get(SEED_PATH + "/references"),
                given().queryParam("format", format).get(BIBLIOGRAPHY));
        assertSameAnswer(given().accept(mediaType).get(reference),
                given().queryParam("format", format).get(reference + "/citation"));
    }

    @Test
    void styleAndLocaleShapeAFormattedExport() {
        given().queryParam("format", "text").queryParam("style", "vancouver").get(BIBLIOGRAPHY).then()
                .statusCode(200).body(startsWith("1. ")).body(equalTo(
                        given().accept("text/x-bibliography; style=vancouver").get(SEED_PATH + "/references")
                                .asString()));
        badParameter(given().queryParam("format", "text").queryParam("style", "no-such-style").get(BIBLIOGRAPHY),
                BIBLIOGRAPHY, "style");
    }

    @Test
    void theBibliographyIsNeverPaged() {
        String whole = given().queryParam("format", "csl-json").get(BIBLIOGRAPHY).asString();
        given().queryParam("format", "csl-json").queryParam("limit", 1).get(BIBLIOGRAPHY).then().statusCode(200)
                .body("size()", greaterThan(1)).body(equalTo(whole));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bib", "json", "jsonld", "BIBTEX-", "bibtex,ris", "application/x-bibtex"})
    void anUnknownFormatIsA400NamingFormatAndItsValues(String format) {
        String reference = V1 + "/references/" + Api.seedReferenceId(9) + "/citation";
        badParameter(given().queryParam("format", format).get(BIBLIOGRAPHY), BIBLIOGRAPHY, "format")
                .body("errors[0].message", equalTo("must be one of " + ALLOWED));
        badParameter(given().queryParam("format", format).accept(CitationMediaTypes.BIBTEX).get(reference),
                reference, "format").body("errors[0].message", equalTo("must be one of " + ALLOWED));
    }

    @Test
    void aMissingFormatIsA400NamingFormatAndItsValues() {
        String reference = V1 + "/references/" + Api.seedReferenceId(9) + "/citation";
        for (String accept : new String[] {null, CitationMediaTypes.BIBTEX, "application/xml"}) {
            badParameter(accepting(accept).get(BIBLIOGRAPHY), BIBLIOGRAPHY, "format")
                    .body("errors[0].message", equalTo("must be given: one of " + ALLOWED));
            badParameter(accepting(accept).queryParam("format", "").get(reference), reference, "format")
                    .body("errors[0].message", equalTo("must be given: one of " + ALLOWED));
        }
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        given().queryParam("format", "BibTeX").get(BIBLIOGRAPHY).then().statusCode(200)
                .contentType(startsWith(CitationMediaTypes.BIBTEX));
    }

    @Test
    void aDraftsBibliographyIsExportedToEditorsOnly() {
        importer.importDocument(TestDocuments.article("exported-draft", 1, 2, ArticleStatus.DRAFT));
        String path = V1 + "/articles/exported-draft/bibliography";
        given().queryParam("format", "bibtex").get(path).then().statusCode(404);
        editor().queryParam("format", "bibtex").get(path).then()
                .statusCode(200).contentType(startsWith(CitationMediaTypes.BIBTEX))
                .header("Cache-Control", "private, no-store");
    }

    @Test
    void anUnchangedExportIsA304() {
        String tag = given().queryParam("format", "ris").get(BIBLIOGRAPHY).then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("format", "ris").header("If-None-Match", tag).get(BIBLIOGRAPHY).then().statusCode(304)
                .header("ETag", tag);
        given().get(V1 + "/references/" + Api.seedReferenceId(1) + "/citation?format=ris").then().statusCode(200);
        given().get(V1 + "/references/00000000-0000-0000-0000-000000000000/citation?format=ris").then()
                .statusCode(404);
        given().get(V1 + "/articles/no-such-article/bibliography?format=ris").then().statusCode(404);
    }

    private static void assertSameAnswer(Response byAccept, Response byFormat) {
        byAccept.then().statusCode(200);
        byFormat.then().statusCode(200);
        assertEquals(byAccept.contentType(), byFormat.contentType());
        assertEquals(byAccept.asString(), byFormat.asString());
        assertEquals(byAccept.header("ETag"), byFormat.header("ETag"));
    }

    private static RequestSpecification accepting(String accept) {
        return accept == null ? given() : given().accept(accept);
    }
}
