package org.evidenceapi.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.claim.EvidenceScope;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.study.StudyEvidence;
import org.evidenceapi.study.StudySummary;

/** Whether the studies carry what they must: evidence from people for claims about people, a sample size. */
final class StudyRules {
    private StudyRules() {
    }

    static List<Finding> check(AuditedArticle article) {
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : article.claims) {
            if (claim.scope == EvidenceScope.HUMAN && !claim.studies.isEmpty()
                    && claim.studies.stream().allMatch(StudyRules::preclinical)) {
                findings.add(Finding.of(FindingCode.HUMAN_CLAIM_ON_PRECLINICAL_EVIDENCE, Mentions.claim(claim)
                        + " is about people, but only animal or mechanistic studies back it.").claim(claim.id));
            }
        }
        Comparator<StudySummary> articleOrder = Comparator.comparing(s -> article.numberOf(s.reference),
                Comparator.nullsLast(Comparator.naturalOrder()));
        for (StudySummary study : article.studies.stream().sorted(articleOrder).toList()) {
            if (study.participants == null) {
                Reference paper = study.reference;
                Integer number = article.numberOf(paper);
                findings.add(Finding.of(FindingCode.STUDY_WITHOUT_SAMPLE_SIZE, "The " + Mentions.study(study)
                        + ", reported by " + Mentions.reference(paper, number) + ", gives no number of participants.")
                        .reference(paper.id, number).study(study.id));
            }
        }
        return findings;
    }

    /** Read from the study's own columns: its outcomes are not loaded here. */
    private static boolean preclinical(StudySummary study) {
        return StudyEvidence.preclinical(study.design, study.population == null ? null : study.population.species);
    }
}
