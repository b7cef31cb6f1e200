package io.github.ankommen.storage;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The answer to an {@link Aggregate}: how many records count under each key.
 *
 * <p>A key is a list of labels, such as a contact point id, a month {@code 2026-03} and a status;
 * what the labels are is said by the aggregate that made the tally. Only keys with a count of one or
 * more are present, so two tallies of the same figures are equal whatever store made them. The keys
 * are ordered label by label. This class is immutable and thread-safe.
 *
 * @param counts the count of each key, each at least 1
 * @since 0.1.0
 */
public record Tally(@NotNull Map<@NotNull List<@NotNull String>, @NotNull @Positive Long> counts) {

    private static final Comparator<List<String>> KEY_ORDER = Tally::compare;
    private static final Tally EMPTY = new Tally(Map.of());

    /**
     * Creates a tally.
     *
     * @param counts the count of each key, not null; keys and labels not null, counts at least 1
     * @throws jakarta.validation.ConstraintViolationException if a key, a label or a count is null,
     *     or a count is less than 1
     */
    public Tally(Map<List<String>, Long> counts) {
        this.counts = ordered(counts);
        if (this.counts == null || !this.counts.entrySet().stream().allMatch(Tally::isValid)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * The empty tally.
     *
     * @return a tally without keys
     */
    public static Tally empty() {
        return EMPTY;
    }

    /**
     * The count of one key.
     *
     * @param key the labels, not null
     * @return the count, 0 if the key is not present
     * @throws NullPointerException if the key is null
     */
    public long count(List<String> key) {
        Objects.requireNonNull(key, "key must not be null");
        return counts.getOrDefault(key, 0L);
    }

    /** Collects counts; not thread-safe. */
    static final class Counter {
        // Hashed while counting, one mutable count per key; the tally sorts the keys once.
        private final Map<List<String>, long[]> counts = new HashMap<>();

        /** Counts one record under a key. */
        void add(String... key) {
            counts.computeIfAbsent(List.of(key), k -> new long[1])[0]++;
        }

        Tally toTally() {
            Map<List<String>, Long> totals = new HashMap<>(counts.size() * 2);
            counts.forEach((key, n) -> totals.put(key, n[0]));
            return new Tally(totals);
        }
    }

    /** The counts in key order; invalid input is kept as it is, for the validator to report. */
    private static Map<List<String>, Long> ordered(Map<List<String>, Long> counts) {
        if (counts == null) {
            return null;
        }
        boolean valid = true;
        for (Map.Entry<List<String>, Long> entry : counts.entrySet()) {
            valid &= isValid(entry);
        }
        if (!valid) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
        Map<List<String>, Long> sorted = new TreeMap<>(KEY_ORDER);
        counts.forEach((key, n) -> sorted.put(List.copyOf(key), n));
        return Collections.unmodifiableMap(sorted);
    }

    private static boolean isValid(Map.Entry<List<String>, Long> entry) {
        if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 1) {
            return false;
        }
        for (String label : entry.getKey()) {
            if (label == null) {
                return false;
            }
        }
        return true;
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
