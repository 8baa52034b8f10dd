package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import org.evidenceapi.author.Author;
import org.evidenceapi.common.persistence.ContentEntity;
import org.evidenceapi.topic.Topic;
import org.hibernate.annotations.ListIndexBase;
import org.evidenceapi.study.StudySummary;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

/**
 * An article. Its sections, claims and bibliography entries point at it and are queried by article id;
 * its authors and topics are ordered links.
 */
@Entity
@Audited
public class Article extends ContentEntity {
    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 300)
    public String subtitle;

    @Column(length = 200)
    public String series;

    @Column(name = "series_part")
    public Integer seriesPart;

    @Column(length = 2000)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "reading_time_minutes", nullable = false)
    public int readingTimeMinutes;

    @ElementCollection
    @CollectionTable(name = "article_label", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "label", nullable = false, length = 100)
    public List<String> labels = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Author> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Topic> topics = new ArrayList<>();
    /**
     * The study summaries attached to the article (its document's); those its claims link belong to it too.
     * Attaching them is no new version of the article's own fields.
     */
    @ManyToMany
    @OptimisticLock(excluded = true)
    @JoinTable(name = "article_study", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "study_id"))
    public Set<StudySummary> studies = new LinkedHashSet<>();
}
