package org.evidenceapi.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a client stands in the feed: after the entry at (sequence, type, id), in entry order. {@code horizon} is
 * the last number committed when its first sync began: a resource gone by then was never in its copy, so it needs
 * no tombstone; one that changes later reaches it with a later number, tombstone and all. Opaque to clients.
 */
record SyncToken(long sequence, String type, UUID id, long horizon) {
    private static final String VERSION = "c1";

    /** Before everything: where a first sync starts, when {@code head} was the last number committed. */
    static SyncToken start(long head) {
        return new SyncToken(0, "", new UUID(0, 0), head);
    }

    /**
     * At the feed's head: for a client that already holds what it needs (a cache filled by reading), from now on.
     * Entries of the last commit, numbered {@code head}, come once more: applying a change twice is harmless.
     */
    static SyncToken at(long head) {
        return new SyncToken(head, "", new UUID(0, 0), head);
    }

    String encode() {
        String text = String.join(":", VERSION, Long.toString(sequence), type, id.toString(), Long.toString(horizon));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token, or empty when it is not one this service handed out. */
    static Optional<SyncToken> decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION)) {
                return Optional.empty();
            }
            return Optional.of(new SyncToken(Long.parseLong(parts[1]), parts[2], UUID.fromString(parts[3]),
                    Long.parseLong(parts[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    SyncToken after(ChangeEntry entry) {
        return new SyncToken(entry.sequence(), entry.type().name(), entry.id(), horizon);
    }

    /** Whether a tombstone of {@code entry} is news to this client. */
    boolean needsTombstone(ChangeEntry entry) {
        return entry.sequence() > horizon;
    }

    /** Whether every tombstone this client still needs is kept, when those numbered up to {@code oldest} are not. */
    boolean servedWith(long oldest) {
        return horizon >= oldest || sequence > oldest;
    }
}
