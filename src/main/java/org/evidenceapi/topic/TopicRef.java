package org.evidenceapi.topic;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A topic named in an article list item.")
public record TopicRef(UUID id, String slug, String name) {
}
