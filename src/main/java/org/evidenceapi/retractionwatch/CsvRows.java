package org.evidenceapi.retractionwatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.evidenceapi.common.problem.ProblemException;

/**
 * The rows of a CSV body, one at a time, as Jackson's streaming CSV parser reads them: quoted fields may hold
 * commas, quotes and line breaks. Only the row being read is in memory, and a field is at most
 * {@link #MAX_FIELD_CHARS} characters, so neither a 50 MB body nor a quote left open holds more.
 * <p>
 * A row the parser stumbles on (a character after a closing quote, an overlong field) comes back with the error
 * and the parser goes on with the next row. A quote that is never closed swallows the rest of the body, so the
 * body is refused as a whole (400), naming the line where that row starts.
 */
final class CsvRows implements Closeable {
    /** Far above any field of the data set (its longest, Notes, runs to a few thousand characters). */
    static final int MAX_FIELD_CHARS = 100_000;
    /** The parser moves on after each error; this many in one row means it no longer finds rows at all. */
    private static final int MAX_FAILURES_IN_ROW = 10_000;
    private static final CsvFactory CSV = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD_CHARS).build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /** A row: the line it starts on, its fields, and what the parser found wrong with it (null if nothing). */
    record Row(long line, List<String> fields, String error) {
    }

    private final CsvParser parser;

    CsvRows(InputStream body) throws IOException {
        parser = CSV.createParser(body);
        parser.setSchema(CsvSchema.emptySchema());
    }

    /** The next row, or null at the end of the body. */
    Row next() throws IOException {
        long line = -1;
        List<String> fields = null;
        String error = null;
        int failures = 0;
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                if (isUnclosedQuote(e)) {
                    throw ProblemException.badBody("The body is not CSV from line " + Math.max(line, 1)
                            + " on: a quoted field that starts in the row there is never closed. Nothing was "
                            + "applied.");
                }
                if (++failures > MAX_FAILURES_IN_ROW) {
                    throw ProblemException.badBody("The body is not CSV from line " + Math.max(line, 1)
                            + " on. Nothing was applied.");
                }
                error = error != null ? error : e.getOriginalMessage();
                continue;
            }
            if (token == null) {
                return fields == null ? null : new Row(line, fields, error);
            } else if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent().inArray()) {
                line = parser.currentLocation().getLineNr();
                fields = new ArrayList<>();
            } else if (token == JsonToken.VALUE_STRING && fields != null) {
                fields.add(parser.getText());
            } else if (token == JsonToken.END_ARRAY && fields != null) {
                return new Row(line, fields, error);
            }
        }
    }

    /** Jackson's words for the end of the body inside a quoted field; what follows the quote was all read as it. */
    private static boolean isUnclosedQuote(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Missing closing quote");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
