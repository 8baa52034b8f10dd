package org.evidenceapi.study;

import jakarta.validation.constraints.Size;

/** Who was studied; {@code species} is HUMAN or the animal (e.g. RAT). */
public record Population(
        @Size(max = 2000) String description,
        @Size(max = 300) String condition,
        @Size(max = 100) String species) {
}
