package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import java.util.ArrayList;
import java.util.List;
import org.evidenceapi.author.Author;
import org.evidenceapi.author.AuthorView;
import org.evidenceapi.claim.ClaimView;
import org.evidenceapi.common.persistence.Timestamps;
import org.evidenceapi.reference.CitedReference;
import org.evidenceapi.study.StudyView;
import org.evidenceapi.topic.Topic;
import org.evidenceapi.topic.TopicView;

/**
 * The article's one mapping, each direction once: input onto the entity (edits and the import), entity to the
 * article and to a list's item (reads and the revision history), article back to input (merge patch). A new field
 * is added here and in the records; ArticleMapperTest checks the round trip.
 */
public final class ArticleMapper {
    private ArticleMapper() {
    }

    /**
     * Writes a checked input onto the article, with the authors and topics it names already looked up. publishedAt
     * is the server's: set on first publication, then kept.
     */
    public static void apply(Article a, ArticleInput in, List<Author> authors, List<Topic> topics) {
        if (in.status() == ArticleStatus.PUBLISHED && a.publishedAt == null) {
            a.publishedAt = Timestamps.now();
        }
        a.slug = in.slug();
        a.title = in.title();
        a.subtitle = in.subtitle();
        a.series = in.series();
        a.seriesPart = in.seriesPart();
        a.summary = in.summary();
        a.level = in.level();
        a.status = in.status();
        a.labels = new ArrayList<>(orEmpty(in.labels()));
        a.authors = new ArrayList<>(authors);
        a.topics = new ArrayList<>(topics);
        a.readingTimeMinutes = ReadingTime.minutes(in.sections());
        a.updatedAt = Timestamps.now(); // dirties the row even when only the body changes, so version advances
    }

    /** The body's rows, numbered from 1, not yet persisted. */
    public static List<StoredSection> sections(Article article, List<Section> sections) {
        List<StoredSection> rows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            rows.add(ArticleSections.toEntity(article, i + 1, sections.get(i)));
        }
        return rows;
    }

    /** Needs the article's labels, authors and topics loaded; claims, studies and references are null unless
     * included. */
    static ArticleView view(Article a, List<StoredSection> sections, List<ClaimView> claims, List<StudyView> studies,
            List<CitedReference> references) {
        return new ArticleView(a.id, a.slug, a.title, a.subtitle, a.series, a.seriesPart, a.summary, a.level,
                List.copyOf(a.labels), a.status, a.createdAt, a.publishedAt, a.updatedAt, a.version,
                a.readingTimeMinutes, sections.stream().map(ArticleSections::toView).toList(),
                a.authors.stream().map(AuthorView::of).toList(), a.topics.stream().map(TopicView::of).toList(),
                claims, studies, references);
    }

    /** The article's own fields with its labels, authors and topics as read for a list. */
    static ArticleListItem listItem(Article a, ArticleLinks links) {
        return new ArticleListItem(a.id, a.slug, a.title, a.subtitle, a.series, a.seriesPart, a.summary, a.level,
                List.copyOf(links.labels()), a.status, a.createdAt, a.publishedAt, a.updatedAt, a.version,
                a.readingTimeMinutes, List.copyOf(links.authors()), List.copyOf(links.topics()));
    }

    /** The PUT body that gives the article: what a merge patch applies to. */
    static ArticleInput asInput(ArticleView v) {
        return new ArticleInput(v.slug(), v.title(), v.subtitle(), v.series(), v.seriesPart(), v.summary(), v.level(),
                v.labels(), v.status(), v.publishedAt(), v.authors().stream().map(AuthorView::slug).toList(),
                v.topics().stream().map(TopicView::slug).toList(), v.sections());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
