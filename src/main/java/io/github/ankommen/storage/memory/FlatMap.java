package io.github.ankommen.storage.memory;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A hash map in two parallel arrays, keys and values, with open addressing: no object per entry.
 *
 * <p>A {@link java.util.HashMap} makes a 32-byte node for every entry, which at a million records
 * and their index keys is millions of objects for the collector to copy and walk. Here an entry is
 * two array slots. Collisions probe the next slot (linear probing); a removal moves later entries
 * of the same run back, so no tombstones are left. The arrays double when they are two-thirds
 * full. Keys and values are never null.
 *
 * <p>Not thread-safe; the store's lock guards it.
 *
 * @param <K> the key type; its {@code hashCode} and {@code equals} decide
 * @param <V> the value type
 */
final class FlatMap<K, V> {

    private static final int FIRST_CAPACITY = 16;

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
        int slot = slotOf(key);
        return (V) values[slot];
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
        int slot = slotOf(key);
        Object before = values[slot];
        if (before == null) {
            if ((size + 1) * 3 > keys.length * 2) {
                grow();
                slot = slotOf(key);
            }
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
        int slot = slotOf(key);
        Object before = values[slot];
        if (before == null) {
            return null;
        }
        keys[slot] = null;
        values[slot] = null;
        size--;
        // Move the later entries of this run back where a lookup would probe for them first.
        int mask = keys.length - 1;
        int hole = slot;
        for (int next = (slot + 1) & mask; keys[next] != null; next = (next + 1) & mask) {
            int home = home(keys[next], mask);
            boolean reachable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (reachable) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                keys[next] = null;
                values[next] = null;
                hole = next;
            }
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
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
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
        for (Object key : keys) {
            if (key != null) {
                all[n++] = (T) key;
            }
        }
        return all;
    }

    /** The slot that holds the key, or the empty slot where it would go. */
    private int slotOf(Object key) {
        int mask = keys.length - 1;
        int slot = home(key, mask);
        // The same key object first: the store looks rows up by the very id strings its indexes hold,
        // and comparing references spares reading the stored key.
        while (keys[slot] != null && keys[slot] != key && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int home(Object key, int mask) {
        // Mix the bits (a Fibonacci multiplier, then the high half down): ids often differ only in
        // their last characters, and the slot takes the low bits.
        int h = key.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
