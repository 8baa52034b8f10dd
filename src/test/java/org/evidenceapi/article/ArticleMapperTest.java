package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.util.List;
import org.evidenceapi.author.AuthorRef;
import org.evidenceapi.topic.TopicRef;
import org.evidenceapi.author.Author;
import org.evidenceapi.topic.Topic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The article's mapping, without a database: every field an editor writes comes back as written. */
@Tag("unit")
class ArticleMapperTest {
    private static final List<Section> BODY = List.of(
            new Section(null, List.of(new Block(BlockType.PARAGRAPH, "Acupuncture is old.", null, null, null, null,
                    null))),
            new Section("Findings", List.of(
                    new Block(BlockType.LIST, null, List.of("pain", "nausea"), null, null, null, null),
                    new Block(BlockType.FIGURE, null, null, "Effect sizes", "A forest plot",
                            "https://example.org/plot.png", null),
                    new Block(BlockType.QUOTE, "It helps a little.", null, null, null, null, "A reviewer"))));

    @Test
    void anInputComesBackAsWrittenThroughTheEntityAndTheView() {
        ArticleInput input = input(ArticleStatus.DRAFT, null);

        assertEquals(input, ArticleMapper.asInput(stored(input, new Article())));
    }

    @Test
    void firstPublicationStampsPublishedAtAndLaterEditsKeepIt() {
        Article article = new Article();
        ArticleView published = stored(input(ArticleStatus.PUBLISHED, null), article);
        assertNotNull(published.publishedAt());

        ArticleInput inReview = input(ArticleStatus.IN_REVIEW, published.publishedAt());
        assertEquals(inReview, ArticleMapper.asInput(stored(inReview, article)));
    }

    @Test
    void aListItemIsTheViewWithoutBody() {
        Article article = new Article();
        ArticleView view = stored(input(ArticleStatus.DRAFT, null), article);
        ArticleListItem item = ArticleMapper.listItem(article, new ArticleLinks(article.labels,
                article.authors.stream().map(a -> new AuthorRef(a.id, a.slug, a.name)).toList(),
                article.topics.stream().map(t -> new TopicRef(t.id, t.slug, t.name)).toList()));

        assertEquals(List.of(view.slug(), view.title(), view.subtitle(), view.series(), view.seriesPart(),
                view.summary(), view.level(), view.labels(), view.status(), view.readingTimeMinutes()),
                List.of(item.slug(), item.title(), item.subtitle(), item.series(), item.seriesPart(), item.summary(),
                        item.level(), item.labels(), item.status(), item.readingTimeMinutes()));
        assertEquals(List.of("margaux-loyer"), item.authors().stream().map(a -> a.slug()).toList());
        assertEquals(List.of("acupuncture"), item.topics().stream().map(t -> t.slug()).toList());
    }

    private static ArticleInput input(ArticleStatus status, Instant publishedAt) {
        return new ArticleInput("acupuncture-part-1", "Does acupuncture help?", "A review", "Acupuncture", 1,
                "What trials say.", Level.INTERMEDIATE, List.of("Evidence based"), status, publishedAt,
                List.of("margaux-loyer"), List.of("acupuncture"), BODY);
    }

    /** The input applied to the article and read back as GET answers it. */
    private static ArticleView stored(ArticleInput input, Article article) {
        ArticleMapper.apply(article, input, List.of(author()), List.of(topic()));
        return ArticleMapper.view(article, ArticleMapper.sections(article, input.sections()), null, null, null);
    }

    private static Author author() {
        Author author = new Author();
        author.slug = "margaux-loyer";
        author.name = "Margaux Loyer";
        return author;
    }

    private static Topic topic() {
        Topic topic = new Topic();
        topic.slug = "acupuncture";
        topic.name = "Acupuncture";
        return topic;
    }
}
