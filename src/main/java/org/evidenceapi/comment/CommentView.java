package org.evidenceapi.comment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Comment", description = "A reader's comment as the public sees it: never with the e-mail.")
public record CommentView(UUID id, UUID articleId, String authorName, String body, CommentStatus status,
        Instant createdAt) {

    public static CommentView of(Comment c) {
        return new CommentView(c.id, c.articleId, c.authorName, c.body, c.status, c.createdAt);
    }
}
