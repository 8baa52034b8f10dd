package org.evidenceapi.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.persistence.ContentEntity;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.problem.Violations;
import org.evidenceapi.caching.EntityTags;

/** What every editorial write does the same way: validate all at once, check If-Match, apply a merge patch. */
@ApplicationScoped
public class Edits {
    @Inject
    EntityTags tags;
    @Inject
    Validator validator;
    @Inject
    ObjectMapper json;

    /** The input's constraints and {@code findings}; a 400 listing every problem if there is any. */
    public <I> void validate(String what, I input, List<FieldError> findings) {
        if (input == null) {
            throw ProblemException.badBody("A JSON " + what + " is required.");
        }
        List<FieldError> errors = new ArrayList<>(Violations.of(validator.validate(input), ""));
        errors.addAll(findings);
        if (!errors.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "The " + what + " has " + errors.size()
                    + " problem(s); nothing was written.", errors);
        }
    }

    /**
     * No lost updates: a write names, in If-Match, the ETag of the representation it was based on; 428
     * without one, 412 when it is not the current one. The version column then catches a write committed
     * between this check and ours (also 412, see ProblemMappers).
     */
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

    /** JSON Merge Patch of {@code current} (an input record) with {@code patch}, read back as that record. */
    public <I> I merge(I current, JsonNode patch, Class<I> type) throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badBody("A merge patch must be a JSON object.");
        }
        return json.treeToValue(MergePatch.apply(json.valueToTree(current), patch), type);
    }

    /** A 409 naming the field whose value another resource holds. */
    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(Status.CONFLICT, detail, List.of(new FieldError(field, "is taken")));
    }

    /** A 409 naming {@code field} when a resource other than {@code self} (null on create) holds its value. */
    public static void refuseTaken(String field, Optional<? extends ContentEntity> holder, UUID self, String detail) {
        holder.filter(other -> !Objects.equals(other.id, self)).ifPresent(other -> {
            throw conflict(field, detail);
        });
    }
}
