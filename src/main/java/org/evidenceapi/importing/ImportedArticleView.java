package org.evidenceapi.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.article.ArticleView;

/**
 * The answer to a single import: the article's fields exactly as GET answers them, so clients that read the
 * article from the 201 keep working, and beside them the {@code import} object.
 */
@Schema(name = "ImportedArticle", description = "The imported article, with the fields of Article as GET /articles/{idOrSlug} answers them, "
        + "and what the import did with the document in import.")
public record ImportedArticleView(
        @JsonUnwrapped ArticleView article,
        @JsonProperty("import") ImportReport report) {
}
