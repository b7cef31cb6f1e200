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
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * An unmodifiable list of the first elements of an array that the caller fills only beyond
     * them from now on: the array itself if they are all of it, else a copy of them. For builders
     * that hand their array over instead of copying it into a list and the list again.
     *
     * @param <E> the element type
     * @param elements the array; its first {@code size} elements never change again
     * @param size how many elements the list has
     * @return the list
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> ownedPrefix(E[] elements, int size) {
        if (size == 0) {
            return (List<E>) EMPTY_LIST;
        }
        return new FrozenList<>(size == elements.length ? elements : Arrays.copyOf(elements, size, Object[].class));
    }

    /**
     * Asks whether a collection is a set this class made, which answers {@code contains(null)}.
     *
     * @param elements the collection
     * @return true if it is one of this class's sets
     */
    static boolean isFrozenSet(Collection<?> elements) {
        return elements instanceof FrozenSet<?>;
    }

    /**
     * The largest set kept as a plain array and searched element by element; larger ones keep a
     * hash set. Records hold small sets (a case's needs, a referral's data categories), and a hash
     * set costs about 200 bytes and five objects even for one element.
     */
    static final int SMALL_SET = 8;

    private static final FrozenList<Object> EMPTY_LIST = new FrozenList<>(new Object[0]);
    private static final FrozenSet<Object> EMPTY_SET = new FrozenSet<>(new Object[0], null);

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
        if (source.isEmpty()) {
            return (Set<E>) EMPTY_SET;
        }
        if (source.size() > SMALL_SET) {
            return new FrozenSet<>(null, new LinkedHashSet<>(source));
        }
        FrozenSet<Object> shared = sharedEnumSet(source);
        if (shared != null) {
            return (Set<E>) shared;
        }
        // Equal elements once, as a LinkedHashSet would keep them, whatever the source's own equality.
        Object[] elements = new Object[source.size()];
        int count = 0;
        for (E element : source) {
            if (indexOf(elements, count, element) < 0) {
                if (count == elements.length) {
                    elements = Arrays.copyOf(elements, count * 2);
                }
                elements[count++] = element;
            }
        }
        if (count > SMALL_SET) {
            return new FrozenSet<>(null, new LinkedHashSet<>(source));
        }
        return new FrozenSet<>(count == elements.length ? elements : Arrays.copyOf(elements, count), null);
    }

    /**
     * The most distinct small sets of one enum type that are shared; beyond it a set is copied as
     * any other, so that no caller can make the cache grow without bound.
     */
    static final int SHARED_ENUM_SETS = 1024;

    /**
     * The shared small sets of constants, per enum type, by their constants in order: a million
     * referrals that share the same data categories hold one set instead of a million equal ones.
     */
    private static final ClassValue<Map<Long, FrozenSet<Object>>> ENUM_SETS = new ClassValue<>() {
        @Override
        protected Map<Long, FrozenSet<Object>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /**
     * The shared set of a source that holds up to {@link #SMALL_SET} distinct constants of one enum
     * type with ordinals below 64, in the source's order; made and kept on the first copy of such a
     * set, while the type has fewer than {@link #SHARED_ENUM_SETS}. A hit allocates nothing but the
     * source's iterator and, for a key above 127, the boxed key.
     *
     * @param source the set to copy, not empty
     * @return the shared set, or null if the source is no such set or the cache is full
     */
    private static FrozenSet<Object> sharedEnumSet(Set<?> source) {
        Class<?> type = null;
        long key = 0;
        long seen = 0;
        int count = 0;
        for (Object element : source) {
            if (!(element instanceof Enum<?> constant) || constant.ordinal() >= Long.SIZE || count == SMALL_SET
                    || type != null && constant.getDeclaringClass() != type || (seen & 1L << constant.ordinal()) != 0) {
                return null;
            }
            type = constant.getDeclaringClass();
            seen |= 1L << constant.ordinal();
            // Each constant's ordinal plus one in a byte of its own, the first in the lowest: the
            // key tells the set from every other of its type, order included.
            key |= (long) (constant.ordinal() + 1) << (Byte.SIZE * count++);
        }
        if (type == null) {
            return null;
        }
        Map<Long, FrozenSet<Object>> shared = ENUM_SETS.get(type);
        FrozenSet<Object> set = shared.get(key);
        if (set != null || shared.size() >= SHARED_ENUM_SETS) {
            return set;
        }
        // In the iterator's order, as a collection's array is; a source that changed meanwhile is
        // copied as any other.
        Object[] elements = source.toArray();
        if (elements.length != count) {
            return null;
        }
        set = new FrozenSet<>(elements, null);
        FrozenSet<Object> earlier = shared.putIfAbsent(key, set);
        return earlier != null ? earlier : set;
    }

    private static int indexOf(Object[] elements, int count, Object element) {
        for (int i = 0; i < count; i++) {
            if (Objects.equals(elements[i], element)) {
                return i;
            }
        }
        return -1;
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
        public Iterator<E> iterator() {
            // Records keep many empty lists (no goals, no reopenings), and loops over them are hot.
            return elements.length == 0 ? Collections.emptyIterator() : super.iterator();
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }

        @Override
        public int indexOf(Object o) {
            return FrozenCollections.indexOf(elements, elements.length, o);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }
    }

    /**
     * An unmodifiable set in its source's iteration order: up to {@link #SMALL_SET} elements in an
     * array of its own, more in a hash set of its own.
     */
    private static final class FrozenSet<E> extends AbstractSet<E> {

        /** The elements, distinct; null if the set is large. */
        private final Object[] small;
        /** The elements; null if the set is small. */
        private final Set<E> large;

        FrozenSet(Object[] small, Set<E> large) {
            this.small = small;
            this.large = large;
        }

        @Override
        public Iterator<E> iterator() {
            if (large != null) {
                return Collections.unmodifiableSet(large).iterator();
            }
            if (small.length == 0) {
                return Collections.emptyIterator();
            }
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < small.length;
                }

                @Override
                @SuppressWarnings("unchecked")
                public E next() {
                    if (next == small.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) small[next++];
                }
            };
        }

        @Override
        public int size() {
            return large != null ? large.size() : small.length;
        }

        @Override
        public boolean contains(Object o) {
            return large != null ? large.contains(o) : indexOf(small, small.length, o) >= 0;
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return large != null ? large.containsAll(c) : super.containsAll(c);
        }
    }
}
