package org.evidenceapi.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.identifier.Identifiers;
import org.evidenceapi.integrity.AuditedArticle.Entry;
import org.evidenceapi.integrity.CitationMarkers.Marker;
import org.evidenceapi.reference.Reference;

/** Whether citations and bibliography meet: uncited claims, [n] leading nowhere, unused and repeated papers. */
final class CitationRules {
    private CitationRules() {
    }

    static List<Finding> check(AuditedArticle article) {
        List<Marker> markers = CitationMarkers.in(article.sections);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(claimsWithoutCitation(article));
        findings.addAll(citationsWithoutReference(article, markers));
        findings.addAll(uncitedReferences(article, markers));
        findings.addAll(duplicates(article));
        return findings;
    }

    private static List<Finding> claimsWithoutCitation(AuditedArticle article) {
        return article.claims.stream().filter(c -> c.citations.isEmpty())
                .map(c -> Finding.of(FindingCode.CLAIM_WITHOUT_CITATION, Mentions.claim(c) + " cites no reference"
                        + studyPapers(article, c) + ".").claim(c.id))
                .toList();
    }

    /** A claim that cites nothing but links studies: the papers to cite are those that report them. */
    private static String studyPapers(AuditedArticle article, Claim claim) {
        List<String> papers = claim.studies.stream().map(s -> s.reference).distinct()
                .map(r -> Mentions.reference(r, article.numberOf(r))).toList();
        if (papers.isEmpty()) {
            return "";
        }
        return (claim.studies.size() == 1 ? "; its study is reported by " : "; its studies are reported by ")
                + String.join(", ", papers);
    }

    /** Each dangling number once per claim, and once for the text unless a claim already cites it. */
    private static List<Finding> citationsWithoutReference(AuditedArticle article, List<Marker> markers) {
        List<Finding> findings = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        for (Claim claim : article.claims) {
            claim.citations.stream().distinct().filter(n -> article.reference(n) == null).forEach(n -> {
                reported.add(n);
                findings.add(Finding.of(FindingCode.CITATION_WITHOUT_REFERENCE, Mentions.claim(claim) + " cites ["
                        + n + "], but the bibliography has no reference " + n + ".").claim(claim.id).reference(null, n));
            });
        }
        for (Marker marker : markers) {
            if (article.reference(marker.number()) == null && reported.add(marker.number())) {
                String where = marker.sectionHeading() == null ? "the introduction"
                        : "the section \"" + marker.sectionHeading() + "\"";
                findings.add(Finding.of(FindingCode.CITATION_WITHOUT_REFERENCE, "The text of " + where + " cites ["
                        + marker.number() + "], but the bibliography has no reference " + marker.number() + ".")
                        .reference(null, marker.number()));
            }
        }
        return findings;
    }

    private static List<Finding> uncitedReferences(AuditedArticle article, List<Marker> markers) {
        Set<Integer> cited = new HashSet<>();
        article.claims.forEach(c -> cited.addAll(c.citations));
        markers.forEach(m -> cited.add(m.number()));
        return article.bibliography.stream().filter(e -> !cited.contains(e.number()))
                .map(e -> Finding.of(FindingCode.UNCITED_REFERENCE, "Reference " + Mentions.reference(e.reference(),
                        e.number()) + " is cited neither by a claim nor in the text.")
                        .reference(e.reference().id, e.number()))
                .toList();
    }

    /** A later entry that repeats an earlier one's paper, by row or by any identifier. */
    private static List<Finding> duplicates(AuditedArticle article) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : article.bibliography) {
            List<String> keys = identities(entry.reference());
            keys.stream().filter(seen::containsKey).findFirst().ifPresent(key -> findings.add(Finding.of(
                    FindingCode.DUPLICATE_REFERENCE, "Reference " + Mentions.reference(entry.reference(),
                            entry.number()) + " is the same paper as [" + seen.get(key) + "] (" + describe(key)
                            + "): list it once and cite that number.").reference(entry.reference().id, entry.number())));
            keys.forEach(key -> seen.putIfAbsent(key, entry.number()));
        }
        return findings;
    }

    private static List<String> identities(Reference r) {
        String doi = r.doi == null ? null : Identifiers.doiKey(r.doi.strip());
        return Stream.of("same reference:" + r.id, doi == null ? null : "same DOI:" + doi,
                r.pmid == null ? null : "same PMID:" + r.pmid.strip(),
                r.pmcid == null ? null : "same PMCID:" + r.pmcid.strip().toUpperCase(Locale.ROOT))
                .filter(Objects::nonNull).toList();
    }

    private static String describe(String key) {
        return key.startsWith("same reference:") ? "the same reference" : key.replaceFirst(":", " ");
    }
}
