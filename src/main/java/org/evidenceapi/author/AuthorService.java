package org.evidenceapi.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evidenceapi.common.PageRequest;
import org.evidenceapi.common.PageSlice;
import org.evidenceapi.common.Params.IdOrSlug;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.ReadOnlyTransaction;

@ApplicationScoped
public class AuthorService {
    @Inject
    AuthorRepository authors;

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
}
