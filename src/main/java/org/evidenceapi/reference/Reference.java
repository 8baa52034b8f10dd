package org.evidenceapi.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evidenceapi.common.persistence.ContentEntity;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;

/** A paper or other source, shared by every article that cites it; identified by DOI, else PMID, else PMCID. */
@Entity
@Audited
@Table(name = "bib_reference")
public class Reference extends ContentEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ReferenceType type;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(name = "container_title", length = 500)
    public String containerTitle;

    @Column(length = 50)
    public String volume;

    @Column(length = 50)
    public String issue;

    @Column(length = 50)
    public String pages;

    @Column(name = "article_number", length = 50)
    public String articleNumber;

    @Column(name = "pub_year")
    public Integer year;

    @Column(length = 300)
    public String doi;

    /** The DOI lower-cased: DOIs are case-insensitive, so this is what uniqueness and lookups use. */
    @Column(name = "doi_key", length = 300, unique = true)
    public String doiKey;

    @Column(length = 20, unique = true)
    public String pmid;

    @Column(length = 20, unique = true)
    public String pmcid;

    @Column(length = 20)
    public String issn;

    @Column(length = 2000)
    public String url;

    @Column(length = 35)
    public String language;

    @Column(name = "peer_reviewed")
    public Boolean peerReviewed;

    @Column(name = "accessed_at")
    public LocalDate accessedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "update_status", nullable = false, length = 30)
    public UpdateStatus updateStatus = UpdateStatus.NONE;

    /** DOI of the published notice that set {@link #updateStatus} (Retraction Watch); null when a person set it. */
    @Column(name = "update_notice_doi", length = 300)
    public String updateNoticeDoi;

    /** Date of that notice; non-null exactly when a notice, not an editor or an import, set the status. */
    @Column(name = "update_notice_date")
    public LocalDate updateNoticeDate;

    @Column(length = 4000)
    public String notes;

    @ElementCollection
    @CollectionTable(name = "reference_author", joinColumns = @JoinColumn(name = "reference_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<ReferenceName> authors = new ArrayList<>();

    /**
     * The status as an editor or an article import sets it. A changed status is no longer the notice's, so the
     * notice is forgotten: only a status a notice set may later be lowered by a reinstatement notice.
     */
    public void setStatusByHand(UpdateStatus status) {
        if (status != updateStatus) {
            updateStatus = status;
            updateNoticeDoi = null;
            updateNoticeDate = null;
        }
    }
}
