package org.evidenceapi.caching;

import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;

/**
 * An anonymous 200 answer as it left the resource and its filters: the headers that belong to the representation
 * (not to the exchange, such as the request id), the body, and the content version it was made from.
 *
 * @param template the route template the metrics file the request under
 */
record PublicResponse(long version, String entityTag, String template, List<Map.Entry<String, String>> headers,
        Buffer body) {

    int weight() {
        return body.length() + 64 * headers.size();
    }
}
