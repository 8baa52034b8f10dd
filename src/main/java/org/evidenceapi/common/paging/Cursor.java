package org.evidenceapi.common.paging;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.UUID;
import org.evidenceapi.common.problem.ProblemException;

/**
 * An opaque position in a sorted collection: the sort it belongs to, the last (or first) row's key and
 * id, and whether it walks forward or back. Encoded as base64url JSON; clients must not build them.
 */
public record Cursor(String sort, boolean backward, String value, UUID id) {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Wire(String s, boolean b, String v, String i) {
    }

    public String encode() {
        try {
            byte[] json = JSON.writeValueAsBytes(new Wire(sort, backward, value, id.toString()));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (IOException e) {
            throw new IllegalStateException("cursor not serialisable", e);
        }
    }

    public static Cursor decode(String text) {
        try {
            Wire wire = JSON.readValue(Base64.getUrlDecoder().decode(text), Wire.class);
            if (wire == null || wire.s() == null || wire.v() == null || wire.i() == null) {
                throw new IllegalArgumentException("incomplete cursor");
            }
            return new Cursor(wire.s(), wire.b(), wire.v(), CursorValue.id(wire.i()));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
        }
    }

}
