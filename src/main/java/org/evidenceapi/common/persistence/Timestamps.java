package org.evidenceapi.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision the database keeps (microseconds). A value with nanoseconds would
 * read back different from what a write answered, and so change the representation's ETag.
 */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
