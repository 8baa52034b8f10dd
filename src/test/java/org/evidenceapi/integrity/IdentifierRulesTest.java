package org.evidenceapi.integrity;

import static org.evidenceapi.integrity.Audit.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evidenceapi.reference.Reference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Whether each listed paper can be found, on papers built in memory. */
@Tag("unit")
class IdentifierRulesTest {
    @Test
    void aPaperWithAValidDoiPasses() {
        assertEquals(List.of(), check(paper("10.1000/abc")));
    }

    @Test
    void aPaperWithoutIdentifierOrUrlCannotBeFound() {
        Reference paper = paper(null);
        assertEquals(List.of(new Finding(FindingCode.REFERENCE_WITHOUT_IDENTIFIER,
                FindingCode.REFERENCE_WITHOUT_IDENTIFIER.severity(),
                "Reference [1] has no DOI, PMID, PMCID or URL, so readers cannot find it.", null, paper.id, 1, null)),
                check(paper));
    }

    @Test
    void aUrlAloneIsEnough() {
        Reference paper = paper(null);
        paper.url = "https://example.org/papers/1";
        assertEquals(List.of(), check(paper));
    }

    @Test
    void namesEachMalformedIdentifierWithItsValue() {
        Reference paper = paper("10.1/abc");
        paper.pmid = "0123";
        paper.pmcid = "123";
        paper.issn = "0317-8472";
        List<Finding> findings = check(paper);
        assertEquals(List.of(FindingCode.MALFORMED_DOI, FindingCode.MALFORMED_PMID, FindingCode.MALFORMED_PMCID,
                FindingCode.MALFORMED_ISSN), findings.stream().map(Finding::code).toList());
        assertEquals("Reference [1] has the ISSN \"0317-8472\", which is not NNNN-NNNC with a valid check digit.",
                findings.get(3).message());
    }

    @Test
    void aUrlNamingAnotherDoiIsAMismatch() {
        Reference paper = paper("10.1000/abc");
        paper.url = "https://doi.org/10.1000/xyz";
        assertEquals(List.of("Reference [1] has the DOI 10.1000/abc, but its URL names the DOI 10.1000/xyz: one of "
                + "them is another paper's."), check(paper).stream().map(Finding::message).toList());
    }

    @Test
    void aUrlNamingTheSameDoiInAnotherCasePasses() {
        Reference paper = paper("10.1000/abc");
        paper.url = "https://doi.org/10.1000/ABC";
        assertEquals(List.of(), check(paper));
    }

    @Test
    void aPaperListedTwiceIsCheckedOnceUnderItsFirstNumber() {
        Reference paper = paper(null);
        List<Finding> findings = IdentifierRules.check(new Audit().lists(1, paper).lists(2, paper).article());
        assertEquals(List.of(1), findings.stream().map(Finding::referenceNumber).toList());
    }

    private static List<Finding> check(Reference paper) {
        return IdentifierRules.check(new Audit().lists(1, paper).article());
    }
}
