package org.evidenceapi.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;

/** Creates, changes and removes authors; an author still named by an article cannot be removed. */
@ApplicationScoped
public class AuthorWriter {
    @Inject
    AuthorRepository authors;
    @Inject
    AuthorService reads;
    @Inject
    Edits edits;

    @Transactional
    public AuthorView create(AuthorInput input) {
        edits.validate("author", input, List.of());
        requireFreeSlug(input.slug(), null);
        Author author = new Author();
        apply(author, input);
        author.persist();
        return AuthorView.of(author);
    }

    @Transactional
    public AuthorView replace(IdOrSlug key, AuthorInput input, String ifMatch) {
        Author author = current(key, ifMatch);
        edits.validate("author", input, List.of());
        requireFreeSlug(input.slug(), author.id);
        apply(author, input);
        authors.flush();
        return AuthorView.of(author);
    }

    @Transactional
    public AuthorView patch(IdOrSlug key, JsonNode patch, String ifMatch) throws JsonProcessingException {
        AuthorView now = reads.get(key);
        AuthorInput current = new AuthorInput(now.slug(), now.name(), now.credentials(), now.bio());
        return replace(key, edits.merge(current, patch, AuthorInput.class), ifMatch);
    }

    @Transactional
    public void delete(IdOrSlug key, String ifMatch) {
        Author author = current(key, ifMatch);
        List<String> articles = authors.getEntityManager().createQuery("select a.slug from Article a join a.authors au "
                + "where au.id = :id order by a.slug", String.class).setParameter("id", author.id).getResultList();
        if (!articles.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "The author is named by " + articles.size()
                    + " article(s): " + String.join(", ", articles) + ". Remove them from those articles first.", null);
        }
        author.delete();
    }

    private Author current(IdOrSlug key, String ifMatch) {
        AuthorView view = reads.get(key);
        edits.requireCurrent(ifMatch, view);
        return authors.findById(view.id());
    }

    private static void apply(Author author, AuthorInput in) {
        author.slug = in.slug();
        author.name = in.name();
        author.bio = in.bio();
        author.credentials = new ArrayList<>(in.credentials() == null ? List.of() : in.credentials());
    }

    private void requireFreeSlug(String slug, UUID self) {
        authors.findBySlug(slug).filter(other -> !Objects.equals(other.id, self)).ifPresent(other -> {
            throw Edits.conflict("slug", "Another author has the slug '" + slug + "'.");
        });
    }
}
