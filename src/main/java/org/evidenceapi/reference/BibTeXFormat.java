package org.evidenceapi.reference;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidenceapi.common.ProblemException;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * BibTeX both ways: written with jbibtex (the library citeproc-java reads BibTeX with), read with jbibtex within
 * limits ({@link BoundedBibTeX}) and converted with citeproc-java's BibTeXConverter. BibTeX's {@code number} is
 * the journal issue; the article number goes in biblatex's {@code eid}, PMID and PMCID in the {@code pmid} and
 * {@code pmcid} fields PubMed-aware tools use, and the genre (review, study protocol) in {@code type}. The
 * converter skips those four, so reading takes them itself.
 */
final class BibTeXFormat {
    /** LaTeX's special characters, escaped in text fields; DOIs, URLs and identifiers are verbatim fields. */
    private static final Map<Character, String> SPECIALS = Map.of('\\', "\\textbackslash{}", '{', "\\{",
            '}', "\\}", '&', "\\&", '%', "\\%", '$', "\\$", '#', "\\#", '_', "\\_", '~', "\\textasciitilde{}",
            '^', "\\textasciicircum{}");

    private BibTeXFormat() {
    }

    static String write(List<CSLItemData> items) {
        BibTeXDatabase database = new BibTeXDatabase();
        Set<String> keys = new HashSet<>();
        items.forEach(item -> database.addObject(entry(item, key(item, keys))));
        BibTeXFormatter formatter = new BibTeXFormatter();
        formatter.setIndent("  ");
        StringWriter out = new StringWriter();
        try {
            formatter.format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return items.isEmpty() ? "" : out + "\n";
    }

    /**
     * The one entry of {@code body}; a 400 when it is not BibTeX, holds no entry or several, or is over one of
     * the {@link ImportLimits}.
     */
    static CSLItemData read(String body) {
        BibTeXDatabase database;
        try {
            database = BoundedBibTeX.parse(body);
        } catch (ParseException e) {
            throw ProblemException.badBody("The body is not BibTeX that can be read: " + e.getMessage());
        }
        int count = database.getEntries().size();
        if (count != 1) {
            throw ProblemException.badBody("The body holds " + count + " BibTeX entries; post exactly one.");
        }
        BibTeXEntry entry = database.getEntries().values().iterator().next();
        Map<String, Object> csl = new HashMap<>(CslItems.json(new BibTeXConverter().toItemData(entry)));
        if (CSLType.ARTICLE_JOURNAL.toString().equals(csl.get("type")) && csl.containsKey("number")) {
            csl.putIfAbsent("issue", csl.remove("number"));
        }
        putRaw(csl, "number", entry, "eid");
        putRaw(csl, "PMID", entry, "pmid");
        putRaw(csl, "PMCID", entry, "pmcid");
        putRaw(csl, "genre", entry, "type");
        return CSLItemData.fromJson(csl);
    }

    private static void putRaw(Map<String, Object> csl, String variable, BibTeXEntry entry, String field) {
        Value value = entry.getField(new Key(field));
        if (value != null && !value.toUserString().isBlank()) {
            csl.put(variable, value.toUserString().trim());
        }
    }

    private static BibTeXEntry entry(CSLItemData item, String key) {
        boolean article = item.getType() == CSLType.ARTICLE_JOURNAL;
        BibTeXEntry entry = new BibTeXEntry(new Key(entryType(item.getType())), new Key(key));
        field(entry, "author", names(item.getAuthor()));
        // Double braces keep a BibTeX style from lower-casing acronyms such as HPA or NRS.
        field(entry, "title", item.getTitle() == null ? null : "{" + escape(item.getTitle()) + "}");
        field(entry, article ? "journal" : "booktitle", escape(item.getContainerTitle()));
        field(entry, "year", item.getIssued() == null ? null : String.valueOf(item.getIssued().getDateParts()[0][0]));
        field(entry, "volume", escape(item.getVolume()));
        field(entry, "number", escape(item.getIssue()));
        field(entry, "eid", escape(item.getNumber()));
        // A range's dash is BibTeX's "--".
        field(entry, "pages", item.getPage() == null ? null
                : escape(item.getPage()).replaceAll("\\s*[–-]+\\s*", "--"));
        field(entry, "doi", item.getDOI());
        field(entry, "pmid", item.getPMID());
        field(entry, "pmcid", item.getPMCID());
        field(entry, "issn", item.getISSN());
        field(entry, "url", item.getURL());
        field(entry, "urldate", item.getAccessed() == null ? null : isoDay(item.getAccessed().getDateParts()[0]));
        field(entry, "language", escape(item.getLanguage()));
        field(entry, "type", escape(item.getGenre()));
        return entry;
    }

    /** citeproc-java reads {@code online} as a web page and {@code misc} as a generic document. */
    private static String entryType(CSLType type) {
        return switch (type) {
            case ARTICLE_JOURNAL -> "article";
            case BOOK -> "book";
            case CHAPTER -> "incollection";
            case WEBPAGE -> "online";
            default -> "misc";
        };
    }

    private static void field(BibTeXEntry entry, String name, String value) {
        if (value != null) {
            entry.addField(new Key(name), new StringValue(value, StringValue.Style.BRACED));
        }
    }

    /** Persons as "family, given"; an organisation braced whole, so it is never split into names. */
    private static String names(CSLName[] names) {
        if (names == null) {
            return null;
        }
        return Arrays.stream(names).map(n -> n.getLiteral() != null ? "{" + escape(n.getLiteral()) + "}"
                : n.getGiven() == null ? escape(n.getFamily()) : escape(n.getFamily()) + ", " + escape(n.getGiven()))
                .collect(Collectors.joining(" and "));
    }

    private static String escape(String text) {
        if (text == null) {
            return null;
        }
        return text.chars().mapToObj(c -> SPECIALS.getOrDefault((char) c, String.valueOf((char) c)))
                .collect(Collectors.joining());
    }

    private static String isoDay(int[] parts) {
        return String.format("%04d-%02d-%02d", parts[0], parts[1], parts[2]);
    }

    /** First author's name (ASCII) and year, as tools key entries ({@code Vickers2018}); then a, b, ... */
    private static String key(CSLItemData item, Set<String> taken) {
        CSLName first = item.getAuthor() == null || item.getAuthor().length == 0 ? null : item.getAuthor()[0];
        String name = first == null ? item.getTitle()
                : first.getLiteral() != null ? first.getLiteral() : first.getFamily();
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String word = Arrays.stream(ascii.split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty()).findFirst().orElse("ref");
        String base = word + (item.getIssued() == null ? "" : item.getIssued().getDateParts()[0][0]);
        String key = base;
        for (int n = 1; !taken.add(key); n++) {
            key = base + letters(n);
        }
        return key;
    }

    /** 1 → a, 26 → z, 27 → aa: the suffixes that tell apart two entries with the same name and year. */
    private static String letters(int n) {
        StringBuilder suffix = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) {
            suffix.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return suffix.toString();
    }
}
