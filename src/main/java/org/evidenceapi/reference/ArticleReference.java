package org.evidenceapi.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

/** An entry of an article's bibliography: the shared reference and the number [n] it has in that article. */
@Entity
@Audited
@Table(name = "article_reference")
public class ArticleReference extends PanacheEntityBase {
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** The article whose bibliography this entry is, by id: the reference package knows articles only by id. */
    @Column(name = "article_id", nullable = false, updatable = false)
    public UUID articleId;

    @Column(name = "citation_number", nullable = false)
    public int citationNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reference_id")
    public Reference reference;
}
