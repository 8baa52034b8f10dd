package org.evidenceapi.importing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidenceapi.common.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each field rule of the write paths, broken once in an otherwise valid document: a 400 naming the path. */
@QuarkusTest
class ValidationRulesTest {
    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    ObjectMapper json;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "references[0].doi                          | '\"11.1234/x\"'",
        "references[0].pmid                         | '\"12a\"'",
        "references[0].pmcid                        | '\"PMX123\"'",
        "references[0].issn                         | '\"1234-5678\"'",
        "references[0].url                          | '\"ftp://example.org/paper\"'",
        "references[0].year                         | 2999",
        "article.sections[0].blocks[0].imageUrl     | '\"javascript:alert(1)\"'",
        "studies[0].duration                        | '\"three weeks\"'",
        "studies[0].followUp                        | '\"P1X\"'",
        "studies[0].sampleSize.participants         | 0",
        "studies[0].sampleSize.studies              | 0",
        "studies[0].outcomes[0].effect.ciLevel      | 1.5",
        "studies[0].outcomes[0].effect.pValue       | 1.2",
        "studies[0].outcomes[0].effect.heterogeneityI2 | 120",
        "studies[0].outcomes[0].effect.value        | -3.0",
        "studies[0].outcomes[0].effect.ciLower      | 0.0",
    })
    void aBrokenRuleIsA400NamingTheFieldAndNothingIsWritten(String path, String value) throws Exception {
        String slug = "rule-" + SLUGS.incrementAndGet();
        ObjectNode doc = json.valueToTree(TestDocuments.article(slug, 1, 1));
        set(doc, path, json.readTree(value));
        editor().contentType(ContentType.JSON).body(doc.toString())
                .post("/api/v1/imports").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", contains(path));
        editor().get("/api/v1/articles/" + slug).then().statusCode(404);
    }

    @Test
    void wellFormedIdentifiersAreAcceptedAndStoredNormalised() throws Exception {
        ObjectNode doc = json.valueToTree(TestDocuments.article("rule-accepted", 1, 1));
        ObjectNode reference = (ObjectNode) doc.get("references").get(0);
        reference.put("doi", "https://doi.org/10.5555/Rule-Accepted.1");
        reference.put("issn", "1234-5679");
        reference.put("url", "https://example.org/paper");
        editor().contentType(ContentType.JSON).body(doc.toString())
                .post("/api/v1/imports").then().statusCode(201);
        given().get("/api/v1/articles/rule-accepted/references").then()
                .body("items", hasSize(1))
                .body("items[0].reference.doi", equalTo("10.5555/Rule-Accepted.1"))
                .body("items[0].reference.issn", equalTo("1234-5679"));
    }

    /** Sets the value at a path like {@code studies[0].outcomes[0].effect.ciLevel}, creating objects on the way. */
    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.replaceAll("\\[(\\d+)]", ".$1").split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = steps[i].matches("\\d+")
                    ? node.get(Integer.parseInt(steps[i])) : node.get(steps[i]);
            if (next == null || next.isNull()) {
                next = ((ObjectNode) node).putObject(steps[i]);
            }
            node = next;
        }
        ((ObjectNode) node).set(steps[steps.length - 1], value);
    }
}
