package org.evidenceapi.content;

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
import org.evidenceapi.common.FieldError;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.Identifiers;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceInput;
import org.evidenceapi.reference.ReferenceMapper;
import org.evidenceapi.reference.ReferenceRepository;

/**
 * Builds articles' bibliographies, reusing the library's reference wherever the same paper is there already, and
 * sharing one new reference among the articles of an import that cite the same paper. The library's papers that
 * share an identifier with any document of the import are read in one statement per kind of identifier before
 * anything is written: a query per reference would flush the half-written import each time.
 */
@ApplicationScoped
class ReferenceMatcher {
    @Inject
    ReferenceRepository references;

    /** The matching for these documents' references (each list one document's, in citation order). */
    Matching matching(List<List<ReferenceInput>> documents) {
        List<Identity> identities = documents.stream().flatMap(List::stream).map(Identity::of).toList();
        return new Matching(new Known(references.withIdentities(values(identities, Identity::doiKey),
                values(identities, Identity::pmid), values(identities, Identity::pmcid))));
    }

    /** Matches one document after another against the library and against what the documents before added. */
    static final class Matching {
        private final Known known;

        private Matching(Known known) {
            this.known = known;
        }

        /** The library's papers these documents cite, as they were before the import. */
        List<UUID> libraryReferenceIds() {
            return known.library;
        }

        /** The article's bibliography, persisted; {@code at} is the document's JSON path prefix for problems. */
        List<ArticleReference> bibliography(Article article, List<ReferenceInput> inputs, String at) {
            List<ArticleReference> entries = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                ReferenceInput in = inputs.get(i);
                Identity identity = Identity.of(in);
                String path = at + "references[" + i + "].";
                ArticleReference entry = new ArticleReference();
                entry.article = article;
                entry.citationNumber = i + 1;
                entry.reference = known.find(identity).map(stored -> raiseStatus(stored, in))
                        .orElseGet(() -> create(path, in, identity, known));
                entry.persist();
                entries.add(entry);
            }
            return entries;
        }
    }

    /**
     * A retraction, expression of concern or correction the document knows of is never lost on a stored paper:
     * the more severe status wins (recorded as a revision of the reference); an import never lowers one.
     */
    private static Reference raiseStatus(Reference stored, ReferenceInput in) {
        if (in.updateStatus() != null && in.updateStatus().isMoreSevereThan(stored.updateStatus)) {
            stored.setStatusByHand(in.updateStatus());
        }
        return stored;
    }

    private static List<String> values(List<Identity> identities, Function<Identity, String> value) {
        return identities.stream().map(value).filter(Objects::nonNull).distinct().toList();
    }

    /** A new paper must not carry an identifier that already names another one: that is two rows, one paper. */
    private static Reference create(String at, ReferenceInput in, Identity identity, Known known) {
        refuseTaken(at + "pmid", "pmid", identity.pmid(), known.byPmid);
        refuseTaken(at + "pmcid", "pmcid", identity.pmcid(), known.byPmcid);
        Reference r = new Reference();
        ReferenceMapper.apply(r, in);
        r.persist();
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

        Optional<Reference> find(Identity identity) {
            if (identity.doiKey() != null) {
                return Optional.ofNullable(byDoiKey.get(identity.doiKey()));
            }
            if (identity.pmid() != null) {
                return Optional.ofNullable(byPmid.get(identity.pmid()));
            }
            return Optional.ofNullable(identity.pmcid() == null ? null : byPmcid.get(identity.pmcid()));
        }

        private static void putIfPresent(Map<String, Reference> map, String key, Reference r) {
            if (key != null) {
                map.putIfAbsent(key, r);
            }
        }
    }
}
