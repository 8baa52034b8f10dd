package org.evidenceapi.search;

import java.util.List;

/** Finds and ranks hits; PostgreSQL's full-text search or, on H2, an in-process Lucene index. */
public interface SearchEngine {
    /**
     * At most {@code limit} hits in relevance order following {@code after} (null: from the top), or, walking
     * {@code backward}, the hits preceding it, nearest first.
     */
    List<ScoredHit> hits(SearchQuery query, SearchFilter filter, ScoredHit after, boolean backward, int limit);

    /** Gets ready to answer; called once at start. */
    default void open() {
    }

    /** Makes what it holds durable and lets go of it; called once at shutdown. */
    default void close() {
    }

    /** Takes in committed changes to these articles (their claims included) and study summaries. */
    default void changed(SearchChanges changes) {
    }
}
