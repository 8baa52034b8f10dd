package org.evidenceapi.author;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values listAuthors' sort parameter takes, as the contract names them: the keys of {@link AuthorRepository#SORTS},
 * each ascending or, after '-', descending. A type only for the OpenAPI document, which ParameterContractTest holds
 * to what the service accepts.
 */
@Schema(name = "AuthorSort", type = SchemaType.STRING, defaultValue = "name",
        description = "The order of listAuthors: a sort key, ascending, or descending after '-'.",
        enumeration = {"name", "-name", "createdAt", "-createdAt"})
public final class AuthorSort {
    private AuthorSort() {
    }
}
