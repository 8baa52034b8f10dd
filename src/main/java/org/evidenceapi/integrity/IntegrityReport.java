package org.evidenceapi.integrity;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What is wrong with an article's citations, references and evidence: every finding, errors "
        + "first, then warnings, then information; within a severity by rule, then in article order.")
public record IntegrityReport(
        UUID articleId,
        FindingCounts counts,
        List<Finding> findings) {
}
