package org.evidenceapi.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.evidenceapi.identifier.Identifiers;
import org.evidenceapi.integrity.AuditedArticle.Entry;
import org.evidenceapi.reference.Reference;

/**
 * Whether each paper can be found: an identifier or URL at all, identifiers in their valid stored form
 * (writes guarantee it, rows written around them may not), and a URL that names the same DOI.
 */
final class IdentifierRules {
    private IdentifierRules() {
    }

    static List<Finding> check(AuditedArticle article) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : article.distinctReferences()) {
            Reference r = entry.reference();
            String name = "Reference " + Mentions.reference(r, entry.number());
            List<Finding> own = new ArrayList<>();
            if (isBlank(r.doi) && isBlank(r.pmid) && isBlank(r.pmcid) && isBlank(r.url)) {
                own.add(Finding.of(FindingCode.REFERENCE_WITHOUT_IDENTIFIER,
                        name + " has no DOI, PMID, PMCID or URL, so readers cannot find it."));
            }
            malformed(own, FindingCode.MALFORMED_DOI, name, "DOI", r.doi, Identifiers::doi, "10.NNNN/suffix");
            malformed(own, FindingCode.MALFORMED_PMID, name, "PMID", r.pmid, Identifiers::pmid,
                    "1 to 9 digits without a leading zero");
            malformed(own, FindingCode.MALFORMED_PMCID, name, "PMCID", r.pmcid, Identifiers::pmcid,
                    "PMC followed by digits");
            malformed(own, FindingCode.MALFORMED_ISSN, name, "ISSN", r.issn, Identifiers::issn,
                    "NNNN-NNNC with a valid check digit");
            urlDoiMismatch(r, name).ifPresent(own::add);
            own.forEach(f -> findings.add(f.reference(r.id, entry.number())));
        }
        return findings;
    }

    private static void malformed(List<Finding> findings, FindingCode code, String name, String kind, String value,
            UnaryOperator<String> parse, String form) {
        if (value != null && parse.apply(value) == null) {
            findings.add(Finding.of(code, name + " has the " + kind + " \"" + value + "\", which is not " + form + "."));
        }
    }

    private static Optional<Finding> urlDoiMismatch(Reference r, String name) {
        if (isBlank(r.doi) || isBlank(r.url)) {
            return Optional.empty();
        }
        String doi = r.doi.strip();
        return EmbeddedDoi.in(r.url)
                .filter(inUrl -> !Identifiers.doiKey(inUrl).equals(Identifiers.doiKey(doi)))
                .map(inUrl -> Finding.of(FindingCode.URL_DOI_MISMATCH, name + " has the DOI " + doi
                        + ", but its URL names the DOI " + inUrl + ": one of them is another paper's."));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
