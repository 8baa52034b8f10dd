package org.evidenceapi.importing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.evidenceapi.article.ArticleInput;
import org.evidenceapi.author.AuthorInput;
import org.evidenceapi.reference.ReferenceInput;
import org.evidenceapi.topic.TopicInput;

/**
 * One article with everything it needs, as a single JSON document: the format of the demo content
 * and of the whole-article import. References are listed in citation order (the first is [1]);
 * claims cite them by that number and link study summaries by their document-local {@code key}.
 */
public record ArticleDocument(
        @NotNull @Valid ArticleInput article,
        List<@Valid AuthorInput> authors,
        List<@Valid TopicInput> topics,
        List<@Valid ReferenceInput> references,
        List<@Valid DocumentStudy> studies,
        List<@Valid DocumentClaim> claims) {

    public ArticleDocument {
        authors = authors == null ? List.of() : authors;
        topics = topics == null ? List.of() : topics;
        references = references == null ? List.of() : references;
        studies = studies == null ? List.of() : studies;
        claims = claims == null ? List.of() : claims;
    }
}
