package org.evidenceapi.reference;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values listReferences' sort parameter takes, as the contract names them: the keys of {@link ReferenceRepository#SORTS},
 * each ascending or, after '-', descending. A type only for the OpenAPI document, which ParameterContractTest holds
 * to what the service accepts.
 */
@Schema(name = "ReferenceSort", type = SchemaType.STRING, defaultValue = "createdAt",
        description = "The order of listReferences: a sort key, ascending, or descending after '-'.",
        enumeration = {"createdAt", "-createdAt", "title", "-title"})
public final class ReferenceSort {
    private ReferenceSort() {
    }
}
