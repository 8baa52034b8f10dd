package org.evidenceapi.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cursor reads back as it was written; anything else a client sends is a 400 naming the parameter. */
@Tag("unit")
class CursorTest {
    private static final UUID ID = UUID.fromString("01a20d8a-1234-7000-8000-00000000abcd");

    @Test
    void decodesWhatItEncoded() {
        Cursor forward = new Cursor("-publishedAt", false, "2024-05-01T10:00:00Z", ID);
        Cursor backward = new Cursor("title", true, "Ünïcode & \"quotes\" / slashes", ID);
        assertEquals(forward, Cursor.decode(forward.encode()));
        assertEquals(backward, Cursor.decode(backward.encode()));
    }

    /** It travels in a query string unescaped: base64url without padding. */
    @Test
    void isUrlSafe() {
        String cursor = new Cursor("title", false, "???>>>~~~", ID).encode();
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "not a cursor!", "%%%", "bm90IGpzb24"})
    void refusesWhatIsNotBase64Json(String text) {
        assertRefused(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"b\":false,\"v\":\"x\",\"i\":\"01a20d8a-1234-7000-8000-00000000abcd\"}",
            "{\"s\":\"title\",\"b\":false,\"i\":\"01a20d8a-1234-7000-8000-00000000abcd\"}",
            "{\"s\":\"title\",\"b\":false,\"v\":\"x\"}",
            "{\"s\":\"title\",\"b\":false,\"v\":\"x\",\"i\":\"not-a-uuid\"}",
            "{\"s\":\"title\",\"b\":false,\"v\":\"x\",\"i\":\"01a20d8a-1234-7000-8000-00000000abcd\",\"extra\":1}",
            "[\"title\",false,\"x\"]", "null"})
    void refusesIncompleteOrForeignJson(String json) {
        assertRefused(Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String text) {
        ProblemException problem = assertThrows(ProblemException.class, () -> Cursor.decode(text));
        assertEquals(Status.BAD_REQUEST, problem.status());
        assertEquals(List.of(new FieldError("cursor", "is not a cursor this API issued")), problem.errors());
    }
}
