package org.evidenceapi.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.identifier.Identifiers;

/**
 * Creates, changes and removes references. A paper is one row: an identifier another reference holds is a
 * 409. A reference some article cites, or some study summary reports, cannot be removed (409 naming them).
 */
@ApplicationScoped
public class ReferenceWriter {
    @Inject
    ReferenceRepository references;
    @Inject
    ReferenceService reads;
    @Inject
    Edits edits;

    @Transactional
    public ReferenceView create(ReferenceInput input) {
        edits.validate("reference", input, List.of());
        refuseTakenIdentifiers(input, null);
        Reference reference = new Reference();
        ReferenceMapper.apply(reference, input);
        reference.persist();
        return ReferenceView.of(reference);
    }

    @Transactional
    public ReferenceView replace(UUID id, ReferenceInput input, String ifMatch) {
        Reference reference = current(id, ifMatch);
        edits.validate("reference", input, List.of());
        refuseTakenIdentifiers(input, reference.id);
        ReferenceMapper.apply(reference, input);
        references.flush();
        return ReferenceView.of(reference);
    }

    @Transactional
    public ReferenceView patch(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        ReferenceInput current = ReferenceMapper.asInput(reads.get(id));
        return replace(id, edits.merge(current, patch, ReferenceInput.class), ifMatch);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Reference reference = current(id, ifMatch);
        var em = references.getEntityManager();
        List<String> citing = em.createQuery("select distinct e.article.slug from ArticleReference e "
                + "where e.reference.id = :id order by e.article.slug", String.class).setParameter("id", id).getResultList();
        if (!citing.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "The reference is cited by " + citing.size() + " article(s): "
                    + String.join(", ", citing) + ". Remove it from their bibliographies first.", null);
        }
        List<UUID> studies = em.createQuery("select s.id from StudySummary s where s.referenceId = :id", UUID.class)
                .setParameter("id", id).getResultList();
        if (!studies.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "The reference reports " + studies.size()
                    + " study summary(ies): " + studies + ". Delete or re-point them first.", null);
        }
        reference.delete();
    }

    private Reference current(UUID id, String ifMatch) {
        edits.requireCurrent(ifMatch, reads.get(id));
        return references.findById(id);
    }

    /** Checked on the input, before the managed row changes: a query would flush the change first. */
    private void refuseTakenIdentifiers(ReferenceInput in, UUID self) {
        String doi = Identifiers.doi(in.doi());
        refuse("doi", references.holderOf("doiKey", Identifiers.doiKey(doi), self), "DOI " + doi);
        String pmid = Identifiers.pmid(in.pmid());
        refuse("pmid", references.holderOf("pmid", pmid, self), "PMID " + pmid);
        String pmcid = Identifiers.pmcid(in.pmcid());
        refuse("pmcid", references.holderOf("pmcid", pmcid, self), "PMCID " + pmcid);
    }

    private static void refuse(String field, Optional<Reference> holder, String identifier) {
        holder.ifPresent(other -> {
            throw Edits.conflict(field, "Reference " + other.id + " already has the " + identifier
                    + "; a paper is one reference, shared by the articles that cite it.");
        });
    }
}
