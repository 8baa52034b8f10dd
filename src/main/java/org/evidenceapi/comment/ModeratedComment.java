package org.evidenceapi.comment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One comment as a moderator reads it, e-mail included. Only GET /comments/{id} answers this.")
public record ModeratedComment(UUID id, UUID articleId, String authorName, String email, String body,
        CommentStatus status, Instant createdAt, Instant updatedAt) {

    public static ModeratedComment of(Comment c) {
        return new ModeratedComment(c.id, c.articleId, c.authorName, c.email, c.body, c.status, c.createdAt,
                c.updatedAt);
    }

    @Override
    public String toString() {
        return "ModeratedComment[" + id + ", " + status + "]";
    }
}
