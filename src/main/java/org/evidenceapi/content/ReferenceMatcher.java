package org.evidenceapi.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidenceapi.article.Article;
import org.evidenceapi.common.FieldError;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.Identifiers;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceInput;
import org.evidenceapi.reference.ReferenceMapper;
import org.evidenceapi.reference.ReferenceRepository;

/** Builds an article's bibliography, reusing the library's reference wherever the same paper is there already. */
@ApplicationScoped
class ReferenceMatcher {
    @Inject
    ReferenceRepository references;

    List<ArticleReference> bibliography(Article article, List<ReferenceInput> inputs) {
        Map<String, Reference> seen = new HashMap<>();
        List<ArticleReference> entries = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ReferenceInput in = inputs.get(i);
            String at = "references[" + i + "].";
            String doi = Identifiers.doi(in.doi());
            String pmid = Identifiers.pmid(in.pmid());
            String pmcid = Identifiers.pmcid(in.pmcid());
            String identity = doi != null ? "doi:" + Identifiers.doiKey(doi)
                    : pmid != null ? "pmid:" + pmid : pmcid != null ? "pmcid:" + pmcid : "row:" + i;
            Reference reference = seen.computeIfAbsent(identity, k -> references
                    .findByIdentity(Identifiers.doiKey(doi), pmid, pmcid)
                    .orElseGet(() -> create(at, in, pmid, pmcid)));
            ArticleReference entry = new ArticleReference();
            entry.article = article;
            entry.citationNumber = i + 1;
            entry.reference = reference;
            entry.persist();
            entries.add(entry);
        }
        return entries;
    }

    /** A new paper must not carry an identifier that already names another one: that is two rows, one paper. */
    private Reference create(String at, ReferenceInput in, String pmid, String pmcid) {
        refuseTaken(at + "pmid", "pmid", pmid);
        refuseTaken(at + "pmcid", "pmcid", pmcid);
        Reference r = new Reference();
        ReferenceMapper.apply(r, in);
        r.persist();
        return r;
    }

    private void refuseTaken(String field, String column, String value) {
        if (value == null) {
            return;
        }
        references.holderOf(column, value, null).ifPresent(other -> {
            String message = "is already the " + column.toUpperCase(Locale.ROOT) + " of reference " + other.id
                    + (other.doi == null ? "" : " (DOI " + other.doi + ")") + ", which has a different DOI";
            throw new ProblemException(Status.CONFLICT, "The document's " + field + " " + message
                    + "; nothing was written.", List.of(new FieldError(field, message)));
        });
    }
}
