package org.evidenceapi.editing;

/** The part of {@link EditRules} that is only a name and a type, given once in the constructor. */
public abstract class KindRules<K, I, V, E> implements EditRules<K, I, V, E> {
    private final String name;
    private final Class<I> inputType;

    protected KindRules(String name, Class<I> inputType) {
        this.name = name;
        this.inputType = inputType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<I> inputType() {
        return inputType;
    }
}
