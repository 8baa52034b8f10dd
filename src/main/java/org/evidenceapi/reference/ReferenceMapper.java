package org.evidenceapi.reference;

import java.util.ArrayList;
import java.util.List;
import org.evidenceapi.identifier.Identifiers;

/** Writes a reference as editors give it onto its row, identifiers normalised (bare DOI, upper-case PMCID). */
public final class ReferenceMapper {
    private ReferenceMapper() {
    }

    public static void apply(Reference r, ReferenceInput in) {
        r.type = in.type();
        r.title = in.title();
        r.containerTitle = in.containerTitle();
        r.volume = in.volume();
        r.issue = in.issue();
        r.pages = in.pages();
        r.articleNumber = in.articleNumber();
        r.year = in.year();
        r.doi = Identifiers.doi(in.doi());
        r.doiKey = Identifiers.doiKey(r.doi);
        r.pmid = Identifiers.pmid(in.pmid());
        r.pmcid = Identifiers.pmcid(in.pmcid());
        r.issn = Identifiers.issn(in.issn());
        r.url = in.url();
        r.language = in.language();
        r.peerReviewed = in.peerReviewed();
        r.accessedAt = in.accessedAt();
        r.setStatusByHand(in.updateStatus() == null ? UpdateStatus.NONE : in.updateStatus());
        r.notes = in.notes();
        r.authors = new ArrayList<>((in.authors() == null ? List.<ReferenceAuthor>of() : in.authors()).stream()
                .map(a -> {
                    ReferenceName name = new ReferenceName();
                    name.family = a.family();
                    name.given = a.given();
                    name.literal = a.literal();
                    return name;
                }).toList());
    }

    static ReferenceInput asInput(ReferenceView v) {
        return new ReferenceInput(v.type(), v.authors(), v.year(), v.title(), v.containerTitle(), v.volume(),
                v.issue(), v.pages(), v.articleNumber(), v.doi(), v.pmid(), v.pmcid(), v.issn(), v.url(),
                v.language(), v.peerReviewed(), v.accessedAt(), v.updateStatus(), v.notes());
    }
}
