package org.evidenceapi.study;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.common.persistence.ContentEntity;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.reference.Reference;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A structured summary of one study, reported by one reference; shared by every claim it backs. */
@Entity
@Audited
@Table(name = "study_summary")
public class StudySummary extends ContentEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reference_id")
    public Reference reference;

    /** The reference's id, readable without loading the reference. */
    @NotAudited
    @Column(name = "reference_id", insertable = false, updatable = false)
    public UUID referenceId;

    @Column(nullable = false, length = 500)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public StudyDesign design;

    @Embedded
    public PopulationColumns population = new PopulationColumns();

    public Integer participants;

    @Enumerated(EnumType.STRING)
    @Column(name = "participants_qualifier", length = 20)
    public ParticipantsQualifier participantsQualifier;

    @Column(name = "study_count")
    public Integer studyCount;

    @Column(name = "registry_id", length = 100)
    public String registryId;

    @Column(length = 2000)
    public String intervention;

    @Column(length = 2000)
    public String comparator;

    @Enumerated(EnumType.STRING)
    @Column(name = "control_type", length = 20)
    public ControlType controlType;

    @Column(length = 40)
    public String duration;

    @Column(name = "follow_up", length = 40)
    public String followUp;

    public Integer sessions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Certainty certainty;

    @Column(length = 4000)
    public String notes;

    @ElementCollection
    @CollectionTable(name = "study_outcome", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<OutcomeColumns> outcomes = new ArrayList<>();
}
