package org.evidenceapi.reference;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.ris.RISReference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;

/**
 * The bibliographic fields of one reference, as the API's JSON gives them and as each citation format reads
 * back, so a test can compare them field by field. The type is written the way each format spells it; page
 * ranges are compared with a plain hyphen, as citeproc-java's BibTeX and RIS readers give them back.
 */
record CitationFields(String type, List<String> authors, Integer year, String title, String container,
        String volume, String issue, String pages, String articleNumber, String doi, String pmid, String pmcid,
        String issn, String url, String language) {

    /** How CSL-JSON, BibTeX and RIS spell the API's types (a genre after the slash). */
    static final Map<String, String> CSL_TYPES = Map.of("JOURNAL_ARTICLE", "article-journal",
            "PROTOCOL", "article-journal/Study protocol", "WEBPAGE", "webpage");
    static final Map<String, String> BIBTEX_TYPES = Map.of("JOURNAL_ARTICLE", "article",
            "PROTOCOL", "article/Study protocol", "WEBPAGE", "online");
    static final Map<String, String> RIS_TYPES = Map.of("JOURNAL_ARTICLE", "JOUR",
            "PROTOCOL", "JOUR/Study protocol", "WEBPAGE", "ELEC");

    /** A reference as GET /references/{id} answers it (a JSON object), the type spelt as {@code types} says. */
    @SuppressWarnings("unchecked")
    static CitationFields ofApi(Map<String, Object> reference, Map<String, String> types) {
        List<String> authors = ((List<Map<String, String>>) reference.get("authors")).stream()
                .map(a -> name(a.get("family"), a.get("given"), a.get("literal"))).toList();
        return new CitationFields(types.get((String) reference.get("type")), authors, (Integer) reference.get("year"),
                (String) reference.get("title"), (String) reference.get("containerTitle"),
                (String) reference.get("volume"), (String) reference.get("issue"), hyphen((String) reference.get("pages")),
                (String) reference.get("articleNumber"), (String) reference.get("doi"), (String) reference.get("pmid"),
                (String) reference.get("pmcid"), (String) reference.get("issn"), (String) reference.get("url"),
                (String) reference.get("language"));
    }

    static CitationFields ofCsl(CSLItemData item) {
        return new CitationFields(slashed(item.getType().toString(), item.getGenre()), names(item.getAuthor()),
                item.getIssued().getDateParts()[0][0], item.getTitle(), item.getContainerTitle(), item.getVolume(),
                item.getIssue(), hyphen(item.getPage()), item.getNumber(), item.getDOI(), item.getPMID(),
                item.getPMCID(), item.getISSN(), item.getURL(), item.getLanguage());
    }

    /**
     * As citeproc-java's BibTeXConverter reads it, and the fields it leaves to the raw entry: the article number
     * in {@code eid}, the genre in {@code note}, the PMID as a PubMed eprint and the PMCID in {@code addendum}.
     */
    static CitationFields ofBibTeX(CSLItemData item, BibTeXEntry entry) {
        String pmid = "pubmed".equals(raw(entry, "eprinttype")) ? raw(entry, "eprint") : null;
        String addendum = raw(entry, "addendum");
        return new CitationFields(slashed(entry.getType().getValue(), raw(entry, "note")), names(item.getAuthor()),
                item.getIssued().getDateParts()[0][0], item.getTitle(), item.getContainerTitle(), item.getVolume(),
                item.getNumber(), hyphen(item.getPage()), raw(entry, "eid"), item.getDOI(), pmid,
                addendum == null ? null : addendum.replaceFirst("^PMCID: ", ""), item.getISSN(), item.getURL(),
                item.getLanguage());
    }

    /** As citeproc-java's RISParser reads it; persons are "Family, Given" there already. */
    static CitationFields ofRis(RISReference record) {
        String pages = record.getStartPage() == null ? null
                : record.getEndPage() == null ? record.getStartPage() : record.getStartPage() + "-" + record.getEndPage();
        return new CitationFields(slashed(record.getType().name(), record.getTypeOfWork()),
                record.getAuthors() == null ? List.of() : List.of(record.getAuthors()),
                Integer.valueOf(record.getYear()), record.getTitle(), record.getJournal(), record.getVolume(),
                record.getIssue(), pages, record.getNumber(), record.getDOI(), record.getAccessionNumber(),
                record.getCustom2(), record.getIsbnOrIssn(), record.getURL(), record.getLanguage());
    }

    private static List<String> names(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(n -> name(
                join(n.getNonDroppingParticle(), n.getFamily()), n.getGiven(), n.getLiteral())).toList();
    }

    private static String name(String family, String given, String literal) {
        return literal != null ? literal : given == null ? family : family + ", " + given;
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static String slashed(String type, String genre) {
        return genre == null ? type : type + "/" + genre;
    }

    private static String hyphen(String pages) {
        return pages == null ? null : pages.replaceAll("[–-]+", "-");
    }

    private static String raw(BibTeXEntry entry, String field) {
        Value value = entry.getField(new Key(field));
        return value == null ? null : value.toUserString();
    }
}
