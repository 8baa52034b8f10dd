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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidenceapi.common.problem.ProblemException;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * BibTeX both ways: written with jbibtex (the library citeproc-java reads BibTeX with), read with jbibtex within
 * limits ({@link BoundedBibTeX}) and converted with citeproc-java's BibTeXConverter.
 * <p>
 * Written entries keep to biblatex's data model, since biber drops (with a warning) any field the model does not
 * give the entry type: BibTeX's {@code number} is the journal issue, the article number goes in {@code eid}, the
 * PMID in {@code eprint} with {@code eprinttype = {pubmed}} (biblatex's documented form, printed as "PMID: ..."
 * with a link), the PMCID in {@code addendum} as "PMCID: PMC..." (an entry has one eprint, and the PMID is the
 * one PubMed tools look up), and the genre (review, study protocol) in {@code note}, since {@code type} is no
 * field of {@code @article}. The converter skips these, so reading takes them itself; it also still reads the
 * {@code pmid}, {@code pmcid} and {@code type} fields that older exports and other tools write.
 */
final class BibTeXFormat {
    /** LaTeX's special characters, escaped in text fields; DOIs, URLs and identifiers are verbatim fields. */
    private static final Map<Character, String> SPECIALS = Map.of('\\', "\\textbackslash{}", '{', "\\{",
            '}', "\\}", '&', "\\&", '%', "\\%", '$', "\\$", '#', "\\#", '_', "\\_", '~', "\\textasciitilde{}",
            '^', "\\textasciicircum{}");
    /** Fields biblatex gives every entry type, of those written here. */
    private static final Set<String> ANY_TYPE_FIELDS = Set.of("author", "title", "year", "doi", "eprint",
            "eprinttype", "url", "urldate", "language", "note", "addendum");
    /**
     * The further fields biblatex gives each entry type written here (biber's data model, checked with
     * {@code biber --tool --validate-datamodel}); biber maps BibTeX's {@code journal} onto {@code journaltitle}.
     */
    private static final Map<String, Set<String>> TYPE_FIELDS = Map.of(
            "article", Set.of("journal", "volume", "number", "eid", "pages", "issn"),
            "book", Set.of("series", "volume", "number", "eid", "pages"),
            "incollection", Set.of("booktitle", "volume", "number", "eid", "pages"),
            "online", Set.of("organization"),
            "misc", Set.of("howpublished"));
    /** Where each entry type keeps the container (journal, book, series, website) in biblatex's model. */
    private static final Map<String, String> CONTAINER_FIELD = Map.of("article", "journal", "book", "series",
            "incollection", "booktitle", "online", "organization", "misc", "howpublished");
    private static final String PUBMED = "pubmed";
    private static final String PMCID_LABEL = "PMCID: ";
    private static final Pattern PMCID_IN_TEXT = Pattern.compile("\\bPMCID:?\\s*(PMC\\d+)", Pattern.CASE_INSENSITIVE);

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
        readSkippedFields(csl, entry);
        return CSLItemData.fromJson(csl);
    }

    /** What the converter leaves out: the article number, genre, PMID and PMCID, and some containers. */
    private static void readSkippedFields(Map<String, Object> csl, BibTeXEntry entry) {
        String container = raw(entry, CONTAINER_FIELD.get(entry.getType().getValue().toLowerCase(Locale.ROOT)));
        if (container != null) {
            // The converter reads a book's series, a website's organization as something else.
            csl.putIfAbsent("container-title", container);
        }
        put(csl, "number", raw(entry, "eid"));
        put(csl, "genre", raw(entry, "note"));
        put(csl, "genre", raw(entry, "type"));
        put(csl, "PMID", raw(entry, "pmid"));
        put(csl, "PMCID", raw(entry, "pmcid"));
        put(csl, "PMCID", pmcidIn(raw(entry, "addendum")));
        readEprint(csl, entry);
    }

    /** A PubMed eprint is the PMID; a PMC one (as some tools write it) the PMCID. */
    private static void readEprint(Map<String, Object> csl, BibTeXEntry entry) {
        String type = raw(entry, "eprinttype");
        if (PUBMED.equalsIgnoreCase(type)) {
            put(csl, "PMID", raw(entry, "eprint"));
        } else if ("pmcid".equalsIgnoreCase(type) || "pmc".equalsIgnoreCase(type)) {
            put(csl, "PMCID", raw(entry, "eprint"));
        }
    }

    private static String pmcidIn(String text) {
        Matcher match = PMCID_IN_TEXT.matcher(text == null ? "" : text);
        return match.find() ? match.group(1).toUpperCase(Locale.ROOT) : null;
    }

    private static void put(Map<String, Object> csl, String variable, String value) {
        if (value != null) {
            csl.put(variable, value);
        }
    }

    /** A field's text, trimmed; null when the entry lacks it or it is blank. */
    private static String raw(BibTeXEntry entry, String field) {
        Value value = field == null ? null : entry.getField(new Key(field));
        return value == null || value.toUserString().isBlank() ? null : value.toUserString().trim();
    }

    private static BibTeXEntry entry(CSLItemData item, String key) {
        String type = entryType(item.getType());
        BibTeXEntry entry = new BibTeXEntry(new Key(type), new Key(key));
        field(entry, "author", names(item.getAuthor()));
        // Double braces keep a BibTeX style from lower-casing acronyms such as HPA or NRS.
        field(entry, "title", item.getTitle() == null ? null : "{" + escape(item.getTitle()) + "}");
        field(entry, CONTAINER_FIELD.get(type), escape(item.getContainerTitle()));
        field(entry, "year", item.getIssued() == null ? null : String.valueOf(item.getIssued().getDateParts()[0][0]));
        field(entry, "volume", escape(item.getVolume()));
        field(entry, "number", escape(item.getIssue()));
        field(entry, "eid", escape(item.getNumber()));
        // A range's dash is BibTeX's "--".
        field(entry, "pages", item.getPage() == null ? null
                : escape(item.getPage()).replaceAll("\\s*[–-]+\\s*", "--"));
        field(entry, "doi", item.getDOI());
        field(entry, "eprint", item.getPMID());
        field(entry, "eprinttype", item.getPMID() == null ? null : PUBMED);
        field(entry, "issn", item.getISSN());
        field(entry, "url", item.getURL());
        field(entry, "urldate", item.getAccessed() == null ? null : isoDay(item.getAccessed().getDateParts()[0]));
        field(entry, "language", escape(item.getLanguage()));
        field(entry, "note", escape(item.getGenre()));
        field(entry, "addendum", item.getPMCID() == null ? null : PMCID_LABEL + item.getPMCID());
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

    /** Adds the field when it has a value and biblatex's model gives it to this entry type. */
    private static void field(BibTeXEntry entry, String name, String value) {
        if (value != null && allows(entry.getType().getValue(), name)) {
            entry.addField(new Key(name), new StringValue(value, StringValue.Style.BRACED));
        }
    }

    private static boolean allows(String type, String field) {
        return ANY_TYPE_FIELDS.contains(field) || TYPE_FIELDS.get(type).contains(field);
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
