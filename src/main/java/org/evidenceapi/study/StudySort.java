package org.evidenceapi.study;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values listStudies' sort parameter takes, as the contract names them: the keys of {@link StudyRepository#SORTS},
 * each ascending or, after '-', descending. A type only for the OpenAPI document, which ParameterContractTest holds
 * to what the service accepts.
 */
@Schema(name = "StudySort", type = SchemaType.STRING, defaultValue = "createdAt",
        description = "The order of listStudies: a sort key, ascending, or descending after '-'.",
        enumeration = {"createdAt", "-createdAt", "title", "-title"})
public final class StudySort {
    private StudySort() {
    }
}
