package org.evidenceapi.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the integrity report, on an article built to break it and on one that comes close but does not. */
@QuarkusTest
class IntegrityRulesTest {
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    private TestArticle article(String slug) {
        return new TestArticle(json, "integrity-" + slug);
    }

    private static void assertFindings(TestArticle article, String... expected) {
        assertEquals(List.of(expected), Reports.lines(article.slug));
    }

    @Test
    void theCleanArticleHasNothingToReport() {
        assertFindings(article("clean").importIt());
    }

    @Test
    void claimWithoutCitation() {
        TestArticle broken = article("uncited-claim").cites(1, 1, 2).cites(2).importIt();
        assertFindings(broken, "CLAIM_WITHOUT_CITATION claim 2");
        assertEquals("Claim 2 (\"Claim number 2.\") cites no reference; its study is reported by [2] (Author2 2020).",
                Reports.report(broken.slug, null).getString("findings[0].message"));
        assertFindings(article("cited-claim").cites(1, 1, 2).cites(2, 2, 2).importIt());
    }

    /** The import stores a claim citing a number its document lacks as written; the article's text takes any [n]. */
    @Test
    void citationWithoutReference() {
        TestArticle broken = article("dangling").cites(2, 2, 7).text("As shown before [2], and elsewhere [9].")
                .importIt();
        assertFindings(broken, "CITATION_WITHOUT_REFERENCE claim 2 [7]", "CITATION_WITHOUT_REFERENCE [9]");
        assertFindings(article("ranges").text("Ranges [1–2], lists [1, 2] and [2] all lead somewhere.").importIt());
    }

    @Test
    void referenceNeverCited() {
        TestArticle listedOnly = article("listed-only");
        listedOnly.addReference();
        assertFindings(listedOnly.importIt(), "UNCITED_REFERENCE [3]");
        TestArticle citedInText = article("cited-in-text").text("A third paper agrees [3].");
        citedInText.addReference();
        assertFindings(citedInText.importIt());
    }

    @Test
    void samePaperListedTwice() {
        TestArticle twice = article("listed-twice").text("Cited once more [3].");
        twice.addReference().put("doi", twice.reference(1).get("doi").asText().toUpperCase());
        assertFindings(twice.importIt(), "DUPLICATE_REFERENCE [3]");
        TestArticle similar = article("similar-dois").text("Cited once more [3].");
        similar.addReference().put("doi", similar.reference(1).get("doi").asText() + "0");
        assertFindings(similar.importIt());
    }

    @Test
    void referenceWithoutIdentifier() {
        TestArticle unfindable = article("no-identifier");
        unfindable.reference(2).remove("doi");
        assertFindings(unfindable.importIt(), "REFERENCE_WITHOUT_IDENTIFIER [2]");
        TestArticle urlOnly = article("url-only");
        urlOnly.reference(2).remove("doi");
        urlOnly.reference(2).put("url", "https://example.org/papers/2");
        assertFindings(urlOnly.importIt());
    }

    /** Writes refuse malformed identifiers, so the test stores them as a row written around validation would be. */
    @Test
    void malformedIdentifiers() {
        TestArticle broken = article("malformed").importIt();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update bib_reference set doi = '10.55/short-prefix', doi_key = '10.55/short-prefix' "
                    + "where doi_key = ?1").setParameter(1, "10.5555/" + broken.slug + ".1").executeUpdate();
            em.createNativeQuery("update bib_reference set pmid = '0123', pmcid = 'PMC12A', issn = '0317-8470' "
                    + "where doi_key = ?1").setParameter(1, "10.5555/" + broken.slug + ".2").executeUpdate();
        });
        assertFindings(broken, "MALFORMED_DOI [1]", "MALFORMED_PMID [2]", "MALFORMED_PMCID [2]", "MALFORMED_ISSN [2]");
        TestArticle valid = article("well-formed");
        valid.reference(2).put("pmid", "987650001").put("pmcid", "pmc987650001").put("issn", "0317-8471");
        assertFindings(valid.importIt());
    }

    @Test
    void urlNamingAnotherDoi() {
        TestArticle broken = article("url-doi");
        broken.reference(1).put("url", "https://doi.org/10.5555/another-paper");
        broken.reference(2).put("url", "https://example.org/view/10.5555%2Fsomething-else");
        assertFindings(broken.importIt(), "URL_DOI_MISMATCH [1]", "URL_DOI_MISMATCH [2]");
        TestArticle same = article("url-same-doi");
        same.reference(1).put("url", "https://doi.org/" + same.reference(1).get("doi").asText().toUpperCase());
        same.reference(2).put("url", "https://example.org/article?id=42&v10.5555/x");
        assertFindings(same.importIt());
    }

    @Test
    void shadowLibraryLinks() {
        TestArticle pirated = article("shadow");
        pirated.reference(1).put("url", "https://www.sci-hub.st/10.5555/integrity-shadow.1");
        pirated.reference(2).put("url", "http://download.library.lol/main/integrity-shadow-2.pdf");
        assertFindings(pirated.importIt(), "SHADOW_LIBRARY_LINK [1]", "SHADOW_LIBRARY_LINK [2]");
        TestArticle lookalike = article("not-shadow");
        lookalike.reference(1).put("url", "https://not-sci-hub.example.org/papers/1");
        lookalike.reference(2).put("url", "https://www.ncbi.nlm.nih.gov/search?term=sci-hub.se");
        assertFindings(lookalike.importIt());
    }

    @Test
    void nonPeerReviewedOrWebSourceCitedAsEvidence() {
        TestArticle weak = article("not-reviewed");
        weak.reference(1).put("peerReviewed", false);
        weak.reference(2).put("type", "WEBPAGE").remove("peerReviewed");
        assertFindings(weak.importIt(), "NON_PEER_REVIEWED_SOURCE claim 1 [1] study",
                "NON_PEER_REVIEWED_SOURCE claim 2 [2] study");
        TestArticle unknownOrInText = article("review-unknown").text("See also the website [3].");
        unknownOrInText.reference(1).remove("peerReviewed");
        unknownOrInText.addReference().put("type", "WEBPAGE").put("peerReviewed", false);
        assertFindings(unknownOrInText.importIt());
    }

    @Test
    void trialProtocolCitedAsEvidenceOfAnEffect() {
        TestArticle protocols = article("protocol");
        protocols.reference(1).put("type", "PROTOCOL");
        protocols.study(2).put("design", "TRIAL_PROTOCOL");
        assertFindings(protocols.importIt(), "PROTOCOL_CITED_AS_EVIDENCE claim 1 [1]",
                "PROTOCOL_CITED_AS_EVIDENCE claim 2 [2] study");
        TestArticle underWay = article("protocol-under-way");
        underWay.reference(1).put("type", "PROTOCOL");
        underWay.study(2).put("design", "TRIAL_PROTOCOL");
        underWay.claim(1).put("direction", "UNCLEAR").put("statement", "A trial of acupuncture is under way.");
        underWay.claim(2).put("direction", "UNCLEAR");
        assertFindings(underWay.importIt());
    }

    @Test
    void claimAboutPeopleBackedOnlyByAnimalOrMechanisticStudies() {
        TestArticle preclinical = article("preclinical");
        preclinical.study(1).put("design", "ANIMAL_STUDY").withObject("/population").put("species", "RAT");
        preclinical.study(2).put("design", "MECHANISTIC_STUDY");
        assertFindings(preclinical.importIt(), "HUMAN_CLAIM_ON_PRECLINICAL_EVIDENCE claim 1",
                "HUMAN_CLAIM_ON_PRECLINICAL_EVIDENCE claim 2");
        TestArticle mixed = article("preclinical-and-human");
        mixed.study(1).put("design", "ANIMAL_STUDY").withObject("/population").put("species", "RAT");
        mixed.claim(1).put("scope", "ANIMAL");
        mixed.claim(2).putArray("studies").add("s1").add("s2");
        assertFindings(mixed.importIt());
    }

    @Test
    void studyWithoutSampleSize() {
        TestArticle unsized = article("unsized");
        unsized.study(2).remove("sampleSize");
        assertFindings(unsized.importIt(), "STUDY_WITHOUT_SAMPLE_SIZE [2] study");
        TestArticle review = article("review-without-study-count");
        review.study(2).put("design", "META_ANALYSIS").putObject("sampleSize").put("participants", 500);
        assertFindings(review.importIt());
    }

    @Test
    void retractionAndExpressionOfConcernFlagEveryClaimCitingThePaper() {
        TestArticle retracted = article("retracted").cites(2, 2, 1).text("An old finding [3].");
        retracted.reference(1).put("updateStatus", "RETRACTED");
        retracted.addReference().put("updateStatus", "RETRACTED");
        assertFindings(retracted.importIt(), "RETRACTED_REFERENCE claim 1 [1] study", "RETRACTED_REFERENCE claim 2 [1]",
                "RETRACTED_REFERENCE [3]");
        TestArticle corrected = article("corrected");
        corrected.reference(1).put("updateStatus", "CORRECTED");
        corrected.reference(2).put("updateStatus", "EXPRESSION_OF_CONCERN");
        assertFindings(corrected.importIt(), "EXPRESSION_OF_CONCERN claim 2 [2] study");
    }
}
