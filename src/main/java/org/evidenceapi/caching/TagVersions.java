package org.evidenceapi.caching;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The number of the last change known to have made each cache tag stale, and a floor below which nothing kept is
 * trusted. An entry kept in a cache, made from the content as of change {@code madeAt} and tagged with what it
 * shows, is current while no change after {@code madeAt} named one of its tags: so a write drops what it changed,
 * not the whole library. Tags are forgotten some time after they were learnt; forgetting raises the floor, so a
 * forgotten change can never make an old entry look current.
 */
final class TagVersions {
    /** A change that named this tag: everything it holds is stale. */
    static final String EVERYTHING = "*";

    private record Learnt(long sequence, long atNanos) {
    }

    private final ConcurrentHashMap<String, Learnt> lastChange = new ConcurrentHashMap<>();
    private volatile long floor = Long.MIN_VALUE;

    void record(long sequence, Collection<String> tags, long nowNanos) {
        if (tags.contains(EVERYTHING)) {
            raiseFloor(sequence);
            return;
        }
        for (String tag : tags) {
            lastChange.merge(tag, new Learnt(sequence, nowNanos), (old, made) -> made.sequence() > old.sequence() ? made : old);
        }
    }

    /** Whether an entry made at {@code madeAt} and tagged {@code tags} (never empty) still shows what is. */
    boolean isCurrent(long madeAt, Collection<String> tags) {
        if (madeAt < floor) {
            return false;
        }
        for (String tag : tags) {
            Learnt learnt = lastChange.get(tag);
            if (learnt != null && learnt.sequence() > madeAt) {
                return false;
            }
        }
        return true;
    }

    /** Nothing made before {@code sequence} is current any more. */
    synchronized void raiseFloor(long sequence) {
        floor = Math.max(floor, sequence);
    }

    /** Forgets the tags learnt before {@code beforeNanos}, holding entries made before their changes stale. */
    void forget(long beforeNanos) {
        lastChange.forEach((tag, learnt) -> {
            if (learnt.atNanos() < beforeNanos) {
                raiseFloor(learnt.sequence());
                lastChange.remove(tag, learnt);
            }
        });
    }

    int size() {
        return lastChange.size();
    }
}
