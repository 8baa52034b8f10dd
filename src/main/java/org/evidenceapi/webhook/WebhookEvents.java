package org.evidenceapi.webhook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidenceapi.changes.ChangeOperation;
import org.evidenceapi.changes.ChangedResource;
import org.evidenceapi.changes.ResourceType;
import org.evidenceapi.common.problem.FieldError;

/** The event names an endpoint may ask for, as {@link ChangedResource#event()} makes them, and {@code *} for all. */
final class WebhookEvents {
    static final String ALL = "*";
    /** Every name there is: {@code article.upsert}, ..., {@code topic.delete}. */
    static final Set<String> NAMES = names();

    private WebhookEvents() {
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (ResourceType type : ResourceType.values()) {
            for (ChangeOperation operation : ChangeOperation.values()) {
                names.add(new ChangedResource(type, null, null, operation).event());
            }
        }
        return Set.copyOf(names);
    }

    /** One problem per entry that is no event name, at {@code events[i]}; one for an empty list. */
    static List<FieldError> check(List<String> events) {
        List<FieldError> errors = new ArrayList<>();
        if (events == null || events.isEmpty()) {
            errors.add(new FieldError("events", "must name at least one event, or \"*\" for all"));
            return errors;
        }
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (event == null || !(event.equals(ALL) || NAMES.contains(event))) {
                errors.add(new FieldError("events[" + i + "]",
                        "is not an event name: use \"*\" or one of type.operation, such as article.upsert or reference.delete"));
            }
        }
        return errors;
    }

    static boolean wanted(List<String> events, ChangedResource resource) {
        return events.contains(ALL) || events.contains(resource.event());
    }

    static String join(List<String> events) {
        return String.join(",", new LinkedHashSet<>(events));
    }

    static List<String> parse(String stored) {
        return Arrays.asList(stored.split(","));
    }
}
