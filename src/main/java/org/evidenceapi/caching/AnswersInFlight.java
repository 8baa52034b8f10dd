package org.evidenceapi.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Anonymous reads whose answer is being made: the first request for a key goes to the resources, those that come
 * meanwhile wait for its answer. So after a change drops a popular page, it is made once, not once per request in
 * flight (a list page read hundreds of times a second was made hundreds of times after every edit).
 */
final class AnswersInFlight {
    private final ConcurrentHashMap<PublicResponseKey, List<Runnable>> waiting = new ConcurrentHashMap<>();

    /** True when the caller is to make the answer; false when {@code resume} waits for the request that does. */
    boolean make(PublicResponseKey key, Runnable resume) {
        boolean[] first = {false};
        waiting.compute(key, (k, queue) -> {
            if (queue == null) {
                first[0] = true;
                return new ArrayList<>();
            }
            queue.add(resume);
            return queue;
        });
        return first[0];
    }

    /** The request making the answer for {@code key} has ended, answered or not: those waiting resume. */
    void made(PublicResponseKey key) {
        List<Runnable> queue = waiting.remove(key);
        if (queue != null) {
            queue.forEach(Runnable::run);
        }
    }
}
