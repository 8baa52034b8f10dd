package org.evidenceapi.evidence;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.reference.UpdateStatus;
import org.evidenceapi.study.OutcomeDirection;
import org.evidenceapi.study.StudyDesign;

@Schema(description = "Computed from the claim's citations and study summaries; never typed in.")
public record EvidenceSummary(
        @Schema(description = "Number of distinct references the claim cites (a paper listed twice counts once; "
                + "a number pointing at no reference does not count).", examples = "3") int references,
        @Schema(description = "Number of study summaries that back the claim and report results: a trial protocol "
                + "the claim links is cited, not counted, and takes no part in the figures below.", examples = "1")
        int studies,
        @Schema(description = "Participants summed over the studies that report a count; absent when none does.",
                examples = "20827") Integer participants,
        @Schema(description = "Participants and the number of studies they come from, as the 'No of participants "
                + "(studies)' column of a summary-of-findings table: only studies that report a count take part, a "
                + "review counts its studies, any other study one; 'at least' or 'about' when a count is given so. "
                + "Absent when no study reports a count.", examples = "20,827 (39 studies)")
        String participantsAndStudies,
        @Schema(description = "Highest design in the evidence hierarchy among the studies; absent without studies.")
        StudyDesign strongestDesign,
        @Schema(description = "Agreement of the directions reported by the studies (UNCLEAR ones do not count).")
        Consistency consistency,
        @Schema(description = "Whether any backing study was done in people.") boolean humanEvidence,
        @Schema(description = "Papers the claim rests on (cited, or reporting one of its studies) that have been "
                + "retracted; the plain-language sentence says so.", examples = "0") int retractedReferences,
        @Schema(description = "Papers the claim rests on that are subject to an expression of concern; the "
                + "plain-language sentence says so.", examples = "0") int referencesWithExpressionOfConcern,
        @Schema(description = "GRADE-style plain-language statement from the claim's certainty and direction: "
                + "'reduces' (high), 'probably reduces' (moderate), 'may reduce' (low), 'the evidence is very "
                + "uncertain' (very low). It names the intervention and main outcome of the strongest study when "
                + "there is one; the verb follows the sign of that outcome's estimate where the numbers give one. "
                + "When only animal or mechanistic studies back the claim it says where the evidence comes from "
                + "('in rats', 'in laboratory studies'), and it ends by naming retracted papers and expressions of "
                + "concern among those the claim rests on.",
                examples = "Acupuncture probably has a beneficial effect on pain.")
        String plainLanguage) {

    /**
     * @param citations the claim's citation numbers
     * @param certainty the claim's certainty, as the editor rated it
     * @param direction the claim's direction, as the editor rated it
     * @param bibliography the claim's article's bibliography, with its papers' update statuses
     */
    public static EvidenceSummary of(List<Integer> citations, Certainty certainty, ClaimDirection direction,
            List<StudyFacts> studies, Bibliography bibliography) {
        Set<UUID> cited = citations.stream().map(bibliography::paper).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<UUID> papers = new HashSet<>(cited);
        studies.forEach(s -> papers.add(s.referenceId()));
        int retracted = count(papers, bibliography, UpdateStatus.RETRACTED);
        int concern = count(papers, bibliography, UpdateStatus.EXPRESSION_OF_CONCERN);
        List<StudyFacts> reporting = studies.stream().filter(StudyFacts::reportsResults).toList();
        Integer participants = reporting.stream().map(StudyFacts::participants).filter(Objects::nonNull)
                .reduce(Integer::sum).orElse(null);
        StudyFacts strongest = reporting.stream()
                .min(Comparator.comparingInt(s -> EvidenceHierarchy.rank(s.design()))).orElse(null);
        boolean human = reporting.stream().anyMatch(StudyFacts::human);
        String sentence = PlainLanguage.sentence(certainty, direction, !cited.isEmpty() || !studies.isEmpty(),
                strongest, EvidenceSetting.of(reporting)) + PlainLanguage.notices(retracted, concern);
        return new EvidenceSummary(cited.size(), reporting.size(), participants, SampleSizeLabel.of(reporting),
                strongest == null ? null : strongest.design(), consistency(reporting), human, retracted, concern,
                sentence);
    }

    private static int count(Set<UUID> papers, Bibliography bibliography, UpdateStatus status) {
        return (int) papers.stream().filter(p -> bibliography.status(p) == status).count();
    }
    private static Consistency consistency(List<StudyFacts> studies) {
        List<OutcomeDirection> reported = studies.stream().map(StudyFacts::direction)
                .filter(d -> d != null && d != OutcomeDirection.UNCLEAR).toList();
        if (reported.isEmpty()) {
            return Consistency.NOT_ASSESSABLE;
        }
        if (reported.size() == 1) {
            return Consistency.SINGLE_STUDY;
        }
        return reported.stream().distinct().count() == 1 ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
    }
}
