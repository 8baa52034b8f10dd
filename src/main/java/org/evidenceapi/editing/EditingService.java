package org.evidenceapi.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;

/**
 * A feature's service whose resource is created, replaced, patched and deleted through the {@link EditCycle}
 * with the feature's {@link EditRules}; the service adds its reads.
 */
public abstract class EditingService<K, I, V, E> {
    @Inject
    protected EditCycle cycle;

    /** The rules the cycle applies to this kind of resource. */
    protected abstract EditRules<K, I, V, E> rules();

    public V create(I input) {
        return cycle.create(rules(), input);
    }

    public V replace(K key, I input, String ifMatch) {
        return cycle.replace(rules(), key, input, ifMatch);
    }

    public V patch(K key, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return cycle.patch(rules(), key, patch, ifMatch);
    }

    public void delete(K key, String ifMatch) {
        cycle.delete(rules(), key, ifMatch);
    }
}
