package io.github.ankommen;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.memory.MemoryStore;
import java.time.Clock;
import java.util.Objects;

/**
 * The entry point: one instance wires a store, a clock and an id source, and hands out the
 * library's services.
 *
 * <pre>{@code
 * Ankommen ankommen = Ankommen.builder()
 *         .store(myStore)                 // default: a new in-memory store
 *         .clock(Clock.systemUTC())       // default: the system clock, UTC
 *         .ids(IdSource.random())         // default: random UUIDs
 *         .build();
 * }</pre>
 *
 * <p>There is no global state: two instances with two stores are independent. This class is
 * immutable and thread-safe, as long as its store is.
 */
public final class Ankommen {

    private final Store store;
    private final Clock clock;
    private final IdSource ids;

    private Ankommen(Builder builder) {
        this.store = builder.store != null ? builder.store : new MemoryStore();
        this.clock = builder.clock;
        this.ids = builder.ids;
    }

    /**
     * Starts a builder with the defaults: in-memory store, system clock in UTC, random ids.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The store that holds this instance's records.
     *
     * @return the store
     */
    public Store store() {
        return store;
    }

    /**
     * The clock every operation takes its time from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The source of new ids.
     *
     * @return the id source
     */
    public IdSource ids() {
        return ids;
    }

    /** Configures an {@link Ankommen}; not thread-safe. */
    public static final class Builder {

        private Store store;
        private Clock clock = Clock.systemUTC();
        private IdSource ids = IdSource.random();

        private Builder() {
        }

        /**
         * Sets the store.
         *
         * @param store the store, not null
         * @return this builder
         * @throws NullPointerException if the store is null
         */
        public Builder store(Store store) {
            this.store = Objects.requireNonNull(store, "store must not be null");
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param clock the clock, not null
         * @return this builder
         * @throws NullPointerException if the clock is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Sets the id source.
         *
         * @param ids the id source, not null
         * @return this builder
         * @throws NullPointerException if the id source is null
         */
        public Builder ids(IdSource ids) {
            this.ids = Objects.requireNonNull(ids, "ids must not be null");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance
         */
        public Ankommen build() {
            return new Ankommen(this);
        }
    }
}
