package org.evidenceapi.common;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says who may cache what. Anonymous reads of public content: any cache, for max-age seconds, then stale
 * while revalidating with the ETag. Anything answered to a caller with credentials (drafts, editors):
 * nobody. Errors: nobody. {@code Vary: Authorization} keeps a shared cache from answering one with the other.
 */
@Provider
public class CachePolicy implements ContainerResponseFilter {
    @ConfigProperty(name = "evidence.cache.max-age", defaultValue = "60")
    int maxAge;

    @ConfigProperty(name = "evidence.cache.stale-while-revalidate", defaultValue = "300")
    int staleWhileRevalidate;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        if (response.getStatus() >= 400) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        Object vary = headers.getFirst(HttpHeaders.VARY); // one header, e.g. "Accept, Authorization"
        headers.putSingle(HttpHeaders.VARY, vary == null ? HttpHeaders.AUTHORIZATION : vary + ", " + HttpHeaders.AUTHORIZATION);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                ? "private, no-store"
                : "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate);
    }
}
