package org.evidenceapi.common;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Checks every response a test receives through RestAssured against the committed contract, and fails the request
 * (so the test that made it) with every violation: operation, status, JSON pointer and the schema rule broken.
 */
final class ResponseContractFilter implements Filter {
    static final ResponseContractFilter INSTANCE = new ResponseContractFilter(ResponseContract::committed);

    private final Supplier<ResponseContract> source;
    private ResponseContract contract;

    ResponseContractFilter(Supplier<ResponseContract> source) {
        this.source = source;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        List<String> violations = contract().violations(request.getMethod(), URI.create(request.getURI()).getRawPath(),
                response.statusCode(), response.contentType(), readable(response));
        if (!violations.isEmpty()) {
            throw new AssertionError("The response breaks openapi/openapi.json:\n  " + String.join("\n  ", violations));
        }
        return response;
    }

    /** The body as text, gunzipped when a test asked to see it as sent (compressed). */
    private static String readable(Response response) {
        byte[] body = response.asByteArray();
        if (body.length < 2 || body[0] != (byte) 0x1f || body[1] != (byte) 0x8b) {
            return new String(body, StandardCharsets.UTF_8);
        }
        try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read once, when the first test makes a request. */
    private synchronized ResponseContract contract() {
        if (contract == null) {
            contract = source.get();
        }
        return contract;
    }
}
