package org.evidenceapi.editing;

import java.util.List;
import java.util.Optional;
import org.evidenceapi.common.problem.FieldError;

/**
 * What one kind of resource tells {@link EditCycle}: how to read, check, write and remove it. The cycle does the
 * rest the same way for every kind (If-Match, validation, merge patch, 409s).
 *
 * @param <K> how a request names the resource (a UUID, or an id-or-slug)
 * @param <I> the PUT body
 * @param <V> the representation GET answers
 * @param <E> the managed row
 */
public interface EditRules<K, I, V, E> {
    /** What the resource is called in messages, e.g. "study summary". */
    String name();

    Class<I> inputType();

    /** The current representation as GET answers it to this caller; a 404 problem when there is none. */
    V read(K key);

    /** The managed row behind a representation just read. */
    E row(V current);

    /** The PUT body that gives {@code current}: what a merge patch applies to. */
    I asInput(V current);

    /** Problems beyond the input's own constraints, reported with them; {@code row} is null on create. */
    default List<FieldError> check(I input, E row) {
        return List.of();
    }

    /**
     * A 409 when the input takes a value another resource holds. Runs before the row changes: a query would
     * flush the change first.
     */
    default void refuseConflicts(I input, E row) {
    }

    /** A new, not yet persisted row for a checked input. */
    E newRow(I input);

    /** Writes a checked input onto the row. */
    void apply(E row, I input);

    /** What has to follow once the row is stored (children written after their parent, gates). */
    default void written(E row, I input) {
    }

    /** The representation the write answers with. */
    V view(E row);

    /** Who still uses the row, said as the 409's detail; empty when it may go. */
    default Optional<String> stillUsed(E row) {
        return Optional.empty();
    }

    /** Removes the row; rules override it to tidy what it leaves behind. */
    void remove(E row);
}
