package org.evidenceapi.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.editing.KindRules;
import org.evidenceapi.editing.Edits;

/** How topics are edited: a slug is one topic's; a topic articles are still filed under stays. */
@ApplicationScoped
class TopicRules extends KindRules<IdOrSlug, TopicInput, TopicView, Topic> {
    @Inject
    TopicRepository topics;
    @Inject
    TopicService reads;

    TopicRules() {
        super("topic", TopicInput.class, Topic.class, TopicView::id);
    }

    @Override
    public TopicView read(IdOrSlug key) {
        return reads.get(key);
    }

    @Override
    public TopicInput asInput(TopicView now) {
        return new TopicInput(now.slug(), now.name(), now.description());
    }

    @Override
    public void refuseConflicts(TopicInput input, Topic row) {
        Edits.refuseTaken("slug", topics.findBySlug(input.slug()), row == null ? null : row.id,
                "Another topic has the slug '" + input.slug() + "'.");
    }

    @Override
    public void apply(Topic topic, TopicInput in) {
        topic.slug = in.slug();
        topic.name = in.name();
        topic.description = in.description();
    }

    @Override
    public TopicView view(Topic topic) {
        return TopicView.of(topic);
    }

    @Override
    public Optional<String> stillUsed(Topic topic) {
        List<String> articles = topics.articlesFiledUnder(topic.id);
        return articles.isEmpty() ? Optional.empty() : Optional.of("Articles are filed under the topic: "
                + String.join(", ", articles) + ". Remove it from those articles first.");
    }
}
