package io.github.ankommen.base;

import io.github.ankommen.Ankommen;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where new ids come from.
 *
 * <p>The library never makes an id by itself: it asks the id source that was handed to
 * {@link Ankommen.Builder#ids(IdSource)}. The default is {@link #random()}; tests use
 * {@link #sequence(String)} so that every run makes the same ids. Every id returned must match the
 * library's id pattern: 1 to 64 characters of letters, digits, '.', '_', ':' or '-', starting with a
 * letter or digit. Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IdSource {

    /**
     * Returns a new id, never returned before by this source.
     *
     * @return the id's text
     */
    String next();

    /**
     * Random UUIDs, such as {@code 3f2b…-…}. The default.
     *
     * @return the source
     */
    static IdSource random() {
        return () -> UUID.randomUUID().toString();
    }

    /**
     * A counter with a prefix: {@code prefix-1}, {@code prefix-2}, …, thread-safe and repeatable.
     *
     * @param prefix the prefix, not null, itself a valid id of at most 40 characters
     * @return the source
     * @throws NullPointerException if the prefix is null
     * @throws IllegalArgumentException if the prefix is not a valid id or is too long
     */
    static IdSource sequence(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        if (prefix.length() > 40 || !prefix.matches(io.github.ankommen.internal.Ids.PATTERN)) {
            throw new IllegalArgumentException("prefix must be a valid id of at most 40 characters");
        }
        AtomicLong counter = new AtomicLong();
        return () -> prefix + '-' + counter.incrementAndGet();
    }
}
