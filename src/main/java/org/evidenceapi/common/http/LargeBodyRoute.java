package org.evidenceapi.common.http;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * A route that takes a larger body than the service's limit (evidence.max-body-size), under a setting of its own:
 * a bean of this type makes {@link BodySizeLimit} hold that route to {@link #limit()} instead. Its body is not
 * buffered: the resource streams it and must itself stop reading past the limit (see {@link BoundedBody}).
 */
public interface LargeBodyRoute {
    String method();

    /** The request path, exactly (no template). */
    String path();

    MemorySize limit();

    /** The limit as configured, such as 200M: what the 413 tells the client. */
    String shownLimit();

    /** The setting that configures it, named in the 413. */
    String setting();

    default String tooLarge() {
        return "The request body is larger than this route accepts (" + shownLimit() + ", set by " + setting() + ").";
    }
}
