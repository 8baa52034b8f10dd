package org.evidenceapi.search;

import java.util.Set;
import java.util.UUID;

/** Articles (with their claims and bibliographies) and study summaries a committed transaction changed. */
public record SearchChanges(Set<UUID> articles, Set<UUID> studies) {
}
