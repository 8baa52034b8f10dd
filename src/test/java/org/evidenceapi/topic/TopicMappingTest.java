package org.evidenceapi.topic;

import static org.evidenceapi.common.persistence.SavedRows.saved;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The topic's mapping, without a database. It lives in the edit rules (apply, asInput) and the view; those hooks
 * use nothing injected, so the rules are built by hand.
 */
@Tag("unit")
class TopicMappingTest {
    private final TopicRules rules = new TopicRules();

    @Test
    void anInputComesBackAsWrittenThroughTheEntityAndTheView() {
        TopicInput input = new TopicInput("acupuncture", "Acupuncture", "Needles, and what trials say of them.");

        assertEquals(input, rules.asInput(stored(input, new Topic())));
    }

    @Test
    void anAbsentDescriptionStaysAbsent() {
        TopicInput input = new TopicInput("acupuncture", "Acupuncture", null);

        assertEquals(input, rules.asInput(stored(input, new Topic())));
    }

    @Test
    void theViewAddsTheId() {
        Topic topic = saved(new Topic());

        assertEquals(topic.id, stored(new TopicInput("acupuncture", "Acupuncture", null), topic).id());
    }

    /** The input applied to the topic as the edit cycle applies it, read back as GET answers it. */
    private TopicView stored(TopicInput input, Topic topic) {
        rules.apply(topic, input);
        return rules.view(topic);
    }
}
