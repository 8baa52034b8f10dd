package org.evidenceapi.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.editing.KindRules;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.identifier.Identifiers;

/**
 * How references are edited. A paper is one row: an identifier another reference holds is a 409. A reference
 * some article cites, or some study summary reports, stays (409 naming them).
 */
@ApplicationScoped
class ReferenceRules extends KindRules<UUID, ReferenceInput, ReferenceView, Reference> {
    @Inject
    ReferenceRepository references;
    @Inject
    ReferenceService reads;

    ReferenceRules() {
        super("reference", ReferenceInput.class, Reference.class, ReferenceView::id);
    }

    @Override
    public ReferenceView read(UUID id) {
        return reads.get(id);
    }

    @Override
    public ReferenceInput asInput(ReferenceView current) {
        return ReferenceMapper.asInput(current);
    }

    @Override
    public void refuseConflicts(ReferenceInput in, Reference row) {
        UUID self = row == null ? null : row.id;
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

    @Override
    public void apply(Reference reference, ReferenceInput in) {
        ReferenceMapper.apply(reference, in);
    }

    @Override
    public ReferenceView view(Reference reference) {
        return ReferenceView.of(reference);
    }

    /** Citing articles first, then reporting study summaries: the first use found is the one reported. */
    @Override
    public Optional<String> stillUsed(Reference reference) {
        List<String> citing = references.articlesCiting(reference.id);
        if (!citing.isEmpty()) {
            return Optional.of("The reference is cited by " + citing.size() + " article(s): "
                    + String.join(", ", citing) + ". Remove it from their bibliographies first.");
        }
        List<UUID> studies = references.studiesReporting(reference.id);
        return studies.isEmpty() ? Optional.empty() : Optional.of("The reference reports " + studies.size()
                + " study summary(ies): " + studies + ". Delete or re-point them first.");
    }
}
