package org.evidenceapi.identifier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.evidenceapi.common.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class IdentifierResourceTest {
    private static final String NORMALIZE = "/api/v1/identifiers/normalize";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10.1016/j.jpain.2017.11.005|DOI|10.1016/j.jpain.2017.11.005|https://doi.org/10.1016/j.jpain.2017.11.005",
        "https://doi.org/10.1016/J.JPAIN.2017.11.005|DOI|10.1016/J.JPAIN.2017.11.005|https://doi.org/10.1016/J.JPAIN.2017.11.005",
        "doi: 10.1136/bmj.k3232|DOI|10.1136/bmj.k3232|https://doi.org/10.1136/bmj.k3232",
        "http://dx.doi.org/10.1089/acm.2019.0113|DOI|10.1089/acm.2019.0113|https://doi.org/10.1089/acm.2019.0113",
        "29198932|PMID|29198932|https://pubmed.ncbi.nlm.nih.gov/29198932/",
        "PMID: 29198932|PMID|29198932|https://pubmed.ncbi.nlm.nih.gov/29198932/",
        "https://pubmed.ncbi.nlm.nih.gov/29198932/|PMID|29198932|https://pubmed.ncbi.nlm.nih.gov/29198932/",
        "pmc5927830|PMCID|PMC5927830|https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5927830/",
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5927830/|PMCID|PMC5927830|https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5927830/",
        "1526-5900|ISSN|1526-5900|https://portal.issn.org/resource/ISSN/1526-5900",
        "ISSN 2434561x|ISSN|2434-561X|https://portal.issn.org/resource/ISSN/2434-561X",
        "issn: 15265900|ISSN|1526-5900|https://portal.issn.org/resource/ISSN/1526-5900"})
    void recognisesAndNormalises(String input, String type, String value, String url) {
        given().queryParam("value", input).get(NORMALIZE).then().statusCode(200)
                .body("input", equalTo(input)).body("type", equalTo(type)).body("value", equalTo(value))
                .body("url", equalTo(url)).header("ETag", notNullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10.12/short|looks like a DOI",
        "https://doi.org/10.1016/|looks like a DOI",
        "PMC12a|looks like a PMCID",
        "1526-5901|check digit",
        "0123|looks like a PMID",
        "1234567890|looks like a PMID",
        "not an identifier|is not a DOI, PMID, PMCID or ISSN",
        "' '|is required"})
    void explainsWhyAValueIsNotAnIdentifier(String input, String reason) {
        given().queryParam("value", input).get(NORMALIZE).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("value")).body("errors[0].message", containsString(reason));
    }

    @Test
    void aMissingValueIsA400() {
        given().get(NORMALIZE).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("value"));
    }
}
