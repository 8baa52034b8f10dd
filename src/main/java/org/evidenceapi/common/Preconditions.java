package org.evidenceapi.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.Arrays;

/**
 * No lost updates: a write must name, in If-Match, the ETag of the representation it was based on.
 * 428 without one, 412 when it is not the current one. The version column then catches a write that
 * committed between this check and ours (also 412, see ProblemMappers).
 */
@ApplicationScoped
public class Preconditions {
    @Inject
    EntityTags tags;

    public void requireCurrent(String ifMatch, Object currentRepresentation) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Status.PRECONDITION_REQUIRED, "This write needs an If-Match header with the "
                    + "ETag of the current representation (read it with GET first), so that no update is lost.", null);
        }
        String current = tags.tagOf(currentRepresentation);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new ProblemException(Status.PRECONDITION_FAILED, "The resource has changed since the ETag in "
                    + "If-Match was issued; read it again and reapply your change.", null);
        }
    }
}
