package io.github.ankommen.storage.memory;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A hash map in three parallel arrays, the keys' hashes, the keys and the values, with open
 * addressing: no object per entry.
 *
 * <p>A {@link java.util.HashMap} makes a 32-byte node for every entry, which at a million records
 * and their index keys is millions of objects for the collector to copy and walk. Here an entry is
 * three array slots. Collisions probe the next slot (linear probing); a removal moves later entries
 * of the same run back, so no tombstones are left. The arrays double when they are two-thirds
 * full. Keys and values are never null.
 *
 * <p>Each slot keeps its key's mixed hash, and 0 marks an empty slot. A lookup so compares a key
 * only where the hashes agree, and growing and removing move entries by their kept hashes: neither
 * reads a stored key object, which in a large map is a cache miss each (issue 19).
 *
 * <p>Not thread-safe; the store's lock guards it.
 *
 * @param <K> the key type; its {@code hashCode} and {@code equals} decide
 * @param <V> the value type
 */
final class FlatMap<K, V> {

    private static final int FIRST_CAPACITY = 16;

    private int[] hashes = new int[FIRST_CAPACITY];
    private Object[] keys = new Object[FIRST_CAPACITY];
    private Object[] values = new Object[FIRST_CAPACITY];
    private int size;

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
        return (V) values[slotOf(key, hash(key))];
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
        int slot = slotOf(key, hash);
        Object before = values[slot];
        if (before == null) {
            if ((size + 1) * 3 > keys.length * 2) {
                grow();
                slot = emptySlot(hashes, hash);
            }
            hashes[slot] = hash;
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
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
        int slot = slotOf(key, hash(key));
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
                move(next, hole);
                hole = next;
            }
        }
        hashes[hole] = 0;
        keys[hole] = null;
        values[hole] = null;
        return (V) before;
    }

    private void move(int from, int to) {
        hashes[to] = hashes[from];
        keys[to] = keys[from];
        values[to] = values[from];
    }

    /**
     * Hands every entry to an action, in no particular order. The action must not change the map.
     *
     * @param action what to do with each key and value
     */
    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (hashes[i] != 0) {
                action.accept((K) keys[i], (V) values[i]);
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
        for (int i = 0; i < keys.length; i++) {
            if (hashes[i] != 0) {
                all[n++] = (T) keys[i];
            }
        }
        return all;
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

    /** The slot that holds the key, or the empty slot where it would go. */
    private int slotOf(Object key, int hash) {
        int mask = hashes.length - 1;
        int slot = hash & mask;
        for (int kept = hashes[slot]; kept != 0; kept = hashes[slot]) {
            // The same key object first: the store looks rows up by the very id strings its indexes
            // hold, and comparing references spares reading the stored key.
            if (kept == hash && (keys[slot] == key || keys[slot].equals(key))) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The first empty slot from a hash's home on: where a key known to be absent goes. */
    private static int emptySlot(int[] hashes, int hash) {
        int mask = hashes.length - 1;
        int slot = hash & mask;
        while (hashes[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldHashes = hashes;
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        hashes = new int[oldHashes.length * 2];
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = emptySlot(hashes, oldHashes[i]);
                hashes[slot] = oldHashes[i];
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
