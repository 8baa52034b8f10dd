package org.evidenceapi.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.JsonObject;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * References as CSL-JSON item data, the model citation tools and citeproc-java read, and back. The fields map
 * one-to-one. To a citation style a review and a trial protocol are journal articles: their genre tells them
 * apart. Editorial fields (notes, peerReviewed) are not bibliographic data and stay out.
 */
final class CslItems {
    private static final String REVIEW_GENRE = "Review";
    private static final String PROTOCOL_GENRE = "Study protocol";
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern DAY = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})\\b");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final Map<UpdateStatus, String> STATUS = Map.of(UpdateStatus.CORRECTED, "corrected",
            UpdateStatus.EXPRESSION_OF_CONCERN, "expression of concern", UpdateStatus.RETRACTED, "retracted");

    private CslItems() {
    }

    /** The references as items, each paper once (in the order first cited), identified by the reference id. */
    static List<CSLItemData> of(List<ReferenceView> references) {
        Map<UUID, ReferenceView> papers = new LinkedHashMap<>();
        references.forEach(r -> papers.putIfAbsent(r.id(), r));
        return papers.values().stream().map(CslItems::of).toList();
    }

    static CSLItemData of(ReferenceView r) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(r.id().toString()).type(cslType(r.type()))
                .genre(genre(r.type())).title(r.title()).containerTitle(r.containerTitle()).volume(r.volume())
                .issue(r.issue()).page(r.pages()).number(r.articleNumber()).DOI(r.doi()).PMID(r.pmid())
                .PMCID(r.pmcid()).ISSN(r.issn()).URL(r.url()).language(r.language())
                .status(STATUS.get(r.updateStatus()));
        if (!r.authors().isEmpty()) {
            item.author(r.authors().stream().map(CslItems::name).toArray(CSLName[]::new));
        }
        if (r.year() != null) {
            item.issued(r.year());
        }
        if (r.accessedAt() != null) {
            item.accessed(r.accessedAt().getYear(), r.accessedAt().getMonthValue(), r.accessedAt().getDayOfMonth());
        }
        return item.build();
    }

    /** An item (or a name) as CSL-JSON maps and lists, from citeproc-java's own serialisation. */
    static Map<String, Object> json(JsonObject value) {
        try {
            return JSON.readValue((String) value.toJson(new StringJsonBuilderFactory().createJsonBuilder()), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citeproc-java writes valid JSON", e);
        }
    }

    /** What an imported item says, as editors would have written it; validation happens on the way in. */
    static ReferenceInput toInput(CSLItemData item) {
        return new ReferenceInput(referenceType(item.getType(), item.getGenre()), authors(item.getAuthor()),
                year(item.getIssued()), item.getTitle(), item.getContainerTitle(), item.getVolume(), item.getIssue(),
                item.getPage(), item.getNumber(), item.getDOI(), item.getPMID(), item.getPMCID(), item.getISSN(),
                item.getURL(), item.getLanguage(), null, day(item.getAccessed()), updateStatus(item.getStatus()),
                null);
    }

    private static CSLType cslType(ReferenceType type) {
        return switch (type) {
            case JOURNAL_ARTICLE, REVIEW, PROTOCOL -> CSLType.ARTICLE_JOURNAL;
            case BOOK -> CSLType.BOOK;
            case CHAPTER -> CSLType.CHAPTER;
            case WEBPAGE -> CSLType.WEBPAGE;
            case OTHER -> CSLType.DOCUMENT;
        };
    }

    private static String genre(ReferenceType type) {
        return switch (type) {
            case REVIEW -> REVIEW_GENRE;
            case PROTOCOL -> PROTOCOL_GENRE;
            default -> null;
        };
    }

    private static ReferenceType referenceType(CSLType type, String genre) {
        if (type == null) {
            return ReferenceType.OTHER;
        }
        return switch (type) {
            case ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER -> REVIEW_GENRE.equalsIgnoreCase(genre)
                    ? ReferenceType.REVIEW
                    : PROTOCOL_GENRE.equalsIgnoreCase(genre) ? ReferenceType.PROTOCOL : ReferenceType.JOURNAL_ARTICLE;
            case REVIEW, REVIEW_BOOK -> ReferenceType.REVIEW;
            case BOOK -> ReferenceType.BOOK;
            case CHAPTER -> ReferenceType.CHAPTER;
            case WEBPAGE, POST, POST_WEBLOG -> ReferenceType.WEBPAGE;
            default -> ReferenceType.OTHER;
        };
    }

    private static CSLName name(ReferenceAuthor author) {
        return author.literal() != null ? new CSLNameBuilder().literal(author.literal()).build()
                : new CSLNameBuilder().family(author.family()).given(author.given()).build();
    }

    /** Particles ("van der") go back into the family name, where this API keeps them. */
    private static List<ReferenceAuthor> authors(CSLName[] names) {
        if (names == null) {
            return List.of();
        }
        return Arrays.stream(names)
                .map(n -> n.getLiteral() != null ? new ReferenceAuthor(null, null, n.getLiteral())
                        : new ReferenceAuthor(join(n.getNonDroppingParticle(), n.getFamily()),
                                join(n.getGiven(), n.getDroppingParticle()), null))
                .filter(a -> a.family() != null || a.given() != null || a.literal() != null)
                .toList();
    }

    private static String join(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).map(String::trim).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** The year of a date given as parts or, as importers leave dates they cannot split, as raw text. */
    private static Integer year(CSLDate date) {
        if (date == null) {
            return null;
        }
        if (date.getDateParts() != null && date.getDateParts().length > 0 && date.getDateParts()[0].length > 0) {
            return date.getDateParts()[0][0];
        }
        Matcher match = YEAR.matcher(Objects.toString(date.getRaw(), Objects.toString(date.getLiteral(), "")));
        return match.find() ? Integer.valueOf(match.group(1)) : null;
    }

    /** A full day (year, month, day); anything less precise or impossible is no day. */
    private static LocalDate day(CSLDate date) {
        if (date == null) {
            return null;
        }
        try {
            int[][] parts = date.getDateParts();
            if (parts != null && parts.length > 0 && parts[0].length == 3) {
                return LocalDate.of(parts[0][0], parts[0][1], parts[0][2]);
            }
            Matcher match = DAY.matcher(Objects.toString(date.getRaw(), ""));
            return match.find() ? LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3))) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static UpdateStatus updateStatus(String status) {
        return status == null ? null : STATUS.entrySet().stream()
                .filter(e -> e.getValue().equals(status.trim().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
