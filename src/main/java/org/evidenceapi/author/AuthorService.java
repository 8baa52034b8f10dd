package org.evidenceapi.author;

import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditCycle;

/** Reads and edits authors; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class AuthorService {
    @Inject
    AuthorRepository authors;
    @Inject
    AuthorRules rules;
    @Inject
    EditCycle edits;

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

    public AuthorView create(AuthorInput input) {
        return edits.create(rules, input);
    }

    public AuthorView replace(IdOrSlug key, AuthorInput input, String ifMatch) {
        return edits.replace(rules, key, input, ifMatch);
    }

    public AuthorView patch(IdOrSlug key, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return edits.patch(rules, key, patch, ifMatch);
    }

    public void delete(IdOrSlug key, String ifMatch) {
        edits.delete(rules, key, ifMatch);
    }
}
