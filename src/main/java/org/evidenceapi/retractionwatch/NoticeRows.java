package org.evidenceapi.retractionwatch;

import jakarta.ws.rs.core.Response.Status;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.identifier.Identifiers;
import org.evidenceapi.retractionwatch.CsvRows.Row;

/**
 * The Retraction Watch CSV read as notices: the header row must name the columns used here (any others, and
 * their order, are the data set's business); each row after it is a {@link Notice} or a {@link MalformedRow}.
 */
final class NoticeRows implements Closeable {
    static final String PAPER_DOI = "OriginalPaperDOI";
    static final String PAPER_PMID = "OriginalPaperPubMedID";
    static final String NATURE = "RetractionNature";
    static final String DATE = "RetractionDate";
    static final String NOTICE_DOI = "RetractionDOI";
    static final List<String> REQUIRED = List.of(PAPER_DOI, PAPER_PMID, NATURE, DATE, NOTICE_DOI);

    /** As the data set writes dates, 3/18/2024 0:00; the time is always midnight and is not kept. */
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("M/d/uuuu[ H:mm[:ss]]")
            .withResolverStyle(ResolverStyle.STRICT);
    /** How the data set says it does not know an identifier. */
    private static final Set<String> UNKNOWN = Set.of("", "unavailable", "0");
    /** The width of the DOI columns; a longer DOI cannot be a stored paper's, nor be stored as a notice's. */
    private static final int MAX_DOI = 300;
    private static final int MAX_ECHO = 80;

    /** A row that is a notice, or else what is wrong with it. */
    record Parsed(Notice notice, MalformedRow malformed) {
    }

    private final CsvRows rows;
    private final Map<String, Integer> columns;
    private final int width;

    private NoticeRows(CsvRows rows, Map<String, Integer> columns, int width) {
        this.rows = rows;
        this.columns = columns;
        this.width = width;
    }

    /** Reads the header row: a 400 naming the missing columns if it lacks any, or if there is none. */
    static NoticeRows open(InputStream body) throws IOException {
        CsvRows rows = new CsvRows(body);
        Row header = rows.next();
        if (header == null) {
            throw ProblemException.badBody("The body is empty: a Retraction Watch CSV with its header row is "
                    + "required.");
        }
        if (header.error() != null) {
            throw ProblemException.badBody("The header row (line 1) is not valid CSV: " + header.error()
                    + ". Nothing was applied.");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).replace("\uFEFF", "").trim(), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "The body is not a Retraction Watch CSV: its header row "
                    + "(line 1) lacks the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + ". Nothing was applied.", missing.stream()
                    .map(c -> new FieldError(c, "column missing from the header row")).toList());
        }
        return new NoticeRows(rows, columns, header.fields().size());
    }

    /** The next data row, parsed; null at the end of the body. */
    Parsed next() throws IOException {
        Row row = rows.next();
        if (row == null) {
            return null;
        }
        if (row.error() != null) {
            return malformed(row, null, "not valid CSV (is a quote misplaced?): " + row.error());
        }
        if (row.fields().size() != width) {
            return malformed(row, null, "has " + row.fields().size() + " fields where the header has " + width
                    + " (is a quote missing or misplaced?)");
        }
        return parse(row);
    }

    private Parsed parse(Row row) {
        String nature = field(row, NATURE);
        NoticeNature kind = NoticeNature.of(nature).orElse(null);
        if (kind == null) {
            return malformed(row, NATURE, echo(nature) + " is not " + NoticeNature.LABELS);
        }
        String date = field(row, DATE);
        LocalDate when = date(date);
        if (when == null) {
            return malformed(row, DATE, echo(date) + " is not a date such as 3/18/2024 0:00");
        }
        String paperDoi = field(row, PAPER_DOI);
        String pmid = field(row, PAPER_PMID);
        String doiKey = Identifiers.doiKey(doi(paperDoi));
        String knownPmid = isUnknown(pmid) ? null : Identifiers.pmid(pmid);
        if (doiKey == null && knownPmid == null && !(isUnknown(paperDoi) && isUnknown(pmid))) {
            return isUnknown(paperDoi) ? malformed(row, PAPER_PMID, echo(pmid) + " is not a PubMed id")
                    : malformed(row, PAPER_DOI, echo(paperDoi) + " is not a DOI");
        }
        return new Parsed(new Notice(row.line(), doiKey, knownPmid, kind, when, doi(field(row, NOTICE_DOI))), null);
    }

    private String field(Row row, String column) {
        return row.fields().get(columns.get(column)).trim();
    }

    /** The bare DOI when the value is a usable one; the data set's "unavailable" and malformed values are not. */
    private static String doi(String value) {
        String doi = isUnknown(value) ? null : Identifiers.doi(value);
        return doi == null || doi.length() > MAX_DOI || doi.chars().anyMatch(Character::isISOControl) ? null : doi;
    }

    private static LocalDate date(String value) {
        try {
            return DATE_FORMAT.parse(value, LocalDate::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isUnknown(String value) {
        return UNKNOWN.contains(value.toLowerCase(Locale.ROOT));
    }

    private static String echo(String value) {
        String shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static Parsed malformed(Row row, String column, String message) {
        return new Parsed(null, new MalformedRow(row.line(), column, message));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
