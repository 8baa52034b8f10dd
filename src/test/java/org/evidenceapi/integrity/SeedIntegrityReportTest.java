package org.evidenceapi.integrity;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The seed article's integrity report lists exactly the problems of the seed itself (shared/seed/000_...txt and
 * its model, demo/acupuncture-part-1.json). Each expected finding says why the seed has it.
 */
@QuarkusTest
class SeedIntegrityReportTest {
    private static final String PATH = SEED_PATH + "/integrity";

    /** Errors first, then warnings, then information; within a severity by rule, then in article order. */
    private static final List<String> EXPECTED = expected();

    private static List<String> expected() {
        List<String> e = new ArrayList<>();
        // [10] Skonnord (BMJ Open 2012) has the DOI 10.1136/bmjopen-2012-001164, but its link
        // https://sci-hub.se/10.1136/bmjopen-2019-034157%5D carries another paper's DOI (the "%5D" is a stray "]").
        e.add("URL_DOI_MISMATCH [10]");
        // The seed links three papers through sci-hub.se: [5] Jin 1996, [10] Skonnord 2012, [15] Karatay 2017.
        e.add("SHADOW_LIBRARY_LINK [5]");
        e.add("SHADOW_LIBRARY_LINK [10]");
        e.add("SHADOW_LIBRARY_LINK [15]");
        // "A meta-analysis including 39 studies and 20,827 patients confirmed... [9,10,11]": [10] is "A protocol for a
        // randomised, controlled multicentre intervention study" (type PROTOCOL, study design TRIAL_PROTOCOL),
        // cited for a finding of pain relief.
        e.add("PROTOCOL_CITED_AS_EVIDENCE claim 13 [10] study");
        // Statements the seed makes without any [n]: the opening verdict, the list of benefits, "2-3 times per week",
        // the list after "Acupuncture helps ease pain", "widely explored since the 1970s", "Clinical studies
        // consistently show...", serotonin and dopamine, the HPA axis, chronic stress and cortisol, the fibromyalgia
        // trial (described, never cited: its paper [15] is in the list), the HRV pull quote and the closing summary.
        for (int claim : new int[] {1, 2, 3, 6, 7, 12, 16, 17, 18, 20, 28, 31}) {
            e.add("CLAIM_WITHOUT_CITATION claim " + claim);
        }
        // The text jumps from [4] to [6,7], never cites the fibromyalgia trial [15], and stops at [22]; [23] Amorim
        // 2022 is listed only.
        e.add("UNCITED_REFERENCE [5]");
        e.add("UNCITED_REFERENCE [15]");
        e.add("UNCITED_REFERENCE [23]");
        // Listed with journal, volume and pages only: Cabýoglu 2006, Zhao 2008, Napadow 2014, Lee & Warden 2016;
        // and the Avena Natural Health web page with no address at all.
        e.add("REFERENCE_WITHOUT_IDENTIFIER [6]");
        e.add("REFERENCE_WITHOUT_IDENTIFIER [7]");
        e.add("REFERENCE_WITHOUT_IDENTIFIER [13]");
        e.add("REFERENCE_WITHOUT_IDENTIFIER [16]");
        e.add("REFERENCE_WITHOUT_IDENTIFIER [19]");
        // "Acupuncture has shown to reduce HPA axis hyperactivity... [13,14]": [13] is a commercial web page
        // ("Adrenal fatigue & HPA axis: Natural remedies"), not peer reviewed.
        e.add("NON_PEER_REVIEWED_SOURCE claim 19 [13]");
        // "This neurophysiological shift is why acupuncture is often recommended for stress-related disorders and
        // mental health conditions [18]": a recommendation for people resting on a study in rats.
        e.add("HUMAN_CLAIM_ON_PRECLINICAL_EVIDENCE claim 24");
        // The seed gives no number of participants for the rat study [3], the fMRI study [4], the protocol [10], the
        // two rat studies [17] and [18], the anxiety meta-analysis [21] and the hypertension study [22].
        for (int reference : new int[] {3, 4, 10, 17, 18, 21, 22}) {
            e.add("STUDY_WITHOUT_SAMPLE_SIZE [" + reference + "] study");
        }
        return List.copyOf(e);
    }

    @Test
    void findsExactlyTheSeedsProblems() {
        assertEquals(EXPECTED, Reports.lines(SEED));
    }

    @Test
    void countsFindingsPerSeverity() {
        given().get(PATH).then().statusCode(200)
                .body("articleId", equalTo(Api.seedArticleId()))
                .body("counts.error", equalTo(5))
                .body("counts.warning", equalTo(22))
                .body("counts.info", equalTo(7))
                .body("findings", hasSize(34));
    }

    @Test
    void findingsNameTheReferenceAndStudyByIdAndExplainThemselves() {
        JsonPath report = Api.json(PATH);
        Map<String, Object> mismatch = report.getMap("findings.find { it.code == 'URL_DOI_MISMATCH' }");
        assertEquals(Map.of("code", "URL_DOI_MISMATCH", "severity", "ERROR",
                "message", "Reference [10] (Skonnord 2012) has the DOI 10.1136/bmjopen-2012-001164, but its URL names "
                        + "the DOI 10.1136/bmjopen-2019-034157: one of them is another paper's.",
                "referenceId", Api.seedReferenceId(10), "referenceNumber", 10), mismatch);
        Map<String, Object> protocol = report.getMap("findings.find { it.code == 'PROTOCOL_CITED_AS_EVIDENCE' }");
        assertEquals(Api.seedClaimId(13), protocol.get("claimId"));
        assertEquals(Api.seedStudyId("Acuback"), protocol.get("studyId"));
        assertEquals("Claim 20 (\"In a randomised trial of 70 women with fibromyalgia, six…\") cites no reference; "
                + "its study is reported by [15] (Karatay 2017).",
                report.getString("findings.find { it.claimId == '" + Api.seedClaimId(20) + "' }.message"));
        assertEquals("Reference [5] (Jin 1996) links to sci-hub.se, a shadow library; link to the publisher, doi.org "
                + "or PubMed Central instead.",
                report.getString("findings.find { it.code == 'SHADOW_LIBRARY_LINK' }.message"));
    }

    @Test
    void editorsGetTheSameReport() {
        assertEquals(EXPECTED, Reports.lines(SEED, Tokens.editor()));
    }
}
