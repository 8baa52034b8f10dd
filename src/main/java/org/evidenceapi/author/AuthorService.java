package org.evidenceapi.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditingService;

/** Reads and edits authors; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class AuthorService extends EditingService<IdOrSlug, AuthorInput, AuthorView, Author> {
    @Inject
    AuthorRepository authors;
    @Inject
    AuthorRules rules;

    @ReadOnlyTransaction
    public AuthorPage list(PageRequest<Author> request) {
        return page(authors.page(request), AuthorPage::new);
    }

    @ReadOnlyTransaction
    public AuthorView get(IdOrSlug key) {
        return found(authors.findWithCredentials(key), key);
    }

    @Override
    protected AuthorRules rules() {
        return rules;
    }
}
