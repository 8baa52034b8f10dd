package org.evidenceapi.caching;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a read whose anonymous answer depends only on its URL, its Accept header and the content version (the
 * number of the last change committed), so {@link PublicResponseCache} may keep it and answer the same request
 * again until the content changes. Not for reads of anything that is not audited content (e.g. reader comments).
 */
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface VersionedContent {
}
