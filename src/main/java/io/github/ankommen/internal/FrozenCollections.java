package io.github.ankommen.internal;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The library's own unmodifiable copies of collections, for record components.
 *
 * <p>They may hold null (so that validation, not an NPE, reports it), and because they are the
 * library's own, a record built from another record's component can take it as it is instead of
 * copying it again: a case that moves through its workflow keeps its goals list without a copy
 * per transition.
 */
public final class FrozenCollections {

    private FrozenCollections() {
    }

    /**
     * Copies a list for a record component: unmodifiable, and null stays null so that validation,
     * not an NPE, reports it. Null elements are kept for the same reason. A list that this method
     * made before is taken as it is: it cannot change.
     *
     * @param <E> the element type
     * @param list the list or null
     * @return an unmodifiable copy, or null
     */
    public static <E> List<E> copyOf(List<E> list) {
        return list == null ? null : list(list);
    }

    /**
     * Copies a set for a record component, keeping its iteration order; see {@link #copyOf(List)}.
     *
     * @param <E> the element type
     * @param set the set or null
     * @return an unmodifiable copy, or null
     */
    public static <E> Set<E> copyOf(Set<E> set) {
        return set == null ? null : set(set);
    }

    /**
     * Copies a map for a record component, keeping its iteration order; see {@link #copyOf(List)}.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param map the map or null
     * @return an unmodifiable copy, or null
     */
    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static final FrozenList<Object> EMPTY_LIST = new FrozenList<>(new Object[0]);
    private static final FrozenSet<Object> EMPTY_SET = new FrozenSet<>(Set.of());

    @SuppressWarnings("unchecked")
    private static <E> List<E> list(List<E> source) {
        if (source instanceof FrozenList<E> frozen) {
            return frozen;
        }
        return source.isEmpty() ? (List<E>) EMPTY_LIST : new FrozenList<>(source.toArray());
    }

    @SuppressWarnings("unchecked")
    private static <E> Set<E> set(Set<E> source) {
        if (source instanceof FrozenSet<E> frozen) {
            return frozen;
        }
        return source.isEmpty() ? (Set<E>) EMPTY_SET : new FrozenSet<>(new LinkedHashSet<>(source));
    }

    /** An unmodifiable list over its own array. */
    private static final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

        private final Object[] elements;

        FrozenList(Object[] elements) {
            this.elements = elements;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            return (E) elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }
    }

    /** An unmodifiable set over its own ordered copy. */
    private static final class FrozenSet<E> extends AbstractSet<E> {

        private final Set<E> elements;

        FrozenSet(Set<E> elements) {
            this.elements = elements;
        }

        @Override
        public Iterator<E> iterator() {
            return Collections.unmodifiableSet(elements).iterator();
        }

        @Override
        public int size() {
            return elements.size();
        }

        @Override
        public boolean contains(Object o) {
            return !elements.isEmpty() && elements.contains(o);
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return elements.isEmpty() ? c.isEmpty() : elements.containsAll(c);
        }
    }
}
