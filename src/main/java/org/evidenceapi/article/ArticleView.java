package org.evidenceapi.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.author.AuthorView;
import org.evidenceapi.claim.ClaimView;
import org.evidenceapi.reference.CitedReference;
import org.evidenceapi.study.StudyView;
import org.evidenceapi.topic.TopicView;

@Schema(name = "Article", description = "An article with its body, authors and topics. claims, studies and "
        + "references are present only when named in the include parameter.")
public record ArticleView(
        UUID id,
        @Schema(examples = "health-benefits-of-acupuncture-part-1") String slug,
        @Schema(examples = "What are the health benefits of acupuncture?") String title,
        String subtitle,
        @Schema(examples = "Health benefits of acupuncture") String series,
        @Schema(examples = "1") Integer seriesPart,
        String summary,
        Level level,
        @Schema(examples = "[\"Evidence based\"]") List<String> labels,
        ArticleStatus status,
        @Schema(description = ArticleSummary.CREATED_AT) Instant createdAt,
        Instant publishedAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change to the article.") long version,
        @Schema(description = "Computed from the body's word count at 200 words per minute.", examples = "6")
        int readingTimeMinutes,
        List<Section> sections,
        List<AuthorView> authors,
        List<TopicView> topics,
        List<ClaimView> claims,
        List<StudyView> studies,
        @Schema(description = "The bibliography in citation order; number is the [n] the text uses.")
        List<CitedReference> references) {
}
