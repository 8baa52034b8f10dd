package org.evidenceapi.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.evidenceapi.common.problem.ProblemException;

/**
 * A Content-Type that is not a media type is the client's error, answered alike everywhere: 415, naming the header.
 * Quarkus REST parses it while choosing between methods of one path that consume different types (POST /references
 * takes JSON, BibTeX and RIS) and fails there with a 500, before authentication; elsewhere it answers 415; and its
 * parser lets malformed parameters ({@code ; =}) through. So every request that may carry a body has its
 * Content-Type checked, against RFC 9110's grammar and by that parser, before any resource is chosen.
 */
public class ContentTypeCheck {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]++";
    private static final String VALUE = "(?:" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*+\")";
    /** type/subtype, then "; name=value" parameters (empty ones allowed); possessive, so never backtracking. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[ \\t]*+" + TOKEN + "/" + TOKEN
            + "(?:[ \\t]*+;[ \\t]*+(?:" + TOKEN + "=" + VALUE + ")?+)*+[ \\t]*+");

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !WITH_BODY.contains(request.getMethod())) {
            return;
        }
        if (!MEDIA_TYPE.matcher(contentType).matches() || !parses(contentType)) {
            throw new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header is not a media "
                    + "type (type/subtype, then any parameters as name=value, such as application/json; "
                    + "charset=UTF-8).", null);
        }
    }

    private static boolean parses(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
