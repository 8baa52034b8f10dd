package org.evidenceapi.author;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Author", description = "A person who writes articles, with the credentials shown beside their name.")
public record AuthorView(
        UUID id,
        @Schema(examples = "margaux-loyer") String slug,
        @Schema(examples = "Margaux Loyer") String name,
        @Schema(description = "One degree or certificate each, in display order.") List<String> credentials,
        @Schema(description = "Absent when the author has none.") String bio,
        Instant createdAt,
        Instant updatedAt) {

    public static AuthorView of(Author author) {
        return new AuthorView(author.id, author.slug, author.name, List.copyOf(author.credentials), author.bio,
                author.createdAt, author.updatedAt);
    }
}
