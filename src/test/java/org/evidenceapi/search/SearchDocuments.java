package org.evidenceapi.search;

import java.util.List;
import org.evidenceapi.article.ArticleInput;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.article.Block;
import org.evidenceapi.article.BlockType;
import org.evidenceapi.article.Level;
import org.evidenceapi.article.Section;
import org.evidenceapi.article.ArticleInputs;
import org.evidenceapi.author.AuthorInput;
import org.evidenceapi.claim.EvidenceScope;
import org.evidenceapi.importing.ArticleDocument;
import org.evidenceapi.importing.DocumentClaim;
import org.evidenceapi.importing.DocumentStudy;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.topic.TopicInput;

/**
 * Article documents for the search tests: a title, a summary and claims given as statement and section heading,
 * filed under a topic of their own (so assertions can filter to them), with the one reference and study summary
 * of a TestDocuments article.
 */
final class SearchDocuments {
    private SearchDocuments() {
    }

    record ClaimText(String statement, String heading, Certainty certainty) {
        ClaimText(String statement, String heading) {
            this(statement, heading, Certainty.MODERATE);
        }
    }

    static ArticleDocument article(String slug, String title, String summary, ArticleStatus status, String studyTitle,
            List<ClaimText> claims) {
        ArticleDocument base = TestDocuments.article(slug, 1, 1);
        DocumentStudy s = base.studies().get(0);
        DocumentStudy study = new DocumentStudy(s.key(), s.referenceNumber(), studyTitle, s.design(), s.population(),
                s.sampleSize(), s.registryId(), s.intervention(), s.comparator(), s.controlType(), s.duration(),
                s.followUp(), s.sessions(), s.outcomes(), s.certainty(), s.notes());
        ArticleInput article = ArticleInputs.draft(slug).withTitle(title).withSummary(summary).withStatus(status)
                .withAuthors(slug + "-author").withTopics(slug).build();
        List<DocumentClaim> documentClaims = claims.stream().map(c -> new DocumentClaim(c.statement(), c.heading(),
                List.of(1), List.of(study.key()), EvidenceScope.HUMAN, ClaimDirection.BENEFIT, c.certainty(),
                List.of())).toList();
        return new ArticleDocument(article, List.of(new AuthorInput(slug + "-author", "Search Tester", List.of(), null)),
                List.of(new TopicInput(slug, "Topic " + slug, null)), base.references(), List.of(study),
                documentClaims);
    }
}
