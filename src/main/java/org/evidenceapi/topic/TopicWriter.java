package org.evidenceapi.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;

/** Creates, changes and removes topics; a topic articles are still filed under cannot be removed. */
@ApplicationScoped
public class TopicWriter {
    @Inject
    TopicRepository topics;
    @Inject
    TopicService reads;
    @Inject
    Edits edits;

    @Transactional
    public TopicView create(TopicInput input) {
        edits.validate("topic", input, List.of());
        requireFreeSlug(input.slug(), null);
        Topic topic = new Topic();
        apply(topic, input);
        topic.persist();
        return TopicView.of(topic);
    }

    @Transactional
    public TopicView replace(IdOrSlug key, TopicInput input, String ifMatch) {
        Topic topic = current(key, ifMatch);
        edits.validate("topic", input, List.of());
        requireFreeSlug(input.slug(), topic.id);
        apply(topic, input);
        topics.flush();
        return TopicView.of(topic);
    }

    @Transactional
    public TopicView patch(IdOrSlug key, JsonNode patch, String ifMatch) throws JsonProcessingException {
        TopicView now = reads.get(key);
        TopicInput current = new TopicInput(now.slug(), now.name(), now.description());
        return replace(key, edits.merge(current, patch, TopicInput.class), ifMatch);
    }

    @Transactional
    public void delete(IdOrSlug key, String ifMatch) {
        Topic topic = current(key, ifMatch);
        List<String> articles = topics.getEntityManager().createQuery("select a.slug from Article a join a.topics t "
                + "where t.id = :id order by a.slug", String.class).setParameter("id", topic.id).getResultList();
        if (!articles.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "Articles are filed under the topic: "
                    + String.join(", ", articles) + ". Remove it from those articles first.", null);
        }
        topic.delete();
    }

    private Topic current(IdOrSlug key, String ifMatch) {
        TopicView view = reads.get(key);
        edits.requireCurrent(ifMatch, view);
        return topics.findById(view.id());
    }

    private static void apply(Topic topic, TopicInput in) {
        topic.slug = in.slug();
        topic.name = in.name();
        topic.description = in.description();
    }

    private void requireFreeSlug(String slug, UUID self) {
        topics.findBySlug(slug).filter(other -> !Objects.equals(other.id, self)).ifPresent(other -> {
            throw Edits.conflict("slug", "Another topic has the slug '" + slug + "'.");
        });
    }
}
