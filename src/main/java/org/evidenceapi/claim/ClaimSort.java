package org.evidenceapi.claim;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values listClaims' sort parameter takes, as the contract names them: the keys of {@link ClaimRepository#SORTS},
 * each ascending or, after '-', descending. A type only for the OpenAPI document, which ParameterContractTest holds
 * to what the service accepts.
 */
@Schema(name = "ClaimSort", type = SchemaType.STRING, defaultValue = "createdAt",
        description = "The order of listClaims: a sort key, ascending, or descending after '-'.",
        enumeration = {"createdAt", "-createdAt"})
public final class ClaimSort {
    private ClaimSort() {
    }
}
