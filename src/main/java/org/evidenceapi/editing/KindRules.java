package org.evidenceapi.editing;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.UUID;
import java.util.function.Function;

/**
 * The part of {@link EditRules} that only names the kind, given once in the constructor: what it is called, its
 * input type, and its entity, which a new row is an empty instance of and which the row of a representation is
 * found in by id.
 */
public abstract class KindRules<K, I, V, E> implements EditRules<K, I, V, E> {
    private final String name;
    private final Class<I> inputType;
    private final Class<E> rowType;
    private final Function<V, UUID> idOf;

    protected KindRules(String name, Class<I> inputType, Class<E> rowType, Function<V, UUID> idOf) {
        this.name = name;
        this.inputType = inputType;
        this.rowType = rowType;
        this.idOf = idOf;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<I> inputType() {
        return inputType;
    }

    @Override
    public E row(V current) {
        return Panache.getEntityManager().find(rowType, idOf.apply(current));
    }

    /** An empty entity: JPA gives every entity a no-argument constructor. */
    @Override
    public E newRow(I input) {
        try {
            return rowType.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(rowType + " has no usable no-argument constructor", e);
        }
    }

    @Override
    public void remove(E row) {
        Panache.getEntityManager().remove(row);
    }
}
