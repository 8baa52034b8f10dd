package org.evidenceapi.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.http.Params.IdOrSlug;
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
        return page(topics.page(request), TopicPage::new);
    }

    @ReadOnlyTransaction
    public TopicView get(IdOrSlug key) {
        return found(topics.find(key), key);
    }

    @Override
    protected TopicRules rules() {
        return rules;
    }
}
