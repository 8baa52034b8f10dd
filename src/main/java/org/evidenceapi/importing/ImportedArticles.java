package org.evidenceapi.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch import: every article it wrote, in the order of the batch's documents. */
@Schema(name = "ImportedArticleBatch", description = "The articles a batch import wrote, in the order of the batch's documents.")
public record ImportedArticles(
        @Schema(description = "How many articles were written: always the number of documents sent.", examples = "2")
        int count,
        List<ImportedArticle> articles) {
}
