package org.evidenceapi.integrity;

import static org.evidenceapi.integrity.Audit.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evidenceapi.reference.Reference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Whether citations and bibliography meet, on articles built in memory. */
@Tag("unit")
class CitationRulesTest {
    @Test
    void anArticleWhoseCitationsAndBibliographyMeetPasses() {
        Audit audit = new Audit().lists(1, paper("10.1000/a")).lists(2, paper("10.1000/b")).claim(1).text(null, "[2]");
        assertEquals(List.of(), CitationRules.check(audit.article()));
    }

    @Test
    void aClaimCitingNothingIsFlagged() {
        Audit audit = new Audit().lists(1, paper("10.1000/a")).claim(1).claim();
        List<Finding> findings = CitationRules.check(audit.article());
        assertEquals(List.of("Claim 2 (\"Claim number 2.\") cites no reference."), messages(findings));
        assertEquals(audit.claimAt(2).id, findings.get(0).claimId());
    }

    @Test
    void aNumberTheBibliographyLacksIsFlaggedOncePerClaimAndOnceForTheText() {
        Audit audit = new Audit().lists(1, paper("10.1000/a")).claim(1, 7, 7).text("Methods", "See [7] and [9].")
                .text(null, "Also [9].");
        assertEquals(List.of("Claim 1 (\"Claim number 1.\") cites [7], but the bibliography has no reference 7.",
                "The text of the section \"Methods\" cites [9], but the bibliography has no reference 9."),
                messages(CitationRules.check(audit.article())));
    }

    @Test
    void aPaperCitedNeitherByAClaimNorInTheTextIsFlagged() {
        Reference unused = paper("10.1000/b");
        List<Finding> findings = CitationRules.check(new Audit().lists(1, paper("10.1000/a")).lists(2, unused)
                .claim(1).article());
        assertEquals(List.of(FindingCode.UNCITED_REFERENCE), findings.stream().map(Finding::code).toList());
        assertEquals(unused.id, findings.get(0).referenceId());
    }

    @Test
    void aPaperListedAgainByAnyIdentifierIsADuplicate() {
        Reference first = paper("10.1000/ABC");
        Reference again = paper("10.1000/abc");
        Reference byPmcid = paper(null);
        first.pmcid = "PMC1";
        byPmcid.pmcid = "pmc1 ";
        Audit audit = new Audit().lists(1, first).lists(2, again).lists(3, byPmcid).lists(4, first).claim(1, 2, 3, 4);
        assertEquals(List.of(
                "Reference [2] is the same paper as [1] (same DOI 10.1000/abc): list it once and cite that number.",
                "Reference [3] is the same paper as [1] (same PMCID PMC1): list it once and cite that number.",
                "Reference [4] is the same paper as [1] (the same reference): list it once and cite that number."),
                messages(CitationRules.check(audit.article())));
    }

    @Test
    void similarDoisAreDifferentPapers() {
        Audit audit = new Audit().lists(1, paper("10.1000/abc")).lists(2, paper("10.1000/abc0")).claim(1, 2);
        assertEquals(List.of(), CitationRules.check(audit.article()));
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }
}
