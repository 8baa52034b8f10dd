package org.evidenceapi.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.common.persistence.ContentEntity;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.StudySummary;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;

/** One checkable statement of an article, with the [n] numbers it cites and the studies behind it. */
@Entity
@Audited
public class Claim extends ContentEntity {
    /** The article the claim belongs to, by id: the claim package knows articles only by their id. */
    @Column(name = "article_id", nullable = false, updatable = false)
    public UUID articleId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 2000)
    public String statement;

    @Column(name = "section_heading", length = 300)
    public String sectionHeading;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EvidenceScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Certainty certainty;

    @ElementCollection
    @CollectionTable(name = "claim_citation", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "reference_number", nullable = false)
    public List<Integer> citations = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "claim_study", joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<StudySummary> studies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_certainty_factor", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<CertaintyFactorColumns> certaintyFactors = new ArrayList<>();
}
