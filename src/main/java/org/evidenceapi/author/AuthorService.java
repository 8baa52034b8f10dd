package org.evidenceapi.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
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
        PageSlice<Author> slice = authors.page(request);
        return new AuthorPage(slice.map(AuthorView::of), slice.page());
    }

    @ReadOnlyTransaction
    public AuthorView get(IdOrSlug key) {
        return authors.findWithCredentials(key).map(AuthorView::of)
                .orElseThrow(() -> ProblemException.notFound("No author has the id or slug '" + key + "'."));
    }

    @Override
    protected AuthorRules rules() {
        return rules;
    }
}
