package org.evidenceapi.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The one rule of presence in responses: the service never sends null (Jackson leaves out what has no value,
 * {@code quarkus.jackson.serialization-inclusion=non-null}), so a field is either always sent or sometimes absent,
 * and a field that may be absent says when in its description ("absent when ...", "absent unless ..."). Every
 * other property of a schema that only responses use is therefore listed as {@code required}, and generated
 * clients type it as always there.
 *
 * <p>Schemas that request bodies use too (Section, Outcome, SampleSize, ...) keep the {@code required} their
 * validation gives: there it tells a client what it must send.
 */
final class RequiredResponseFields {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern SAYS_ABSENT = Pattern.compile("\\babsent\\b", Pattern.CASE_INSENSITIVE);

    private RequiredResponseFields() {
    }

    static void mark(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        List<Schema> answered = new ArrayList<>();
        List<Schema> sent = new ArrayList<>();
        document.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(op -> {
            responseSchemas(op, answered);
            if (op.getRequestBody() != null) {
                contentSchemas(op.getRequestBody().getContent(), sent);
            }
        }));
        document.getComponents().getResponses().values().forEach(r -> contentSchemas(r.getContent(), answered));
        Set<String> responseOnly = reachable(answered, schemas);
        responseOnly.removeAll(reachable(sent, schemas));
        responseOnly.forEach(name -> markAlwaysPresent(schemas.get(name)));
    }

    private static void markAlwaysPresent(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            boolean mayBeAbsent = property.getDescription() != null
                    && SAYS_ABSENT.matcher(property.getDescription()).find();
            if (!mayBeAbsent && (schema.getRequired() == null || !schema.getRequired().contains(name))) {
                schema.addRequired(name);
            }
        });
    }

    private static void responseSchemas(Operation operation, List<Schema> into) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), into));
        }
    }

    private static void contentSchemas(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(m -> m.getSchema() != null)
                    .forEach(m -> into.add(m.getSchema()));
        }
    }

    /** The names of the component schemas that {@code roots} refer to, directly or through each other. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Object> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof Schema schema) {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(SCHEMAS) && names.add(ref.substring(SCHEMAS.length()))) {
                    todo.push(Objects.requireNonNull(schemas.get(ref.substring(SCHEMAS.length())), ref));
                }
                push(schema.getAll().values(), todo);
            } else if (next instanceof Collection<?> members) {
                push(members, todo);
            } else if (next instanceof Map<?, ?> members) {
                push(members.values(), todo);
            }
        }
        return names;
    }

    /** Only schemas and what holds them; example values may hold a JSON null. */
    private static void push(Collection<?> values, Deque<Object> todo) {
        values.stream().filter(v -> v instanceof Schema || v instanceof Collection || v instanceof Map)
                .forEach(todo::push);
    }
}
