package org.evidenceapi.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.editing.KindRules;
import org.evidenceapi.editing.Edits;

/** How authors are edited: a slug is one author's; an author still named by an article stays. */
@ApplicationScoped
class AuthorRules extends KindRules<IdOrSlug, AuthorInput, AuthorView, Author> {
    @Inject
    AuthorRepository authors;
    @Inject
    AuthorService reads;

    AuthorRules() {
        super("author", AuthorInput.class, Author.class, AuthorView::id);
    }

    @Override
    public AuthorView read(IdOrSlug key) {
        return reads.get(key);
    }

    @Override
    public AuthorInput asInput(AuthorView now) {
        return new AuthorInput(now.slug(), now.name(), now.credentials(), now.bio());
    }

    @Override
    public void refuseConflicts(AuthorInput input, Author row) {
        Edits.refuseTaken("slug", authors.findBySlug(input.slug()), row == null ? null : row.id,
                "Another author has the slug '" + input.slug() + "'.");
    }

    @Override
    public void apply(Author author, AuthorInput in) {
        author.slug = in.slug();
        author.name = in.name();
        author.bio = in.bio();
        author.credentials = new ArrayList<>(in.credentials() == null ? List.of() : in.credentials());
    }

    @Override
    public AuthorView view(Author author) {
        return AuthorView.of(author);
    }

    @Override
    public Optional<String> stillUsed(Author author) {
        List<String> articles = authors.articlesNaming(author.id);
        return articles.isEmpty() ? Optional.empty() : Optional.of("The author is named by " + articles.size()
                + " article(s): " + String.join(", ", articles) + ". Remove them from those articles first.");
    }
}
