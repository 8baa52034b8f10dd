package org.evidenceapi.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditingService;

/** Reads and edits topics; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class TopicService extends EditingService<IdOrSlug, TopicInput, TopicView, Topic> {
    @Inject
    TopicRepository topics;
    @Inject
    TopicRules rules;

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

    @Override
    protected TopicRules rules() {
        return rules;
    }
}
