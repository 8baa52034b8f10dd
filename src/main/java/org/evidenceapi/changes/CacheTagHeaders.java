package org.evidenceapi.changes;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.evidenceapi.caching.CachePolicy;
import org.evidenceapi.common.http.ApiPaths;

/**
 * Names the {@link CacheTags} of every public read, in the two headers CDNs purge by: Surrogate-Key (Fastly,
 * space-separated) and Cache-Tag (Cloudflare, Akamai; comma-separated). Answers to a token are never shared, so
 * they carry none.
 */
@Provider
public class CacheTagHeaders implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != 200 || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || !path.startsWith(ApiPaths.V1 + "/")) {
            return;
        }
        Set<String> tags = CacheTags.ofPath(path.substring(ApiPaths.V1.length()));
        if (!tags.isEmpty()) {
            response.getHeaders().putSingle(CachePolicy.SURROGATE_KEY, String.join(" ", tags));
            response.getHeaders().putSingle(CachePolicy.CACHE_TAG, String.join(",", tags));
        }
    }
}
