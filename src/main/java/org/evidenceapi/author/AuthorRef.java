package org.evidenceapi.author;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An author named in an article list item; read /authors/{slug} for the full record.")
public record AuthorRef(UUID id, String slug, String name) {
}
