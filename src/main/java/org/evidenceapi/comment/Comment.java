package org.evidenceapi.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.evidenceapi.article.Article;
import org.evidenceapi.common.persistence.ContentEntity;

/** A reader's comment. {@code email} is for moderation only: no public response or log line carries it. */
@Entity
@Table(name = "article_comment")
public class Comment extends ContentEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "article_id", insertable = false, updatable = false)
    public UUID articleId;

    @Column(name = "author_name", nullable = false, length = 100)
    public String authorName;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(nullable = false, length = 5000)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CommentStatus status = CommentStatus.PENDING;

    @Override
    public String toString() {
        return "Comment[" + id + ", " + status + "]";
    }
}
