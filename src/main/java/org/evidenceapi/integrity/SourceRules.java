package org.evidenceapi.integrity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.integrity.AuditedArticle.Entry;
import org.evidenceapi.integrity.AuditedArticle.Support;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceType;
import org.evidenceapi.reference.UpdateStatus;
import org.evidenceapi.study.StudyDesign;

/** Whether the sources are fit to be evidence: where they link to, peer review, protocols, retractions. */
final class SourceRules {
    private SourceRules() {
    }

    static List<Finding> check(AuditedArticle article, ShadowLibraries shadowLibraries) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : article.distinctReferences()) {
            if (entry.reference().url != null) {
                shadowLibraries.hostOf(entry.reference().url).ifPresent(host -> findings.add(Finding.of(
                        FindingCode.SHADOW_LIBRARY_LINK, "Reference " + Mentions.reference(entry.reference(),
                                entry.number()) + " links to " + host + ", a shadow library; link to the publisher, "
                                + "doi.org or PubMed Central instead.").reference(entry.reference().id, entry.number())));
            }
        }
        List<Support> supports = article.supports();
        supports.forEach(s -> nonPeerReviewed(s, findings));
        supports.forEach(s -> protocol(s, findings));
        notice(article, supports, UpdateStatus.RETRACTED, FindingCode.RETRACTED_REFERENCE, "has been retracted",
                findings);
        notice(article, supports, UpdateStatus.EXPRESSION_OF_CONCERN, FindingCode.EXPRESSION_OF_CONCERN,
                "is subject to an expression of concern", findings);
        return findings;
    }

    private static void nonPeerReviewed(Support s, List<Finding> findings) {
        Reference r = s.reference();
        boolean webPage = r.type == ReferenceType.WEBPAGE;
        boolean notReviewed = Boolean.FALSE.equals(r.peerReviewed);
        if (webPage || notReviewed) {
            String what = webPage && notReviewed ? "a web page that is not peer reviewed"
                    : webPage ? "a web page" : "a source that is not peer reviewed";
            findings.add(about(s, FindingCode.NON_PEER_REVIEWED_SOURCE, "rests on " + Mentions.reference(r, s.number())
                    + ", " + what + "."));
        }
    }

    /** Names the study only when it is the protocol: a trial reported by a PROTOCOL-typed paper is not at fault. */
    private static void protocol(Support s, List<Finding> findings) {
        boolean protocolStudy = s.study() != null && s.study().design == StudyDesign.TRIAL_PROTOCOL;
        if ((protocolStudy || s.reference().type == ReferenceType.PROTOCOL)
                && s.claim().direction != ClaimDirection.UNCLEAR) {
            Finding finding = about(protocolStudy ? s : new Support(s.claim(), s.reference(), s.number(), null),
                    FindingCode.PROTOCOL_CITED_AS_EVIDENCE, "rests on " + Mentions.reference(s.reference(), s.number())
                            + ", a trial protocol: a protocol reports no results, so it cannot show an effect.");
            findings.add(finding);
        }
    }

    /** Every claim resting on a paper with this notice; such a paper no claim rests on, once on its own. */
    private static void notice(AuditedArticle article, List<Support> supports, UpdateStatus status, FindingCode code,
            String what, List<Finding> findings) {
        Set<UUID> flagged = new HashSet<>();
        supports.stream().filter(s -> s.reference().updateStatus == status).forEach(s -> {
            flagged.add(s.reference().id);
            findings.add(about(s, code, "rests on " + Mentions.reference(s.reference(), s.number()) + ", which "
                    + what + "."));
        });
        article.distinctReferences().stream()
                .filter(e -> e.reference().updateStatus == status && !flagged.contains(e.reference().id))
                .forEach(e -> findings.add(Finding.of(code, "Reference " + Mentions.reference(e.reference(),
                        e.number()) + " " + what + ".").reference(e.reference().id, e.number())));
    }

    private static Finding about(Support s, FindingCode code, String predicate) {
        Finding finding = Finding.of(code, Mentions.claim(s.claim()) + " " + predicate).claim(s.claim().id)
                .reference(s.reference().id, s.number());
        return s.study() == null ? finding : finding.study(s.study().id);
    }
}
