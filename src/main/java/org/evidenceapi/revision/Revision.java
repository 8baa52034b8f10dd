package org.evidenceapi.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change to the content, whoever made it: Envers writes one row per transaction that audits. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthorship.class)
public class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The token's subject, or {@link RevisionAuthorship#SYSTEM} for the service's own writes (demo content). */
    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;

    /** Why the change was made, when that had to be said (a publish override's reason); else null. */
    @Column(name = "note", length = RevisionNote.MAX_LENGTH)
    public String note;
}
