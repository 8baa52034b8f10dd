package org.evidenceapi.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every place a request body can hold a value, found by walking its schema: each object property and the first
 * item of each array, with the schema that applies there ($refs resolved, their sibling keywords kept).
 */
final class SchemaLocations {
    private static final int MAX_DEPTH = 8;

    /** A place in a body: its segments (property names and array indexes) and the schema there. */
    record Location(List<Object> segments, JsonNode schema, boolean required) {
        /** The place as the API names it in problems: {@code claims[0].scope}, {@code [0].title}. */
        String path() {
            StringBuilder path = new StringBuilder();
            for (Object segment : segments) {
                if (segment instanceof Integer index) {
                    path.append('[').append(index).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(segment);
                }
            }
            return path.toString();
        }

        String type() {
            return schema.path("type").asText(schema.has("enum") ? "string" : "");
        }
    }

    private final JsonNode components;

    SchemaLocations(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    List<Location> of(JsonNode schema) {
        List<Location> locations = new ArrayList<>();
        walk(resolve(schema), List.of(), Set.of(), locations);
        return locations;
    }

    private void walk(JsonNode schema, List<Object> at, Set<String> refs, List<Location> into) {
        if (at.size() > MAX_DEPTH) {
            return;
        }
        if (schema.has("items")) {
            JsonNode item = resolve(schema.get("items"));
            List<Object> first = append(at, 0);
            into.add(new Location(first, item, false));
            walk(item, first, refs, into);
        }
        Set<String> required = names(schema.path("required"));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String ref = refOf(property.getValue());
            if (refs.contains(ref)) {
                continue;
            }
            JsonNode resolved = resolve(property.getValue());
            List<Object> there = append(at, property.getKey());
            into.add(new Location(there, resolved, required.contains(property.getKey())));
            walk(resolved, there, ref.isEmpty() ? refs : plus(refs, ref), into);
        }
    }

    /**
     * The schema a {@code $ref} names, with the keywords written beside the reference laid over it; a
     * description wrapped around a reference ({@code allOf: [{$ref}]}, as the contract writes a property's
     * description) reads the same.
     */
    JsonNode resolve(JsonNode schema) {
        JsonNode allOf = schema.path("allOf");
        if (allOf.size() == 1 && allOf.get(0).has("$ref")) {
            return overlay(resolve(allOf.get(0)), schema, "allOf");
        }
        if (!schema.has("$ref")) {
            return schema;
        }
        String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
        return overlay(resolve(components.get(name)), schema, "$ref");
    }

    /** The reference a property's schema makes, bare or wrapped in allOf; "" when it makes none. */
    private static String refOf(JsonNode schema) {
        JsonNode allOf = schema.path("allOf");
        return (allOf.size() == 1 ? allOf.get(0) : schema).path("$ref").asText();
    }

    private static JsonNode overlay(JsonNode target, JsonNode schema, String except) {
        ObjectNode merged = target.deepCopy();
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(except)) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new java.util.HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static List<Object> append(List<Object> list, Object segment) {
        List<Object> longer = new ArrayList<>(list);
        longer.add(segment);
        return List.copyOf(longer);
    }

    private static Set<String> plus(Set<String> set, String element) {
        Set<String> larger = new java.util.HashSet<>(set);
        larger.add(element);
        return Set.copyOf(larger);
    }
}
