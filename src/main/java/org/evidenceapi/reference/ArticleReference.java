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
import org.evidenceapi.article.Article;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An entry of an article's bibliography: the shared reference and the number [n] it has in that article. */
@Entity
@Audited
@Table(name = "article_reference")
public class ArticleReference extends PanacheEntityBase {
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    /** The article's id, readable without loading the article. */
    @NotAudited
    @Column(name = "article_id", insertable = false, updatable = false)
    public UUID articleId;

    @Column(name = "citation_number", nullable = false)
    public int citationNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reference_id")
    public Reference reference;
}
