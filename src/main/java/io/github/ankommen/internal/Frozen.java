package io.github.ankommen.internal;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
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
final class Frozen {

    private Frozen() {
    }

    private static final FrozenList<Object> EMPTY_LIST = new FrozenList<>(new Object[0]);
    private static final FrozenSet<Object> EMPTY_SET = new FrozenSet<>(Set.of());

    @SuppressWarnings("unchecked")
    static <E> List<E> list(List<E> source) {
        if (source instanceof FrozenList<E> frozen) {
            return frozen;
        }
        return source.isEmpty() ? (List<E>) EMPTY_LIST : new FrozenList<>(source.toArray());
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> set(Set<E> source) {
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
