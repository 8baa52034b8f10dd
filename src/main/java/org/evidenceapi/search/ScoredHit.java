package org.evidenceapi.search;

import java.util.UUID;

/** A match as an engine ranks it: relevance descending, then kind, then id, which makes the order total. */
public record ScoredHit(SearchKind kind, UUID id, float score) {
}
