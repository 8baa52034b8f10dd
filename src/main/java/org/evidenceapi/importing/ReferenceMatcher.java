package org.evidenceapi.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.evidenceapi.article.Article;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.identifier.Identifiers;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceInput;
import org.evidenceapi.reference.ReferenceMapper;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.reference.UpdateStatus;

/**
 * Builds articles' bibliographies, reusing the library's reference wherever the same paper is there already, and
 * sharing one new reference among the articles of an import that cite the same paper. The library's papers that
 * share an identifier with any document of the import are read in one statement per kind of identifier before
 * anything is written: a query per reference would flush the half-written import each time.
 * <p>
 * The merge policy: where an entry names a stored paper but gives a bibliographic field differently, the stored
 * value is kept and the difference reported as a warning, or, when the editor asks for it, the document's value is
 * written (a revision of the reference). The update status is the exception: the more severe one always wins.
 */
@ApplicationScoped
class ReferenceMatcher {
    @Inject
    ReferenceRepository references;

    /**
     * The matching for these documents' references (each list one document's, in citation order);
     * {@code applyChanges} writes the documents' differing bibliographic fields onto the stored papers.
     */
    Matching matching(List<List<ReferenceInput>> documents, boolean applyChanges) {
        List<Identity> identities = documents.stream().flatMap(List::stream).map(Identity::of).toList();
        return new Matching(new Known(references.withIdentities(values(identities, Identity::doiKey),
                values(identities, Identity::pmid), values(identities, Identity::pmcid))), applyChanges);
    }

    /** Matches one document after another against the library and against what the documents before added. */
    final class Matching {
        private final Known known;
        private final boolean applyChanges;

        private Matching(Known known, boolean applyChanges) {
            this.known = known;
            this.applyChanges = applyChanges;
        }

        /** The library's papers these documents cite, as they were before the import. */
        List<UUID> libraryReferenceIds() {
            return known.library;
        }

        /**
         * The article's bibliography, persisted, and what became of each entry; {@code at} is the document's JSON
         * path prefix for problems.
         */
        DocumentBibliography bibliography(Article article, List<ReferenceInput> inputs, String at) {
            DocumentBibliography bibliography = new DocumentBibliography();
            for (int i = 0; i < inputs.size(); i++) {
                ReferenceInput in = inputs.get(i);
                Identity identity = Identity.of(in);
                String path = at + "references[" + i + "].";
                ArticleReference entry = new ArticleReference();
                entry.articleId = article.id;
                entry.citationNumber = i + 1;
                Optional<Match> match = known.find(identity);
                if (match.isPresent()) {
                    entry.reference = merge(match.get().reference(), in, entry.citationNumber, path, bibliography);
                } else {
                    entry.reference = create(path, in, identity, known);
                }
                references.persistEntry(entry);
                bibliography.entries.add(entry);
                bibliography.outcomes.add(new ImportedReference(entry.citationNumber, entry.reference.id,
                        match.isPresent() ? ImportedReference.Outcome.MATCHED : ImportedReference.Outcome.CREATED,
                        match.map(Match::by).orElse(null)));
            }
            return bibliography;
        }

        /** The stored paper an entry names, with the entry's differing fields applied or reported as the policy says. */
        private Reference merge(Reference stored, ReferenceInput in, int number, String path,
                DocumentBibliography out) {
            mergeStatus(stored, in, number, out);
            Reference document = new Reference();
            ReferenceMapper.apply(document, in);
            for (ReferenceMerge.Difference difference : ReferenceMerge.differences(stored, document)) {
                ReferenceDifference reported = new ReferenceDifference(number, stored.id, difference.name(),
                        difference.stored(), difference.document(), applyChanges ? APPLIED : KEPT);
                if (applyChanges) {
                    refuseTakenIdentifier(path, difference, stored);
                    difference.apply(stored, document);
                    out.applied.add(reported);
                } else {
                    out.warnings.add(reported);
                }
            }
            known.add(stored);
            return stored;
        }

        /** An identifier applied to a stored paper must not be another paper's: the unique index would refuse it. */
        private void refuseTakenIdentifier(String path, ReferenceMerge.Difference difference, Reference stored) {
            Map<String, Reference> holders = known.holders(difference.name());
            if (holders != null && holders.get((String) difference.document()) != stored) {
                refuseTaken(path + difference.name(), difference.name(), (String) difference.document(), holders);
            }
        }
    }

    /**
     * A retraction, expression of concern or correction the document knows of is never lost on a stored paper:
     * the more severe status wins (recorded as a revision of the reference), whatever applyReferenceChanges says.
     * An import never lowers one; the answer says so.
     */
    private static void mergeStatus(Reference stored, ReferenceInput in, int number, DocumentBibliography out) {
        UpdateStatus given = in.updateStatus();
        if (given == null || given == stored.updateStatus) {
            return;
        }
        ReferenceDifference reported = new ReferenceDifference(number, stored.id, "updateStatus", stored.updateStatus,
                given, given.isMoreSevereThan(stored.updateStatus) ? RAISED : NOT_LOWERED);
        if (given.isMoreSevereThan(stored.updateStatus)) {
            stored.setStatusByHand(given);
            out.applied.add(reported);
        } else {
            out.warnings.add(reported);
        }
    }

    /** One document's bibliography as written, and what the answer says about each entry. */
    static final class DocumentBibliography {
        final List<ArticleReference> entries = new ArrayList<>();
        final List<ImportedReference> outcomes = new ArrayList<>();
        final List<ReferenceDifference> applied = new ArrayList<>();
        final List<ReferenceDifference> warnings = new ArrayList<>();
    }

    private static final String KEPT = "kept the stored value; applyReferenceChanges=true applies the document's";
    private static final String APPLIED = "applied the document's value (applyReferenceChanges=true)";
    private static final String RAISED = "applied: a more severe update status always replaces a less severe one";
    private static final String NOT_LOWERED = "not lowered: an import never lowers a paper's update status";

    private static List<String> values(List<Identity> identities, Function<Identity, String> value) {
        return identities.stream().map(value).filter(Objects::nonNull).distinct().toList();
    }

    /** A new paper must not carry an identifier that already names another one: that is two rows, one paper. */
    private Reference create(String at, ReferenceInput in, Identity identity, Known known) {
        refuseTaken(at + "pmid", "pmid", identity.pmid(), known.byPmid);
        refuseTaken(at + "pmcid", "pmcid", identity.pmcid(), known.byPmcid);
        Reference r = new Reference();
        ReferenceMapper.apply(r, in);
        references.persist(r);
        known.add(r);
        return r;
    }

    private static void refuseTaken(String field, String column, String value, Map<String, Reference> holders) {
        Reference other = value == null ? null : holders.get(value);
        if (other == null) {
            return;
        }
        String message = "is already the " + column.toUpperCase(Locale.ROOT) + " of reference " + other.id
                + (other.doi == null ? "" : " (DOI " + other.doi + ")") + ", which has a different DOI";
        throw new ProblemException(Status.CONFLICT, "The document's " + field + " " + message
                + "; nothing was written.", List.of(new FieldError(field, message)));
    }

    /** A reference's identifiers, normalised; the paper is matched by DOI, else PMID, else PMCID. */
    private record Identity(String doiKey, String pmid, String pmcid) {
        static Identity of(ReferenceInput in) {
            return new Identity(Identifiers.doiKey(Identifiers.doi(in.doi())), Identifiers.pmid(in.pmid()),
                    Identifiers.pmcid(in.pmcid()));
        }
    }

    /** A stored paper an entry names, and the identifier that named it. */
    private record Match(Reference reference, ImportedReference.MatchedBy by) {
        static Optional<Match> of(Reference reference, ImportedReference.MatchedBy by) {
            return Optional.ofNullable(reference).map(r -> new Match(r, by));
        }
    }

    /** The papers the library holds under the import's identifiers, and those the import added so far. */
    private static final class Known {
        final Map<String, Reference> byDoiKey = new HashMap<>();
        final Map<String, Reference> byPmid = new HashMap<>();
        final Map<String, Reference> byPmcid = new HashMap<>();

        final List<UUID> library;

        Known(List<Reference> library) {
            this.library = library.stream().map(r -> r.id).toList();
            library.forEach(this::add);
        }

        void add(Reference r) {
            putIfPresent(byDoiKey, r.doiKey, r);
            putIfPresent(byPmid, r.pmid, r);
            putIfPresent(byPmcid, r.pmcid, r);
        }

        Optional<Match> find(Identity identity) {
            if (identity.doiKey() != null) {
                return Match.of(byDoiKey.get(identity.doiKey()), ImportedReference.MatchedBy.DOI);
            }
            if (identity.pmid() != null) {
                return Match.of(byPmid.get(identity.pmid()), ImportedReference.MatchedBy.PMID);
            }
            return Match.of(identity.pmcid() == null ? null : byPmcid.get(identity.pmcid()),
                    ImportedReference.MatchedBy.PMCID);
        }

        /** The papers by the identifier {@code field} names, for the identifiers that must be unique. */
        Map<String, Reference> holders(String field) {
            return switch (field) {
                case "pmid" -> byPmid;
                case "pmcid" -> byPmcid;
                default -> null;
            };
        }

        private static void putIfPresent(Map<String, Reference> map, String key, Reference r) {
            if (key != null) {
                map.putIfAbsent(key, r);
            }
        }
    }
}
