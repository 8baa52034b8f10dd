package org.evidenceapi.caching;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * What identifies a stored answer: the full request target (host included, since links in the body are absolute)
 * and the Accept header, the one request header the representations vary on besides Authorization, and
 * requests with credentials are never answered from the cache.
 */
record PublicResponseKey(String host, String target, String accept) {

    static PublicResponseKey of(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return new PublicResponseKey(String.valueOf(request.authority()), request.uri(), accept == null ? "" : accept);
    }
}
