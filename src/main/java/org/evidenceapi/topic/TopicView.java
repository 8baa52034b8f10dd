package org.evidenceapi.topic;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Topic", description = "A subject articles are filed under.")
public record TopicView(UUID id, @Schema(examples = "acupuncture") String slug,
        @Schema(examples = "Acupuncture") String name,
        @Schema(description = "Absent when the topic has none.") String description) {

    public static TopicView of(Topic topic) {
        return new TopicView(topic.id, topic.slug, topic.name, topic.description);
    }
}
