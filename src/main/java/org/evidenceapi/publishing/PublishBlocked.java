package org.evidenceapi.publishing;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.evidenceapi.common.problem.ProblemException;

/** The publish gate's refusal: a 409 listing the findings in the way. Thrown inside the write's transaction. */
class PublishBlocked extends ProblemException {
    private final transient List<BlockingFinding> findings;

    PublishBlocked(List<String> articles, List<BlockingFinding> findings) {
        super(Status.CONFLICT, "Publishing " + String.join(", ", articles) + " would put " + findings.size()
                + " integrity error(s) before readers (see findings). Fix them, or have an admin publish with "
                + "publishOverride=<reason>; nothing was written.", null);
        this.findings = List.copyOf(findings);
    }

    List<BlockingFinding> findings() {
        return findings;
    }
}
