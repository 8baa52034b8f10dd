package org.evidenceapi.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class CertaintyFactorColumns {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CertaintyDomain domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConcernRating rating;

    @Column(length = 1000)
    public String note;
}
