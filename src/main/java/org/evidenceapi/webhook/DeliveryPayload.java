package org.evidenceapi.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.changes.ChangeOperation;
import org.evidenceapi.changes.ChangedResource;
import org.evidenceapi.changes.ContentChanged;
import org.evidenceapi.changes.ResourceType;
import org.evidenceapi.common.http.ApiPaths;

/**
 * The body of a delivery, in the Standard Webhooks envelope {@code {type, timestamp, data}}: the changes an endpoint
 * asked for, and every cache tag the change made stale (a CDN purging by tag needs them all, whichever events the
 * endpoint wants). Written once, when the delivery is queued; retries send the same bytes.
 */
record DeliveryPayload(String type, Instant timestamp, Data data) {
    static final String TYPE = "content.changed";

    record Data(long sequence, List<Change> changes, List<String> cacheTags) {
    }

    /** One changed resource; {@code href} is where it is read, from the API's root; {@code slug} absent without one. */
    record Change(ResourceType type, UUID id, String slug, ChangeOperation operation, String event, String href) {
        static Change of(ChangedResource resource) {
            return new Change(resource.type(), resource.id(), resource.slug(), resource.operation(), resource.event(),
                    ApiPaths.V1 + resource.path());
        }
    }

    static DeliveryPayload of(ContentChanged change, List<ChangedResource> wanted) {
        return new DeliveryPayload(TYPE, change.changedAt(), new Data(change.sequence(),
                wanted.stream().map(Change::of).toList(), change.cacheTags()));
    }

    String json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery payload is plain records and always serialises", e);
        }
    }
}
