package org.evidenceapi.importing;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceAuthor;

/**
 * The bibliographic fields in which a document's reference entry differs from the stored paper it names. A field
 * the entry leaves out (null, no authors) says nothing, so it is no difference. The DOI is not compared: an entry
 * with a DOI is matched by it, so it is the stored one up to case, which DOIs ignore. The update status is not a
 * bibliographic field and has a rule of its own (ReferenceMatcher.mergeStatus).
 */
final class ReferenceMerge {
    private static final List<Field> FIELDS = List.of(
            new Field("type", r -> r.type, (to, from) -> to.type = from.type),
            new Field("authors", ReferenceMerge::authors, ReferenceMerge::copyAuthors),
            new Field("year", r -> r.year, (to, from) -> to.year = from.year),
            new Field("title", r -> r.title, (to, from) -> to.title = from.title),
            new Field("containerTitle", r -> r.containerTitle, (to, from) -> to.containerTitle = from.containerTitle),
            new Field("volume", r -> r.volume, (to, from) -> to.volume = from.volume),
            new Field("issue", r -> r.issue, (to, from) -> to.issue = from.issue),
            new Field("pages", r -> r.pages, (to, from) -> to.pages = from.pages),
            new Field("articleNumber", r -> r.articleNumber, (to, from) -> to.articleNumber = from.articleNumber),
            new Field("pmid", r -> r.pmid, (to, from) -> to.pmid = from.pmid),
            new Field("pmcid", r -> r.pmcid, (to, from) -> to.pmcid = from.pmcid),
            new Field("issn", r -> r.issn, (to, from) -> to.issn = from.issn),
            new Field("url", r -> r.url, (to, from) -> to.url = from.url),
            new Field("language", r -> r.language, (to, from) -> to.language = from.language),
            new Field("peerReviewed", r -> r.peerReviewed, (to, from) -> to.peerReviewed = from.peerReviewed),
            new Field("accessedAt", r -> r.accessedAt, (to, from) -> to.accessedAt = from.accessedAt),
            new Field("notes", r -> r.notes, (to, from) -> to.notes = from.notes));

    private ReferenceMerge() {
    }

    /**
     * Where {@code document} (the entry as ReferenceMapper writes it, so normalised as the stored values are)
     * gives a field differently from {@code stored}, in the order of the Reference schema.
     */
    static List<Difference> differences(Reference stored, Reference document) {
        return FIELDS.stream().map(field -> field.difference(stored, document)).filter(Objects::nonNull).toList();
    }

    /** One field that differs, with both values as the answer shows them. */
    record Difference(Field field, Object stored, Object document) {
        String name() {
            return field.name();
        }

        /** Writes the document's value onto the stored paper, through Hibernate: a revision records it. */
        void apply(Reference stored, Reference document) {
            field.copy().accept(stored, document);
        }
    }

    record Field(String name, Function<Reference, Object> value, BiConsumer<Reference, Reference> copy) {
        Difference difference(Reference stored, Reference document) {
            Object given = value.apply(document);
            Object kept = value.apply(stored);
            return given == null || given.equals(kept) ? null : new Difference(this, kept, given);
        }
    }

    /** The authors as the API shows them (the embeddable has no equality), or null for none. */
    private static Object authors(Reference r) {
        List<ReferenceAuthor> authors = r.authors.stream()
                .map(a -> new ReferenceAuthor(a.family, a.given, a.literal)).toList();
        return authors.isEmpty() ? null : authors;
    }

    /** The same collection instance, refilled: Hibernate then rewrites its rows rather than a new collection. */
    private static void copyAuthors(Reference to, Reference from) {
        to.authors.clear();
        to.authors.addAll(from.authors);
    }
}
