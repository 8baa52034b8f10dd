package org.evidenceapi.revision;

import org.hibernate.envers.RevisionType;

/** What a revision did to the resource as a whole. */
public enum RevisionChange {
    CREATED, UPDATED, DELETED;

    public static RevisionChange of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> UPDATED;
            case DEL -> DELETED;
        };
    }
}
