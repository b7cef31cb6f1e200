package io.github.ankommen.storage.memory;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A hash map in parallel arrays, the keys' hashes, the keys and the values, with open addressing:
 * no object per entry.
 *
 * <p>A {@link java.util.HashMap} makes a 32-byte node for every entry, which at a million records
 * and their index keys is millions of objects for the collector to copy and walk. Here an entry is
 * three array slots. Collisions probe the next slot (linear probing); a removal moves later entries
 * of the same run back, so no tombstones are left. Keys and values are never null.
 *
 * <p>Each slot keeps its key's mixed hash, and 0 marks an empty slot. A lookup so compares a key
 * only where the hashes agree, and growing and removing move entries by their kept hashes: neither
 * reads a stored key object, which in a large map is a cache miss each (issue 19).
 *
 * <p>The slots are split into segments of at most {@value #MAX_SEGMENT} slots, chosen by the high
 * bits of the hash, so that no array is larger than 256 KiB. G1, the JVM's usual collector, treats
 * an array of half a region or more (512 KiB at the smallest region size) as humongous: it gets
 * regions of its own, and a map that doubles its arrays as it fills leaves one such array behind at
 * every step. In the case lifecycle benchmark that took a quarter of the time. A segment doubles
 * when it is two-thirds full; a full segment at the largest size makes every segment split in two,
 * each taking one more bit of the hash. Keys whose hashes one bit more cannot tell apart stay in
 * one segment, which then grows past the largest size, so the map stays correct for any hashes.
 *
 * <p>Not thread-safe; the store's lock guards it.
 *
 * @param <K> the key type; its {@code hashCode} and {@code equals} decide
 * @param <V> the value type
 */
final class FlatMap<K, V> {

    /** The most slots a segment has while splitting can keep it there. */
    static final int MAX_SEGMENT = 1 << 16;

    private static final int FIRST_CAPACITY = 16;
    /** The most segments: the high bits of a hash that choose them, 16 at the most. */
    private static final int MAX_SEGMENTS = 1 << 16;

    private final int maxSegment;
    private Segment[] segments = {new Segment(FIRST_CAPACITY)};
    /** How many high bits of a hash choose its segment: the segments are 2 to that power. */
    private int bits;
    private int size;

    /** Creates an empty map whose segments have at most {@value #MAX_SEGMENT} slots. */
    FlatMap() {
        this(MAX_SEGMENT);
    }

    /**
     * Creates an empty map with another largest segment, for tests.
     *
     * @param maxSegment the most slots a segment has while splitting keeps it there, a power of two
     *     of at least 16
     */
    FlatMap(int maxSegment) {
        if (maxSegment < FIRST_CAPACITY || Integer.bitCount(maxSegment) != 1) {
            throw new IllegalArgumentException("a segment's largest size must be a power of two from 16");
        }
        this.maxSegment = maxSegment;
    }

    /**
     * The number of entries.
     *
     * @return the size
     */
    int size() {
        return size;
    }

    /**
     * The value of a key.
     *
     * @param key the key, not null
     * @return the value, or null if the key has none
     */
    @SuppressWarnings("unchecked")
    V get(Object key) {
        int hash = hash(key);
        Segment segment = segmentOf(hash);
        return (V) segment.values[segment.slotOf(key, hash)];
    }

    /**
     * Sets the value of a key.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return the value before, or null if there was none
     */
    @SuppressWarnings("unchecked")
    V put(K key, V value) {
        Objects.requireNonNull(value, "value must not be null");
        int hash = hash(key);
        Segment segment = segmentOf(hash);
        int slot = segment.slotOf(key, hash);
        Object before = segment.values[slot];
        if (before == null) {
            if (segment.isFull()) {
                if (segment.capacity() >= maxSegment && segments.length < MAX_SEGMENTS) {
                    split();
                    segment = segmentOf(hash);
                }
                if (segment.isFull()) {
                    segment.grow();
                }
                slot = segment.emptySlot(hash);
            }
            segment.hashes[slot] = hash;
            segment.keys[slot] = key;
            segment.size++;
            size++;
        }
        segment.values[slot] = value;
        return (V) before;
    }

    /**
     * Removes a key.
     *
     * @param key the key, not null
     * @return the value it had, or null if it had none
     */
    @SuppressWarnings("unchecked")
    V remove(Object key) {
        int hash = hash(key);
        Segment segment = segmentOf(hash);
        Object before = segment.remove(key, hash);
        if (before != null) {
            size--;
        }
        return (V) before;
    }

    /**
     * Hands every entry to an action, in no particular order. The action must not change the map.
     *
     * @param action what to do with each key and value
     */
    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<? super K, ? super V> action) {
        for (Segment segment : segments) {
            for (int i = 0; i < segment.hashes.length; i++) {
                if (segment.hashes[i] != 0) {
                    action.accept((K) segment.keys[i], (V) segment.values[i]);
                }
            }
        }
    }

    /**
     * The keys, in no particular order.
     *
     * @param into an array of the right type, of any length
     * @param <T> the array's element type
     * @return an array of exactly the keys
     */
    @SuppressWarnings("unchecked")
    <T> T[] keys(T[] into) {
        T[] all = Arrays.copyOf(into, size);
        int n = 0;
        for (Segment segment : segments) {
            for (int i = 0; i < segment.hashes.length; i++) {
                if (segment.hashes[i] != 0) {
                    all[n++] = (T) segment.keys[i];
                }
            }
        }
        return all;
    }

    /**
     * The slots of the largest segment: what the largest array of the map holds.
     *
     * @return the capacity
     */
    int largestSegment() {
        int largest = 0;
        for (Segment segment : segments) {
            largest = Math.max(largest, segment.capacity());
        }
        return largest;
    }

    /**
     * A key's hash as the slots keep it: the bits mixed (a Fibonacci multiplier, then the high half
     * down), because ids often differ only in their last characters and a slot takes the low bits;
     * never 0, which marks an empty slot.
     */
    private static int hash(Object key) {
        int h = key.hashCode() * 0x9E3779B1;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    private Segment segmentOf(int hash) {
        return segments[bits == 0 ? 0 : hash >>> (32 - bits)];
    }

    /** Splits every segment in two by one more high bit of the hash. */
    private void split() {
        Segment[] halves = new Segment[segments.length * 2];
        int shift = 32 - (bits + 1);
        for (int i = 0; i < segments.length; i++) {
            Segment whole = segments[i];
            Segment low = new Segment(whole.capacity());
            Segment high = new Segment(whole.capacity());
            for (int s = 0; s < whole.hashes.length; s++) {
                int hash = whole.hashes[s];
                if (hash != 0) {
                    ((hash >>> shift & 1) == 0 ? low : high).add(hash, whole.keys[s], whole.values[s]);
                }
            }
            halves[2 * i] = low;
            halves[2 * i + 1] = high;
        }
        segments = halves;
        bits++;
    }

    /** One segment: a table of its own, with its own size and capacity. */
    private static final class Segment {

        private int[] hashes;
        private Object[] keys;
        private Object[] values;
        private int size;

        Segment(int capacity) {
            hashes = new int[capacity];
            keys = new Object[capacity];
            values = new Object[capacity];
        }

        int capacity() {
            return hashes.length;
        }

        /** Whether one more entry would fill it past two-thirds. */
        boolean isFull() {
            return (size + 1) * 3 > hashes.length * 2;
        }

        /** The slot that holds the key, or the empty slot where it would go. */
        int slotOf(Object key, int hash) {
            int mask = hashes.length - 1;
            int slot = hash & mask;
            for (int kept = hashes[slot]; kept != 0; kept = hashes[slot]) {
                // The same key object first: the store looks rows up by the very id strings its
                // indexes hold, and comparing references spares reading the stored key.
                if (kept == hash && (keys[slot] == key || keys[slot].equals(key))) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** The first empty slot from a hash's home on: where a key known to be absent goes. */
        int emptySlot(int hash) {
            int mask = hashes.length - 1;
            int slot = hash & mask;
            while (hashes[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** Adds an entry whose key is known to be absent, in a segment with room for it. */
        void add(int hash, Object key, Object value) {
            int slot = emptySlot(hash);
            hashes[slot] = hash;
            keys[slot] = key;
            values[slot] = value;
            size++;
        }

        Object remove(Object key, int hash) {
            int slot = slotOf(key, hash);
            Object before = values[slot];
            if (before == null) {
                return null;
            }
            size--;
            // Move the later entries of this run back where a lookup would probe for them first.
            int mask = hashes.length - 1;
            int hole = slot;
            for (int next = (slot + 1) & mask; hashes[next] != 0; next = (next + 1) & mask) {
                int home = hashes[next] & mask;
                boolean reachable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
                if (reachable) {
                    hashes[hole] = hashes[next];
                    keys[hole] = keys[next];
                    values[hole] = values[next];
                    hole = next;
                }
            }
            hashes[hole] = 0;
            keys[hole] = null;
            values[hole] = null;
            return before;
        }

        void grow() {
            int[] oldHashes = hashes;
            Object[] oldKeys = keys;
            Object[] oldValues = values;
            hashes = new int[oldHashes.length * 2];
            keys = new Object[oldKeys.length * 2];
            values = new Object[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldHashes.length; i++) {
                if (oldHashes[i] != 0) {
                    add(oldHashes[i], oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
