package org.evidenceapi.changes;

import java.util.UUID;

/** A resource by kind and id: what a change entry is kept under. */
record ResourceKey(ResourceType type, UUID id) {
}
