package org.evidenceapi.author;

import static org.evidenceapi.common.persistence.SavedRows.saved;
import static org.evidenceapi.common.persistence.SavedRows.stamps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The author's mapping, without a database. It lives in the edit rules (apply, asInput) and the view; those
 * hooks use nothing injected, so the rules are built by hand.
 */
@Tag("unit")
class AuthorMappingTest {
    private final AuthorRules rules = new AuthorRules();

    @Test
    void anInputComesBackAsWrittenThroughTheEntityAndTheView() {
        AuthorInput input = new AuthorInput("margaux-loyer", "Margaux Loyer", List.of("PhD", "MSc Epidemiology"),
                "Writes about pain.");

        assertEquals(input, rules.asInput(stored(input, new Author())));
    }

    @Test
    void absentCredentialsComeBackEmpty() {
        AuthorInput input = new AuthorInput("margaux-loyer", "Margaux Loyer", null, null);

        assertEquals(new AuthorInput("margaux-loyer", "Margaux Loyer", List.of(), null),
                rules.asInput(stored(input, new Author())));
    }

    @Test
    void theViewAddsWhatTheServerSets() {
        Author author = saved(new Author());

        AuthorView view = stored(new AuthorInput("margaux-loyer", "Margaux Loyer", List.of(), null), author);

        assertEquals(stamps(author), List.of(view.id(), view.createdAt(), view.updatedAt()));
    }

    /** The input applied to the author as the edit cycle applies it, read back as GET answers it. */
    private AuthorView stored(AuthorInput input, Author author) {
        rules.apply(author, input);
        return rules.view(author);
    }
}
