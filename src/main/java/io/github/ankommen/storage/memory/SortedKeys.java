package io.github.ankommen.storage.memory;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A sorted set of id keys held in a few sorted arrays ("chunks") instead of one tree node per key.
 *
 * <p>A {@link java.util.TreeSet} of a million keys is a million tree nodes of 40 bytes, which the
 * collector has to walk and copy; here a million keys are about 4,000 arrays of up to
 * {@value #CHUNK} references. Adding or removing a key finds its chunk by binary search over the
 * chunks' last keys, then shifts at most one chunk; a full chunk is split in two. Keys are compared
 * as {@link String#compareTo}, the order of the store's pages.
 *
 * <p>The static helpers {@link #plus}, {@link #minus}, {@link #of(Object)} and {@link #idsAfter} let
 * an index keep the commonest cases without a set: an index value is null (no ids), a
 * {@code String} (one id), a sorted {@code String[]} of its own (two to {@value #SMALL} ids,
 * replaced on every change), or a {@code SortedKeys} (more).
 *
 * <p>Not thread-safe; the store's lock guards it. An iterator sees the set as it is when each key is
 * read, so the set must not change while one is in use (the store's read lock makes sure of that).
 */
final class SortedKeys implements Iterable<String>, OrderedKeys {

    /** The most keys one chunk holds; a fuller one is split. */
    static final int CHUNK = 512;

    /** The most ids an index value holds as a plain sorted array. */
    static final int SMALL = 8;

    private static final String[][] NO_CHUNKS = new String[0][];

    private String[][] chunks = NO_CHUNKS;
    private int[] sizes = new int[0];
    private int chunkCount;
    private int size;

    /** Creates an empty set. */
    SortedKeys() {
    }

    /**
     * A set holding keys that are sorted already and distinct, taken in bulk.
     *
     * @param sorted the keys, ascending, without duplicates; not changed
     * @param count how many of them to take, from the start
     * @return the set
     * @throws IllegalArgumentException if the keys are not strictly ascending
     */
    static SortedKeys ofSorted(String[] sorted, int count) {
        SortedKeys keys = new SortedKeys();
        for (int i = 1; i < count; i++) {
            if (sorted[i - 1].compareTo(sorted[i]) >= 0) {
                throw new IllegalArgumentException("the keys are not strictly ascending at " + i);
            }
        }
        int chunksNeeded = (count + CHUNK - 1) / CHUNK;
        keys.chunks = new String[chunksNeeded][];
        keys.sizes = new int[chunksNeeded];
        for (int c = 0; c < chunksNeeded; c++) {
            int from = c * CHUNK;
            int to = Math.min(count, from + CHUNK);
            keys.chunks[c] = Arrays.copyOfRange(sorted, from, to);
            keys.sizes[c] = to - from;
        }
        keys.chunkCount = chunksNeeded;
        keys.size = count;
        return keys;
    }

    /**
     * The ids an index value holds, as a set: for null an empty set, for a {@code String} a set of
     * that one id, for an array a set of its ids.
     *
     * @param ids an index value: null, a {@code String}, a sorted {@code String[]} or a
     *     {@code SortedKeys}
     * @return the ids; the same object if it is a set already
     */
    static SortedKeys of(Object ids) {
        if (ids instanceof SortedKeys set) {
            return set;
        }
        if (ids instanceof String[] few) {
            return ofSorted(few, few.length);
        }
        SortedKeys set = new SortedKeys();
        if (ids != null) {
            set.add((String) ids);
        }
        return set;
    }

    /**
     * The ids of an index value greater than a key, in ascending order, read in place: a small
     * array or a set is not copied.
     *
     * @param ids an index value: null, a {@code String}, a sorted {@code String[]} or a
     *     {@code SortedKeys}
     * @param key where to start, exclusive; null for the first id
     * @return an iterator that does not support removal
     */
    static Iterator<String> idsAfter(Object ids, String key) {
        if (ids instanceof SortedKeys set) {
            return set.after(key);
        }
        if (ids instanceof String[] few) {
            int from = 0;
            if (key != null) {
                int at = Arrays.binarySearch(few, key);
                from = at >= 0 ? at + 1 : -at - 1;
            }
            return Arrays.asList(few).subList(from, few.length).iterator();
        }
        if (ids instanceof String one && (key == null || one.compareTo(key) > 0)) {
            return List.of(one).iterator();
        }
        return Collections.emptyIterator();
    }

    /**
     * An index value with one id more.
     *
     * @param ids the index value: null, a {@code String}, a sorted {@code String[]} or a
     *     {@code SortedKeys}
     * @param id the id to add, not null
     * @return the new index value: the id itself if there was none, a new array while there are
     *     few, else a set (the same one if it was a set already); the same value if it held the id
     */
    static Object plus(Object ids, String id) {
        Objects.requireNonNull(id, "id must not be null");
        if (ids == null) {
            return id;
        }
        if (ids instanceof String one) {
            int order = one.compareTo(id);
            return order == 0 ? one : order < 0 ? new String[] {one, id} : new String[] {id, one};
        }
        if (ids instanceof String[] few) {
            int at = Arrays.binarySearch(few, id);
            if (at >= 0) {
                return few;
            }
            at = -at - 1;
            if (few.length < SMALL) {
                String[] more = new String[few.length + 1];
                System.arraycopy(few, 0, more, 0, at);
                more[at] = id;
                System.arraycopy(few, at, more, at + 1, few.length - at);
                return more;
            }
            SortedKeys set = ofSorted(few, few.length);
            set.add(id);
            return set;
        }
        ((SortedKeys) ids).add(id);
        return ids;
    }

    /**
     * An index value with one id less.
     *
     * @param ids the index value: null, a {@code String}, a sorted {@code String[]} or a
     *     {@code SortedKeys}
     * @param id the id to remove, not null
     * @return the new index value: null if no id is left, the last id alone if one is left, a new
     *     array if it was an array, else the same set; the same value if it did not hold the id
     */
    static Object minus(Object ids, String id) {
        if (ids == null || ids instanceof String one && one.equals(id)) {
            return null;
        }
        if (ids instanceof String[] few) {
            int at = Arrays.binarySearch(few, id);
            if (at < 0) {
                return few;
            }
            if (few.length == 2) {
                return few[1 - at];
            }
            String[] fewer = new String[few.length - 1];
            System.arraycopy(few, 0, fewer, 0, at);
            System.arraycopy(few, at + 1, fewer, at, fewer.length - at);
            return fewer;
        }
        if (ids instanceof SortedKeys set) {
            set.remove(id);
            if (set.size == 1) {
                return set.first();
            }
            return set.size == 0 ? null : set;
        }
        return ids;
    }

    /**
     * The number of keys.
     *
     * @return the size
     */
    int size() {
        return size;
    }

    /**
     * Asks whether a key is held.
     *
     * @param key the key, not null
     * @return true if it is
     */
    boolean contains(String key) {
        int c = chunkFor(key);
        return c < chunkCount && Arrays.binarySearch(chunks[c], 0, sizes[c], key) >= 0;
    }

    /**
     * Adds a key.
     *
     * @param key the key, not null
     * @return true if it was not held before
     */
    boolean add(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (chunkCount == 0) {
            // No chunk is ever empty: chunkFor reads each chunk's last key.
            ensureChunkSlots(1);
            chunks[0] = new String[4];
            chunks[0][0] = key;
            sizes[0] = 1;
            chunkCount = 1;
            size = 1;
            return true;
        }
        int c = chunkFor(key);
        if (c == chunkCount) {
            c--;
        }
        int at = Arrays.binarySearch(chunks[c], 0, sizes[c], key);
        if (at >= 0) {
            return false;
        }
        at = -at - 1;
        if (sizes[c] == CHUNK && at == CHUNK && c == chunkCount - 1) {
            // Keys mostly come in ascending order: a new last chunk keeps the full one full.
            ensureChunkSlots(chunkCount + 1);
            chunks[chunkCount] = new String[16];
            c = chunkCount++;
            at = 0;
        } else if (sizes[c] == CHUNK) {
            split(c);
            if (at > sizes[c]) {
                at -= sizes[c];
                c++;
            }
        }
        String[] chunk = chunks[c];
        if (sizes[c] == chunk.length) {
            chunk = Arrays.copyOf(chunk, Math.min(CHUNK, chunk.length * 2));
            chunks[c] = chunk;
        }
        System.arraycopy(chunk, at, chunk, at + 1, sizes[c] - at);
        chunk[at] = key;
        sizes[c]++;
        size++;
        return true;
    }

    /**
     * Removes a key.
     *
     * @param key the key, not null
     * @return true if it was held
     */
    boolean remove(String key) {
        int c = chunkFor(key);
        if (c == chunkCount) {
            return false;
        }
        int at = Arrays.binarySearch(chunks[c], 0, sizes[c], key);
        if (at < 0) {
            return false;
        }
        String[] chunk = chunks[c];
        System.arraycopy(chunk, at + 1, chunk, at, sizes[c] - at - 1);
        chunk[--sizes[c]] = null;
        size--;
        if (sizes[c] == 0) {
            System.arraycopy(chunks, c + 1, chunks, c, chunkCount - c - 1);
            System.arraycopy(sizes, c + 1, sizes, c, chunkCount - c - 1);
            chunks[--chunkCount] = null;
        }
        return true;
    }

    /**
     * The smallest key.
     *
     * @return the key
     * @throws NoSuchElementException if the set is empty
     */
    String first() {
        if (size == 0) {
            throw new NoSuchElementException("the set is empty");
        }
        return chunks[0][0];
    }

    /**
     * The keys in ascending order.
     *
     * @return an iterator that does not support removal
     */
    @Override
    public Iterator<String> iterator() {
        return new Keys(0, 0);
    }

    /**
     * The keys greater than a key, in ascending order.
     *
     * @param key where to start, exclusive; null for the first key
     * @return an iterator that does not support removal
     */
    @Override
    public Iterator<String> after(String key) {
        if (key == null) {
            return iterator();
        }
        int c = chunkFor(key);
        if (c == chunkCount) {
            return new Keys(c, 0);
        }
        int at = Arrays.binarySearch(chunks[c], 0, sizes[c], key);
        return new Keys(c, at >= 0 ? at + 1 : -at - 1);
    }

    /** The first chunk whose last key is not less than the key, or {@code chunkCount} if none is. */
    private int chunkFor(String key) {
        int low = 0;
        int high = chunkCount - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (chunks[mid][sizes[mid] - 1].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Splits a full chunk into two halves, the upper one after it. */
    private void split(int c) {
        ensureChunkSlots(chunkCount + 1);
        System.arraycopy(chunks, c + 1, chunks, c + 2, chunkCount - c - 1);
        System.arraycopy(sizes, c + 1, sizes, c + 2, chunkCount - c - 1);
        String[] full = chunks[c];
        int half = full.length / 2;
        String[] upper = new String[CHUNK];
        System.arraycopy(full, half, upper, 0, full.length - half);
        Arrays.fill(full, half, full.length, null);
        chunks[c + 1] = upper;
        sizes[c + 1] = full.length - half;
        sizes[c] = half;
        chunkCount++;
    }

    private void ensureChunkSlots(int needed) {
        if (chunks.length < needed) {
            int length = Math.max(needed, chunks.length * 2);
            chunks = Arrays.copyOf(chunks, length);
            sizes = Arrays.copyOf(sizes, length);
        }
    }

    /** Walks the chunks from a position on. */
    private final class Keys implements Iterator<String> {

        private int chunk;
        private int index;

        Keys(int chunk, int index) {
            this.chunk = chunk;
            this.index = index;
        }

        @Override
        public boolean hasNext() {
            while (chunk < chunkCount && index >= sizes[chunk]) {
                chunk++;
                index = 0;
            }
            return chunk < chunkCount;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return chunks[chunk][index++];
        }
    }
}
