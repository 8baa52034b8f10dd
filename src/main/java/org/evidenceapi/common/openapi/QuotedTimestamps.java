package org.evidenceapi.common.openapi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the YAML contract quote example strings that look like timestamps ("2026-11-24T12:47:46Z",
 * "2022-03-10"). SmallRye writes YAML with minimal quotes, and YAML 1.1 readers (SnakeYAML, PyYAML, many
 * client generators) load an unquoted timestamp as a date, not the string the schema and the service give.
 * Such strings are wrapped in a node that writes itself quoted in YAML and as a plain string in JSON.
 * Runs when the document is built (the stored file) and again when the service starts, because the served
 * document is re-read from JSON at startup and written anew.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class QuotedTimestamps implements OASFilter {
    /** The YAML 1.1 timestamp type (yaml.org/type/timestamp.html), as YAML 1.1 readers resolve plain scalars. */
    static final Pattern YAML_TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getExamples() != null) {
            schema.setExamples(new ArrayList<>(schema.getExamples().stream().map(QuotedTimestamps::quoted).toList()));
        }
        if (schema.getDefaultValue() != null) {
            schema.setDefaultValue(quoted(schema.getDefaultValue()));
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        parameter.setExample(quoted(parameter.getExample()));
        quoteAll(parameter.getExamples());
        quoteAll(parameter.getContent());
        return parameter;
    }

    @Override
    public Header filterHeader(Header header) {
        header.setExample(quoted(header.getExample()));
        quoteAll(header.getExamples());
        quoteAll(header.getContent());
        return header;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        quoteAll(body.getContent());
        return body;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        quoteAll(response.getContent());
        return response;
    }

    private static void quoteAll(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(QuotedTimestamps::quoteAll);
        }
    }

    private static void quoteAll(MediaType media) {
        media.setExample(quoted(media.getExample()));
        quoteAll(media.getExamples());
    }

    private static void quoteAll(Map<String, Example> examples) {
        if (examples != null) {
            examples.values().forEach(example -> example.setValue(quoted(example.getValue())));
        }
    }

    /** The value with every timestamp-like string in it, however deep, wrapped; other values unchanged. */
    static Object quoted(Object value) {
        if (value instanceof String text) {
            return YAML_TIMESTAMP.matcher(text).matches() ? new POJONode(new QuotedString(text)) : text;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put(key, quoted(member)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(QuotedTimestamps::quoted).toList());
        }
        if (value instanceof ObjectNode object) {
            object.properties().forEach(member -> member.setValue(quotedNode(member.getValue())));
            return object;
        }
        if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, quotedNode(array.get(i)));
            }
            return array;
        }
        return value;
    }

    private static JsonNode quotedNode(JsonNode node) {
        return node.isTextual() ? (JsonNode) quoted(node.textValue()) : (JsonNode) quoted(node);
    }

    /** A string that YAML output always quotes; JSON output writes it as any string. */
    record QuotedString(String text) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (generator instanceof YAMLGenerator yaml && yaml.isEnabled(YAMLGenerator.Feature.MINIMIZE_QUOTES)) {
                yaml.disable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
                try {
                    yaml.writeString(text);
                } finally {
                    yaml.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
                }
            } else {
                generator.writeString(text);
            }
        }

        @Override
        public void serializeWithType(JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
                throws IOException {
            serialize(generator, provider);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
