package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import java.time.Instant;
import java.util.List;

/**
 * Test fixtures of {@link ArticleInput}: a draft to start from, or a copy of an input, changed one field at a time,
 * so a test names only what it is about instead of restating all thirteen fields.
 */
public final class ArticleInputs {
    private String slug;
    private String title;
    private String subtitle;
    private String series;
    private Integer seriesPart;
    private String summary;
    private Level level;
    private List<String> labels;
    private ArticleStatus status;
    private Instant publishedAt;
    private List<String> authors;
    private List<String> topics;
    private List<Section> sections;

    private ArticleInputs(ArticleInput a) {
        slug = a.slug();
        title = a.title();
        subtitle = a.subtitle();
        series = a.series();
        seriesPart = a.seriesPart();
        summary = a.summary();
        level = a.level();
        labels = a.labels();
        status = a.status();
        publishedAt = a.publishedAt();
        authors = a.authors();
        topics = a.topics();
        sections = a.sections();
    }

    public static ArticleInputs from(ArticleInput input) {
        return new ArticleInputs(input);
    }

    /** A beginner-level draft without labels, authors or topics, whose body is one "Body" section saying "Text.". */
    public static ArticleInputs draft(String slug) {
        Section body = new Section("Body", List.of(new Block(BlockType.PARAGRAPH, "Text.", null, null, null, null,
                null)));
        return new ArticleInputs(new ArticleInput(slug, "Article " + slug, null, null, null, null, Level.BEGINNER,
                List.of(), ArticleStatus.DRAFT, null, List.of(), List.of(), List.of(body)));
    }

    public ArticleInputs withTitle(String title) {
        this.title = title;
        return this;
    }

    public ArticleInputs withSummary(String summary) {
        this.summary = summary;
        return this;
    }

    public ArticleInputs withLevel(Level level) {
        this.level = level;
        return this;
    }

    public ArticleInputs withLabels(List<String> labels) {
        this.labels = labels;
        return this;
    }

    public ArticleInputs withStatus(ArticleStatus status) {
        this.status = status;
        return this;
    }

    /** Slugs (or ids) of the authors, in order. */
    public ArticleInputs withAuthors(String... authors) {
        this.authors = List.of(authors);
        return this;
    }

    /** Slugs (or ids) of the topics, in order. */
    public ArticleInputs withTopics(String... topics) {
        this.topics = List.of(topics);
        return this;
    }

    public ArticleInputs withSections(List<Section> sections) {
        this.sections = sections;
        return this;
    }

    public ArticleInput build() {
        return new ArticleInput(slug, title, subtitle, series, seriesPart, summary, level, labels, status, publishedAt,
                authors, topics, sections);
    }
}
