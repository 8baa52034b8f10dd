package org.evidenceapi.common.http;

/** The base path of the API's first version. */
public final class ApiPaths {
    public static final String V1 = "/api/v1";

    private ApiPaths() {
    }
}
