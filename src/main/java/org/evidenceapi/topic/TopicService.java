package org.evidenceapi.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditCycle;

/** Reads and edits topics; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class TopicService {
    @Inject
    TopicRepository topics;
    @Inject
    TopicRules rules;
    @Inject
    EditCycle edits;

    @ReadOnlyTransaction
    public TopicPage list(PageRequest<Topic> request) {
        PageSlice<Topic> slice = topics.page(request);
        return new TopicPage(slice.map(TopicView::of), slice.page());
    }

    @ReadOnlyTransaction
    public TopicView get(IdOrSlug key) {
        return topics.find(key).map(TopicView::of)
                .orElseThrow(() -> ProblemException.notFound("No topic has the id or slug '" + key + "'."));
    }

    public TopicView create(TopicInput input) {
        return edits.create(rules, input);
    }

    public TopicView replace(IdOrSlug key, TopicInput input, String ifMatch) {
        return edits.replace(rules, key, input, ifMatch);
    }

    public TopicView patch(IdOrSlug key, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return edits.patch(rules, key, patch, ifMatch);
    }

    public void delete(IdOrSlug key, String ifMatch) {
        edits.delete(rules, key, ifMatch);
    }
}
