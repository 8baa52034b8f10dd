package org.evidenceapi.claim;

import java.util.List;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;

/** What a claim says, whichever way it arrives: on its own or inside an article document. */
public interface ClaimFields {
    String statement();

    String sectionHeading();

    List<Integer> citations();

    EvidenceScope scope();

    ClaimDirection direction();

    Certainty certainty();

    List<CertaintyFactor> certaintyFactors();
}
