package org.evidenceapi.article;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values listArticles' sort parameter takes, as the contract names them: the keys of {@link ArticleRepository#SORTS},
 * each ascending or, after '-', descending. A type only for the OpenAPI document, which ParameterContractTest holds
 * to what the service accepts.
 */
@Schema(name = "ArticleSort", type = SchemaType.STRING, defaultValue = "-createdAt",
        description = "The order of listArticles: a sort key, ascending, or descending after '-'.",
        enumeration = {"createdAt", "-createdAt", "updatedAt", "-updatedAt", "title", "-title"})
public final class ArticleSort {
    private ArticleSort() {
    }
}
