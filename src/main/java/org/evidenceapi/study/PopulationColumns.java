package org.evidenceapi.study;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class PopulationColumns {
    @Column(name = "population_description", length = 2000)
    public String description;

    @Column(name = "population_condition", length = 300)
    public String condition;

    @Column(name = "population_species", length = 100)
    public String species;
}
