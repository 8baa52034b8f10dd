package org.evidenceapi.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7386's own examples (appendix A), one per row, and the properties editors rely on. */
@Tag("unit")
class MergePatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} patched with {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"b"}            | {"a":"c"}            | {"a":"c"}
            {"a":"b"}            | {"b":"c"}            | {"a":"b","b":"c"}
            {"a":"b"}            | {"a":null}           | {}
            {"a":"b","b":"c"}    | {"a":null}           | {"b":"c"}
            {"a":["b"]}          | {"a":"c"}            | {"a":"c"}
            {"a":"c"}            | {"a":["b"]}          | {"a":["b"]}
            {"a":{"b":"c"}}      | {"a":{"b":"d","c":null}} | {"a":{"b":"d"}}
            {"a":[{"b":"c"}]}    | {"a":[1]}            | {"a":[1]}
            ["a","b"]            | ["c","d"]            | ["c","d"]
            {"a":"b"}            | ["c"]                | ["c"]
            {"a":"foo"}          | null                 | null
            {"a":"foo"}          | "bar"                | "bar"
            {"e":null}           | {"a":1}              | {"e":null,"a":1}
            [1,2]                | {"a":"b","c":null}   | {"a":"b"}
            {}                   | {"a":{"bb":{"ccc":null}}} | {"a":{"bb":{}}}
            """)
    void appliesTheRfcExamples(String target, String patch, String result) throws JsonProcessingException {
        assertEquals(json(result), MergePatch.apply(json(target), json(patch)));
    }

    @Test
    void aMissingTargetIsPatchedAsAnEmptyObject() throws JsonProcessingException {
        assertEquals(json("{\"a\":1}"), MergePatch.apply(null, json("{\"a\":1,\"b\":null}")));
    }

    @Test
    void leavesTheTargetUnchanged() throws JsonProcessingException {
        JsonNode target = json("{\"a\":{\"b\":1},\"c\":2}");
        MergePatch.apply(target, json("{\"a\":{\"b\":null},\"c\":null}"));
        assertEquals(json("{\"a\":{\"b\":1},\"c\":2}"), target);
    }

    @Test
    void anEmptyPatchChangesNothing() throws JsonProcessingException {
        assertEquals(json("{\"a\":[1,2],\"b\":{\"c\":true}}"),
                MergePatch.apply(json("{\"a\":[1,2],\"b\":{\"c\":true}}"), json("{}")));
    }

    private static JsonNode json(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }
}
