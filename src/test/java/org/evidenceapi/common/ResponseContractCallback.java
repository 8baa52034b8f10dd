package org.evidenceapi.common;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ResponseContractFilter} in front of every @QuarkusTest's RestAssured requests (registered in
 * META-INF/services, so no test can forget it). Loaded by the tests' own class loader, it reaches the RestAssured
 * they use.
 */
public class ResponseContractCallback implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ResponseContractFilter.INSTANCE)) {
            RestAssured.filters(ResponseContractFilter.INSTANCE);
        }
    }
}
