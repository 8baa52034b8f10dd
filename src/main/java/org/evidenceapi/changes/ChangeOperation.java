package org.evidenceapi.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "UPSERT: the resource is there to read, new or changed. DELETE: it is gone for this reader "
        + "(deleted, archived, unpublished, or a claim of an article that is no longer published); remove it.")
public enum ChangeOperation {
    UPSERT, DELETE
}
