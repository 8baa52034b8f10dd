package org.evidenceapi.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One author of a paper: a person (family, given) or an organisation (literal). */
@Embeddable
public class ReferenceName {
    @Column(length = 200)
    public String family;

    @Column(length = 200)
    public String given;

    @Column(length = 300)
    public String literal;
}
