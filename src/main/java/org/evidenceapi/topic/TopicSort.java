package org.evidenceapi.topic;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values listTopics' sort parameter takes, as the contract names them: the keys of {@link TopicRepository#SORTS},
 * each ascending or, after '-', descending. A type only for the OpenAPI document, which ParameterContractTest holds
 * to what the service accepts.
 */
@Schema(name = "TopicSort", type = SchemaType.STRING, defaultValue = "name",
        description = "The order of listTopics: a sort key, ascending, or descending after '-'.",
        enumeration = {"name", "-name", "createdAt", "-createdAt"})
public final class TopicSort {
    private TopicSort() {
    }
}
