package org.evidenceapi.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.evidenceapi.article.ArticleInput;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.article.Block;
import org.evidenceapi.article.BlockType;
import org.evidenceapi.article.Level;
import org.evidenceapi.article.Section;
import org.evidenceapi.author.AuthorInput;
import org.evidenceapi.claim.CertaintyDomain;
import org.evidenceapi.claim.CertaintyFactor;
import org.evidenceapi.claim.ConcernRating;
import org.evidenceapi.claim.EvidenceScope;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.reference.ReferenceAuthor;
import org.evidenceapi.reference.ReferenceInput;
import org.evidenceapi.reference.ReferenceType;
import org.evidenceapi.study.Effect;
import org.evidenceapi.study.EffectMetric;
import org.evidenceapi.study.Outcome;
import org.evidenceapi.study.OutcomeDirection;
import org.evidenceapi.study.Population;
import org.evidenceapi.study.SampleSize;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.topic.TopicInput;

/**
 * Builds article documents for tests: {@code claims} claims, each citing one of {@code references} references
 * and linking one study. Identifiers derive from {@code slug}, so each document's papers are new to the library.
 */
public final class TestDocuments {
    private TestDocuments() {
    }

    public static ArticleDocument article(String slug, int claims, int references) {
        return article(slug, claims, references, ArticleStatus.PUBLISHED);
    }

    public static ArticleDocument article(String slug, int claims, int references, ArticleStatus status) {
        int seed = Math.abs(slug.hashCode() % 100_000);
        List<ReferenceInput> refs = IntStream.rangeClosed(1, references).mapToObj(n -> reference(seed, slug, n)).toList();
        int studyCount = Math.min(references, claims);
        List<DocumentStudy> studies = IntStream.rangeClosed(1, studyCount).mapToObj(TestDocuments::study).toList();
        List<DocumentClaim> claimInputs = IntStream.rangeClosed(1, claims)
                .mapToObj(n -> claim(n, ((n - 1) % references) + 1, "s" + (((n - 1) % studyCount) + 1)))
                .toList();
        ArticleInput article = new ArticleInput(slug, "Test article " + slug, null, null, null, "A test article.",
                Level.INTERMEDIATE, List.of("Test"), status, null, List.of("test-author"), List.of("test-topic"),
                List.of(new Section("Body", List.of(
                        new Block(BlockType.PARAGRAPH, "Some words about " + slug + ".", null, null, null, null, null),
                        new Block(BlockType.LIST, null, List.of("one", "two"), null, null, null, null)))));
        return new ArticleDocument(article,
                List.of(new AuthorInput("test-author", "Test Author", List.of("PhD"), "Writes tests.")),
                List.of(new TopicInput("test-topic", "Test topic", "Things tests are about.")),
                new ArrayList<>(refs), studies, claimInputs);
    }

    private static ReferenceInput reference(int seed, String slug, int n) {
        return new ReferenceInput(ReferenceType.JOURNAL_ARTICLE,
                List.of(new ReferenceAuthor("Author" + n, "A.", null)), 2020, "Paper " + n + " for " + slug,
                "Journal of Tests", "1", "2", "10-20", null, "10.5555/" + slug + "." + n, null, null, null, null,
                null, true, null, null, null);
    }

    private static DocumentStudy study(int n) {
        return new DocumentStudy("s" + n, n, "Trial " + n, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
                new Population("Adults", "Pain", "HUMAN"), new SampleSize(100 + n, null, null), null,
                "Acupuncture", "Sham", null, "P4W", null, 8,
                List.of(new Outcome("pain", "NRS 0–10", "4 weeks",
                        new Effect(EffectMetric.MEAN_DIFFERENCE, -1.0, "points", -1.5, -0.5, 0.95, 0.01, null, null),
                        true, OutcomeDirection.FAVOURS_INTERVENTION, null)),
                Certainty.MODERATE, null);
    }

    private static DocumentClaim claim(int n, int citation, String studyKey) {
        return new DocumentClaim("Claim number " + n + ".", "Body", List.of(citation), List.of(studyKey),
                EvidenceScope.HUMAN, ClaimDirection.BENEFIT, Certainty.MODERATE,
                List.of(new CertaintyFactor(CertaintyDomain.IMPRECISION, ConcernRating.SERIOUS, "Small trials.")));
    }
}
