package org.evidenceapi.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a client stands in the feed: after the entry at (sequence, type, id), in entry order, and whether it is
 * still making its first copy (which skips what readers can no longer see). Opaque to clients.
 */
record SyncToken(boolean initial, long sequence, String type, UUID id) {
    private static final String VERSION = "c1";
    /** Before everything: where a first sync starts. */
    static final SyncToken START = new SyncToken(true, 0, "", new UUID(0, 0));

    String encode() {
        String text = String.join(":", VERSION, initial ? "i" : "d", Long.toString(sequence), type, id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token, or empty when it is not one this service handed out. */
    static Optional<SyncToken> decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION) || !(parts[1].equals("i") || parts[1].equals("d"))) {
                return Optional.empty();
            }
            return Optional.of(new SyncToken(parts[1].equals("i"), Long.parseLong(parts[2]), parts[3],
                    UUID.fromString(parts[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    SyncToken after(ChangeEntry entry) {
        return new SyncToken(initial, entry.sequence(), entry.type().name(), entry.id());
    }

    /** Caught up: from here on the client hears of removals too. */
    SyncToken caughtUp() {
        return new SyncToken(false, sequence, type, id);
    }
}
