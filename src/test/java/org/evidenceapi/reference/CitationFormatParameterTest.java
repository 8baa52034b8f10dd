package org.evidenceapi.reference;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The format parameter, the alternative to Accept that download links and generated clients use: it names the
 * representation, wins over whatever Accept says, and an unknown one is a 400 listing the names.
 */
@QuarkusTest
class CitationFormatParameterTest {
    private static final String BIBLIOGRAPHY = SEED_PATH + "/references";
    /** What a generated Java client sends: every media type the operation declares, JSON first. */
    private static final String EVERY_DECLARED = "application/json, application/vnd.citationstyles.csl+json, "
            + "application/x-bibtex, application/x-research-info-systems, text/x-bibliography, text/html";
    private static final String ALLOWED = "must be one of json, csl-json, bibtex, ris, text, html";

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("json", "application/json", "{"),
                Arguments.of("csl-json", CitationMediaTypes.CSL_JSON, "["),
                Arguments.of("bibtex", CitationMediaTypes.BIBTEX, "@"),
                Arguments.of("ris", CitationMediaTypes.RIS, "TY  - "),
                Arguments.of("text", CitationMediaTypes.BIBLIOGRAPHY, "Vickers"),
                Arguments.of("html", CitationMediaTypes.HTML, "<div class=\"csl-bib-body\">"));
    }

    @ParameterizedTest(name = "format={0}")
    @MethodSource("formats")
    void eachFormatIsAnsweredInItsMediaTypeWhateverAcceptSays(String format, String mediaType, String start) {
        String path = format.equals("text") ? V1 + "/references/" + Api.seedReferenceId(9) : BIBLIOGRAPHY;
        for (String accept : new String[] {null, EVERY_DECLARED, "application/json", "application/xml"}) {
            var request = given().queryParam("format", format);
            Response response = (accept == null ? request : request.accept(accept)).get(path);
            response.then().statusCode(200).contentType(startsWith(mediaType)).body(startsWith(start));
            assertEquals("Accept, Authorization", response.header("Vary"), format + " with Accept " + accept);
        }
    }

    @Test
    void formatGivesTheSameAnswerAsAccept() {
        String path = V1 + "/references/" + Api.seedReferenceId(9);
        Response byAccept = given().accept(CitationMediaTypes.BIBTEX).get(path);
        Response byFormat = given().queryParam("format", "bibtex").get(path);
        assertEquals(byAccept.asString(), byFormat.asString());
        assertEquals(byAccept.header("ETag"), byFormat.header("ETag"));
        given().queryParam("format", "text").queryParam("style", "vancouver").get(BIBLIOGRAPHY).then()
                .statusCode(200).body(startsWith("1. ")).body(equalTo(
                        given().accept("text/x-bibliography; style=vancouver").get(BIBLIOGRAPHY).asString()));
    }

    @Test
    void formatJsonIsThePagedBibliography() {
        given().queryParam("format", "json").queryParam("limit", 2).accept(CitationMediaTypes.BIBTEX)
                .get(BIBLIOGRAPHY).then().statusCode(200).contentType(startsWith("application/json"))
                .body("items[1].number", equalTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bib", "jsonld", "BIBTEX-", "bibtex,ris", "application/x-bibtex"})
    void anUnknownFormatIsA400NamingFormatAndItsValues(String format) {
        String reference = V1 + "/references/" + Api.seedReferenceId(9);
        badParameter(given().queryParam("format", format).get(BIBLIOGRAPHY), BIBLIOGRAPHY, "format")
                .body("errors[0].message", equalTo(ALLOWED));
        badParameter(given().queryParam("format", format).accept(CitationMediaTypes.BIBTEX).get(reference),
                reference, "format").body("errors[0].message", equalTo(ALLOWED));
    }

    @Test
    void anEmptyFormatLeavesTheChoiceToAccept() {
        given().queryParam("format", "").accept(CitationMediaTypes.RIS).get(BIBLIOGRAPHY).then().statusCode(200)
                .contentType(startsWith(CitationMediaTypes.RIS));
        given().queryParam("format", "").get(BIBLIOGRAPHY).then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        given().queryParam("format", "BibTeX").get(BIBLIOGRAPHY).then().statusCode(200)
                .contentType(startsWith(CitationMediaTypes.BIBTEX));
    }
}
