package org.evidenceapi.common.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemMappers;

/** A request body Jackson cannot read becomes a 400 naming the JSON path and what is wrong there. */
public class JsonBodyProblems {

    /** Listed one by one: Quarkus REST maps some of these itself, with an empty body, unless named here. */
    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class, UnrecognizedPropertyException.class,
            InvalidFormatException.class, InvalidNullException.class, ValueInstantiationException.class}, priority = Priorities.USER - 100)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return problem(e, uri);
    }

    public static Response problem(JsonProcessingException e, UriInfo uri) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ProblemMappers.respond(400, "The body is not valid JSON (" + location(e) + "): "
                    + e.getOriginalMessage() + ".", null, uri);
        }
        String field = path(mapping.getPath());
        String message = message(mapping);
        return ProblemMappers.respond(400, "The body is invalid at '" + field + "': " + message + ".",
                List.of(new FieldError(field, message)), uri);
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a field of this object; known fields are " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof RefusedValue refused) {
            return refused.getOriginalMessage();
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        return target == null ? "has the wrong type or shape" : "must be " + JsonTypeNames.of(target);
    }

    /** Jackson's reference path as a JSON path a client recognises: {@code claims[3].scope}. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "unreadable"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
