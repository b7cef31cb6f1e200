package io.github.ankommen.storage.memory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The keys of several ascending runs, read as one ascending run: a k-way merge. A binary heap holds
 * each run that is not used up, ordered by its next key, so that reading a key costs one comparison
 * per level of the heap (log of the number of runs) and reads nothing ahead but each run's next
 * key. No key may occur in two runs. Keys are compared as {@link String#compareTo}, the order of
 * the store's pages.
 *
 * <p>Not thread-safe; the runs must not change while it is in use (the store's read lock makes sure
 * of that).
 */
final class MergedKeys implements Iterator<String> {

    /** The heap's runs, and in {@code heads} at the same place each run's next key. */
    private final List<Iterator<String>> runs;
    private final String[] heads;
    private int count;

    /**
     * Merges runs; it reads the first key of each.
     *
     * @param from the runs, each ascending; no key in two of them
     */
    MergedKeys(List<Iterator<String>> from) {
        runs = new ArrayList<>(from.size());
        heads = new String[from.size()];
        for (Iterator<String> run : from) {
            if (run.hasNext()) {
                heads[count++] = run.next();
                runs.add(run);
            }
        }
        for (int i = count / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    @Override
    public boolean hasNext() {
        return count > 0;
    }

    @Override
    public String next() {
        if (count == 0) {
            throw new NoSuchElementException();
        }
        String key = heads[0];
        Iterator<String> first = runs.get(0);
        if (first.hasNext()) {
            heads[0] = first.next();
        } else {
            // The last run of the heap takes the used-up one's place.
            count--;
            heads[0] = heads[count];
            runs.set(0, runs.get(count));
            heads[count] = null;
            runs.set(count, null);
        }
        if (count > 1) {
            siftDown(0);
        }
        return key;
    }

    /** Moves the run at a place down the heap until its next key is not greater than its children's. */
    private void siftDown(int at) {
        String head = heads[at];
        Iterator<String> run = runs.get(at);
        int place = at;
        while (true) {
            int child = 2 * place + 1;
            if (child >= count) {
                break;
            }
            if (child + 1 < count && heads[child + 1].compareTo(heads[child]) < 0) {
                child++;
            }
            if (heads[child].compareTo(head) >= 0) {
                break;
            }
            heads[place] = heads[child];
            runs.set(place, runs.get(child));
            place = child;
        }
        heads[place] = head;
        runs.set(place, run);
    }
}
