package org.evidenceapi.integrity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Number of findings of each severity.")
public record FindingCounts(
        @Schema(examples = "5") int error,
        @Schema(examples = "22") int warning,
        @Schema(examples = "7") int info) {

    static FindingCounts of(List<Finding> findings) {
        return new FindingCounts(count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO));
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
