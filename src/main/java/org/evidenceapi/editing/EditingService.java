package org.evidenceapi.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.problem.ProblemException;

/**
 * A feature's service whose resource is created, replaced, patched and deleted through the {@link EditCycle}
 * with the feature's {@link EditRules}; its reads answer with the rules' view and the same 404.
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

    /** The row's representation, or the 404 naming the kind and the key. */
    protected V found(Optional<E> row, K key) {
        return row.map(rules()::view).orElseThrow(() -> ProblemException.notFound("No " + rules().name() + " has the "
                + (key instanceof UUID ? "id" : "id or slug") + " '" + key + "'."));
    }

    /** A page of rows as the feature's page of representations. */
    protected <P> P page(PageSlice<E> slice, BiFunction<List<V>, PageInfo, P> page) {
        return page.apply(slice.map(rules()::view), slice.page());
    }
}
