package org.evidenceapi.caching;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.evidenceapi.common.config.EvidenceConfig;

/**
 * Says who may cache what. Anonymous reads of public content: any cache, for max-age seconds, then stale
 * while revalidating with the ETag. Anything answered to a caller with credentials (drafts, editors):
 * nobody. Errors: nobody. A read that says itself how it may be kept (the changes feed) keeps its word.
 */
@Provider
public class CachePolicy implements ContainerResponseFilter {
    /**
     * What every answer to a GET or HEAD depends on, whatever its status: Accept, since every read answers 406 to
     * an Accept it cannot satisfy and some choose their representation by it; Authorization, since a token
     * shows drafts and makes the answer private; Accept-Encoding, since the HTTP layer compresses for clients that
     * accept gzip and does not say so itself. One value for all reads, so no resource can state it wrongly.
     */
    public static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING + ", "
            + HttpHeaders.AUTHORIZATION;
    public static final String VARY_DESCRIPTION = "Accept, Accept-Encoding, Authorization: every read depends on "
            + "them (its representation, or a 406, on Accept; gzip or not on Accept-Encoding; drafts and privacy on "
            + "the token), so shared caches keep one answer per Accept and encoding and never give an answer made "
            + "for a token to anyone else.";

    /** The cache tags of a public read, for Fastly (space-separated) and for Cloudflare and Akamai (commas). */
    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String CACHE_TAG = "Cache-Tag";
    public static final String CACHE_TAGS_DESCRIPTION = "The cache tags of this answer, for CDNs that purge by tag: "
            + "article:{id or slug} (and so on for each kind) for every resource its path names, and the collection "
            + "(articles, claims, ...) for lists; what a path shows below a resource (an article's claims) carries "
            + "only that resource's tag. Webhook deliveries name the tags a change makes stale. Absent on answers to "
            + "a token, which are never shared.";

    @Inject
    EvidenceConfig config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read) {
            headers.putSingle(HttpHeaders.VARY, VARY);
        }
        if (response.getStatus() >= 400) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (read && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        } else if (read && !headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.cache().maxAge()
                    + ", stale-while-revalidate=" + config.cache().staleWhileRevalidate());
        }
    }
}
