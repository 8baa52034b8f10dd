package org.evidenceapi.common;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;

/**
 * Checks every response a test receives through RestAssured against the committed contract, and fails the request
 * (so the test that made it) with every violation: operation, status, JSON pointer and the schema rule broken.
 */
final class ResponseContractFilter implements Filter {
    static final ResponseContractFilter INSTANCE = new ResponseContractFilter();

    private ResponseContract contract;

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        List<String> violations = contract().violations(request.getMethod(), URI.create(request.getURI()).getRawPath(),
                response.statusCode(), response.contentType(), response.asString());
        if (!violations.isEmpty()) {
            throw new AssertionError("The response breaks openapi/openapi.json:\n  " + String.join("\n  ", violations));
        }
        return response;
    }

    /** Read once, when the first test makes a request. */
    private synchronized ResponseContract contract() {
        if (contract == null) {
            contract = ResponseContract.committed();
        }
        return contract;
    }
}
