package org.evidenceapi.caching;

import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An anonymous 200 answer as it left the resource and its filters: the headers that belong to the representation
 * (not to the exchange, such as the request id), the body, the content version it was made from and the cache
 * tags of what it shows.
 *
 * @param template the route template the metrics file the request under
 * @param tags     as its Surrogate-Key header names them; none: it may show anything
 */
record PublicResponse(long version, Set<String> tags, String entityTag, String template,
        List<Map.Entry<String, String>> headers, Buffer body) implements TaggedCache.Entry {

    int weight() {
        return body.length() + 64 * headers.size();
    }
}
