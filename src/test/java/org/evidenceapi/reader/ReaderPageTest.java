package org.evidenceapi.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's pages and files over HTTP: what a browser is given before any script runs. */
@QuarkusTest
class ReaderPageTest {
    static final String APP = "https://app.example.org";

    @Test
    void theRootIsTheReadersPage() {
        given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"/reader/reader.js\"></script>"))
                .body(containsString("<main id=\"main\""));
    }

    @Test
    void anArticlesPageIsTheSameShellWhichReadsTheSlugFromTheAddress() {
        String shell = given().get("/").then().extract().asString();
        given().get("/read/" + Api.SEED).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(equalTo(shell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reader/reader.js", "/reader/evidence.js", "/widget/evidence.js", "/sw.js"})
    void theScriptsAreServedAsJavaScript(String path) {
        given().get(path).then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void theWidgetsScriptMayBeLoadedFromAConfiguredOriginOnly() {
        given().header("Origin", APP).get("/widget/evidence.js").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP));
        given().header("Origin", APP).get("/reader/evidence.js").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP));
        given().header("Origin", "https://elsewhere.example").get("/widget/evidence.js").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theDemoPageEmbedsTheWidgetFromTheServicesOtherName() {
        given().get("/widget/demo.html").then().statusCode(200)
                .body(containsString("<evidence-claim"))
                .body(containsString("location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'"));
    }

    @Test
    void theReaderIsNotPartOfTheApiDocument() {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(-1, document.indexOf("\"/read/"), "the reader's pages are not API operations");
        given().get("/q/openapi?format=json").then().body(not(containsString("ReaderResource")));
    }
}
