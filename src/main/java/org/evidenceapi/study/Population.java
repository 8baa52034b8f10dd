package org.evidenceapi.study;

import jakarta.validation.constraints.Size;

/** Who was studied; {@code species} is HUMAN or the animal (e.g. RAT). */
public record Population(
        @Size(max = 2000) String description,
        @Size(max = 300) String condition,
        @Size(max = 100) String species) {

    /** The stored columns as a representation shows them: none at all is no population, not an empty one. */
    public static Population of(PopulationColumns p) {
        if (p == null || p.description == null && p.condition == null && p.species == null) {
            return null;
        }
        return new Population(p.description, p.condition, p.species);
    }
}
