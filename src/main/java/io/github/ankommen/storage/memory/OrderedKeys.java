package io.github.ankommen.storage.memory;

import java.util.Iterator;

/**
 * Id keys that a query reads in ascending order, from any key on: a stored {@link SortedKeys} set,
 * or a range index's walk ({@link RangeIndex#upTo}) that finds its keys only as they are read. Not
 * thread-safe; the store's lock guards it.
 */
interface OrderedKeys {

    /**
     * The keys greater than a key, in ascending order.
     *
     * @param key where to start, exclusive; null for the first key
     * @return an iterator that does not support removal
     */
    Iterator<String> after(String key);
}
