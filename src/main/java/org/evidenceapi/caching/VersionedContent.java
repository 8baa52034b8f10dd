package org.evidenceapi.caching;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a read whose anonymous answer depends only on its URL, its Accept header and the audited content, so
 * {@link PublicResponseCache} may keep it and answer the same request again until a change names one of the cache
 * tags its path gives it (Surrogate-Key); an answer without tags is dropped by any change. Not for reads of
 * anything that is not audited content (e.g. reader comments).
 */
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface VersionedContent {
}
