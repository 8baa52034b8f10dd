package org.evidenceapi.integrity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules of the integrity check. A code is stable: clients may switch on it. Its severity and meaning are
 * documented here and copied into the OpenAPI document (see FindingCodeDocumentation).
 */
@Schema(description = "The rule a finding breaks.")
public enum FindingCode {
    CITATION_WITHOUT_REFERENCE(Severity.ERROR, "A claim or the article's text cites [n], but the bibliography has "
            + "no reference n: the citation leads nowhere."),
    MALFORMED_DOI(Severity.ERROR, "The reference's DOI is not of the form 10.NNNN/suffix (Crossref's pattern), "
            + "so it resolves nowhere. Writes refuse such DOIs; this finds rows stored before or around validation."),
    MALFORMED_PMID(Severity.ERROR, "The reference's PMID is not a PubMed id (1 to 9 digits, no leading zero)."),
    MALFORMED_PMCID(Severity.ERROR, "The reference's PMCID is not a PubMed Central id (PMC followed by digits)."),
    MALFORMED_ISSN(Severity.ERROR, "The reference's ISSN is not NNNN-NNNC with a valid mod-11 check digit."),
    URL_DOI_MISMATCH(Severity.ERROR, "The reference's URL embeds a DOI other than the reference's DOI field (compared "
            + "case-insensitively): one of the two names another paper."),
    SHADOW_LIBRARY_LINK(Severity.ERROR, "The reference links to a shadow library (Sci-Hub, Library Genesis and the "
            + "like; hosts and their subdomains listed in evidence.integrity.shadow-library-hosts), which distributes "
            + "papers without the publishers' permission. Link to the publisher, doi.org or PubMed Central instead."),
    PROTOCOL_CITED_AS_EVIDENCE(Severity.ERROR, "A claim about an effect (direction other than UNCLEAR) rests on a "
            + "trial protocol: a reference of type PROTOCOL it cites, or a linked study of design TRIAL_PROTOCOL. "
            + "A protocol reports no results."),
    RETRACTED_REFERENCE(Severity.ERROR, "A reference is marked RETRACTED. Every claim that cites it, or rests on a "
            + "study it reports, is flagged; a retracted reference no claim rests on is flagged once on its own."),
    EXPRESSION_OF_CONCERN(Severity.WARNING, "A reference is subject to an expression of concern: its journal "
            + "has warned that its results may not be reliable. Every claim that cites it, or rests on a study it "
            + "reports, is flagged; such a reference no claim rests on is flagged once on its own."),
    CLAIM_WITHOUT_CITATION(Severity.WARNING, "A claim cites no reference, so a reader cannot check it."),
    UNCITED_REFERENCE(Severity.WARNING, "A reference of the bibliography is cited neither by a claim nor by an [n] "
            + "in the article's text."),
    DUPLICATE_REFERENCE(Severity.WARNING, "The same paper is listed under two numbers: the bibliography holds the "
            + "same reference twice, or two references share a DOI, PMID or PMCID. Reported on the later number."),
    REFERENCE_WITHOUT_IDENTIFIER(Severity.WARNING, "A reference has no DOI, PMID, PMCID or URL, so readers and "
            + "tools cannot find or verify it."),
    NON_PEER_REVIEWED_SOURCE(Severity.WARNING, "A claim rests on a source that is not peer reviewed (peerReviewed "
            + "false) or is a web page (type WEBPAGE), such as a commercial site."),
    HUMAN_CLAIM_ON_PRECLINICAL_EVIDENCE(Severity.WARNING, "A claim about people (scope HUMAN) is backed only by "
            + "animal or mechanistic studies: every linked study has design ANIMAL_STUDY or MECHANISTIC_STUDY or a "
            + "population species other than HUMAN."),
    STUDY_WITHOUT_SAMPLE_SIZE(Severity.INFO, "A study summary of the article gives no number of participants, so "
            + "the evidence table cannot say how many people the evidence comes from.");

    private final Severity severity;
    private final String description;

    FindingCode(Severity severity, String description) {
        this.severity = severity;
        this.description = description;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
