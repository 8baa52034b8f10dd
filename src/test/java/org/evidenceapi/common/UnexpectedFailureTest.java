package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.evidenceapi.common.problem.Problem;

@QuarkusTest
class UnexpectedFailureTest {
    @Test
    void unexpectedFailureIsAGenericProblemWithoutInternals() {
        given().get("/test-only/failure").then()
                .statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(500))
                .body("title", equalTo("Internal Server Error"))
                .body("instance", equalTo("/test-only/failure"))
                .body("detail", equalTo("The server could not complete the request. The failure has been logged."))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.evidenceapi")));
    }

    @Test
    void aDatabaseConstraintIsAConflictNotAServerError() {
        given().get("/test-only/failure/constraint").then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("nothing was written"))
                .body(not(containsString("bib_reference")))
                .body(not(containsString("constraint_doi_key")));
    }

    @Test
    void aStatementTheDatabaseCancelledIsA503ToRetryNotAServerError() {
        given().get("/test-only/failure/timeout").then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "5")
                .body("title", equalTo("Service Unavailable"))
                .body("instance", equalTo("/test-only/failure/timeout"))
                .body("detail", containsString("did not answer in time"))
                .body(not(containsString("57014")))
                .body(not(containsString("QueryTimeoutException")));
    }
}
