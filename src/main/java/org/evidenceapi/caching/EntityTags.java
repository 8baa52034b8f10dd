package org.evidenceapi.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Gives every successful GET, and every write that answers with the resource, a strong ETag: the SHA-256
 * of the exact bytes sent, so a write's tag is the one a GET would give, and each representation of a
 * resource (JSON, or text such as BibTeX) has its own. A GET whose {@code If-None-Match} matches gets 304
 * and no body. The body is serialised here once and sent as these bytes. A body a resource hands out as the same
 * byte array again and again (a cached article document) is hashed once: hashing a whole article on every
 * request would dominate the cost of a read past the response cache.
 */
@Provider
@ApplicationScoped
public class EntityTags implements ContainerResponseFilter {
    @Inject
    ObjectMapper json;
    /** Tags of shared bodies, by identity (weak keys compare with ==): gone when the body is. */
    private final Cache<byte[], String> sharedBodyTags = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isTagged(request, response)) {
            return;
        }
        byte[] body = bytesOf(response.getEntity());
        // a write whose answer tells more than the resource it made (an import's) names that resource's tag itself,
        // as a 201's validators are those of the new resource (RFC 9110 15.3.2)
        String named = isRead(request) ? null : response.getHeaderString(HttpHeaders.ETAG);
        // a byte[] entity is sent as it is, and may be the same array as on earlier requests
        String tag = named != null ? named
                : response.getEntity() == body ? sharedBodyTags.get(body, EntityTags::tagOf) : tagOf(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (isRead(request) && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private static boolean isTagged(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        return (status == 200 || (status == 201 && !isRead(request))) && response.hasEntity()
                && (isJson(response.getMediaType()) || response.getEntity() instanceof String);
    }

    /** JSON and its structured-syntax relatives (application/ld+json, application/problem+json, ...). */
    private static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.getSubtype().endsWith("+json"));
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    private byte[] bytesOf(Object entity) {
        try {
            if (entity instanceof String text) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            return entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    /** The tag this filter would send with {@code representation}: what If-Match must name to change it. */
    public String tagOf(Object representation) {
        return tagOf(bytesOf(representation));
    }

    private static String tagOf(byte[] body) {
        return "\"" + digest(body) + "\"";
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored. */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(tag));
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
