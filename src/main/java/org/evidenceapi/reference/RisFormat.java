package org.evidenceapi.reference;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.identifier.Identifiers;
import org.jbibtex.ParseException;

/**
 * RIS both ways. citeproc-java reads RIS but has no writer, so this writes the tags its RISConverter reads,
 * plus the ones reference managers expect: {@code T2} for the journal beside {@code JO}, {@code AN} for the PMID
 * and {@code C2} for the PMCID (as PubMed exports to EndNote do), {@code M1} for the article number and
 * {@code M3} (type of work) for the genre. Reading takes those last four, and organisations, itself.
 */
final class RisFormat {
    private RisFormat() {
    }

    static String write(List<CSLItemData> items) {
        return items.stream().map(RisFormat::record).collect(Collectors.joining("\n"));
    }

    /**
     * The one record of {@code body}; a 400 when it is not RIS, holds no record or several, or is longer than
     * {@link ImportLimits#MAX_TEXT}: reading takes time in proportion to the text, a long line or many tags alike.
     */
    static CSLItemData read(String body) {
        if (body.length() > ImportLimits.MAX_TEXT) {
            throw ProblemException.badBody("The RIS record is longer than " + ImportLimits.number(ImportLimits.MAX_TEXT)
                    + " characters.");
        }
        RISConverter converter = new RISConverter();
        RISLibrary library;
        try {
            library = converter.loadLibrary(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | ParseException e) {
            throw ProblemException.badBody("The body is not RIS that can be read: " + e.getMessage());
        }
        List<RISReference> records = library.getReferences();
        if (records.size() != 1) {
            throw ProblemException.badBody("The body holds " + records.size() + " RIS records; post exactly one.");
        }
        RISReference record = records.get(0);
        if (record.getType() == null) {
            throw ProblemException.badBody("The RIS record has no TY (type) line.");
        }
        Map<String, Object> csl = new HashMap<>(CslItems.json(converter.toItemData(record)));
        if (record.getType() == RISType.ELEC) {
            // ELEC is RIS's web page; citeproc-java reads it as a generic article.
            csl.put("type", CSLType.WEBPAGE.toString());
        }
        if (record.getAuthors() != null) {
            csl.put("author", Arrays.stream(record.getAuthors()).map(RisFormat::author).toList());
        }
        // SN holds an ISBN or an ISSN; AN an accession number of any database: only what fits is taken.
        put(csl, "ISSN", Identifiers.issn(record.getIsbnOrIssn()));
        put(csl, "PMID", Identifiers.pmid(record.getAccessionNumber()));
        put(csl, "PMCID", Identifiers.pmcid(record.getCustom2()));
        put(csl, "genre", record.getTypeOfWork());
        return CSLItemData.fromJson(csl);
    }

    /** RIS writes persons "Family, Given"; a name without a comma is an organisation's, kept whole. */
    private static Object author(String name) {
        if (!name.contains(",")) {
            return Map.of("literal", name.trim());
        }
        CSLName[] parsed = NameParser.parse(name);
        return parsed.length == 0 ? Map.of("literal", name.trim()) : CslItems.json(parsed[0]);
    }

    private static void put(Map<String, Object> csl, String variable, String value) {
        if (value == null || value.isBlank()) {
            csl.remove(variable);
        } else {
            csl.put(variable, value.trim());
        }
    }

    private static String record(CSLItemData item) {
        StringBuilder out = new StringBuilder();
        String type = type(item.getType());
        tag(out, "TY", type);
        if (item.getAuthor() != null) {
            for (CSLName name : item.getAuthor()) {
                tag(out, "AU", name.getLiteral() != null ? name.getLiteral()
                        : name.getGiven() == null ? name.getFamily() : name.getFamily() + ", " + name.getGiven());
            }
        }
        tag(out, "TI", item.getTitle());
        tag(out, "T2", item.getContainerTitle());
        tag(out, type.equals("JOUR") ? "JO" : "BT", item.getContainerTitle());
        tag(out, "PY", item.getIssued() == null ? null : String.valueOf(item.getIssued().getDateParts()[0][0]));
        tag(out, "VL", item.getVolume());
        tag(out, "IS", item.getIssue());
        pages(out, item.getPage());
        tag(out, "M1", item.getNumber());
        tag(out, "DO", item.getDOI());
        tag(out, "AN", item.getPMID());
        tag(out, "C2", item.getPMCID());
        tag(out, "SN", item.getISSN());
        tag(out, "UR", item.getURL());
        tag(out, "Y2", item.getAccessed() == null ? null : slashed(item.getAccessed().getDateParts()[0]));
        tag(out, "LA", item.getLanguage());
        tag(out, "M3", item.getGenre());
        return out.append("ER  - \n").toString();
    }

    private static String type(CSLType type) {
        return switch (type) {
            case ARTICLE_JOURNAL -> "JOUR";
            case BOOK -> "BOOK";
            case CHAPTER -> "CHAP";
            case WEBPAGE -> "ELEC";
            default -> "GEN";
        };
    }

    /** A range becomes SP (start) and EP (end) page; anything else is the start page alone. */
    private static void pages(StringBuilder out, String pages) {
        if (pages == null) {
            return;
        }
        String[] range = pages.split("\\s*[–-]+\\s*", 2);
        tag(out, "SP", range[0]);
        tag(out, "EP", range.length == 2 ? range[1] : null);
    }

    private static String slashed(int[] day) {
        return String.format("%04d/%02d/%02d", day[0], day[1], day[2]);
    }

    /** One "XX  - value" line; a value never spans lines in RIS. */
    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null && !value.isBlank()) {
            out.append(tag).append("  - ").append(value.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim()).append('\n');
        }
    }
}
