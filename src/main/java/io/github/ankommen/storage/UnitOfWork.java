package io.github.ankommen.storage;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes that a store applies atomically: either all of them become visible or none does.
 *
 * <p>A command that changes several records (a transition and its audit entry, say) hands them to
 * {@link Store#apply(UnitOfWork)} as one unit. The writes are kept in the order they were added,
 * which lets a relational store respect its foreign keys. A unit writes each record at most once.
 * This class is immutable and thread-safe.
 *
 * @param writes the writes, in order, at least one, no record twice
 * @since 0.1.0
 */
public record UnitOfWork(@NotEmpty List<@NotNull Write<?, ?>> writes) {

    /** Up to this many writes, duplicates are found by comparing pairs. */
    private static final int SMALL = 8;

    /**
     * Creates a unit of work.
     *
     * @param writes the writes, in order, at least one, no record twice
     * @throws jakarta.validation.ConstraintViolationException if there is no write, a null write, or
     *     two writes of the same record
     */
    public UnitOfWork(List<Write<?, ?>> writes) {
        this.writes = FrozenCollections.copyOf(writes);
        if (this.writes == null || this.writes.isEmpty() || this.writes.contains(null) || !isEachRecordWrittenOnce()) {
            RecordValidation.valid(this);
        }
    }

    /**
     * A unit of one write.
     *
     * @param write the write, not null
     * @return the unit
     * @throws jakarta.validation.ConstraintViolationException if the write is null
     */
    public static UnitOfWork of(Write<?, ?> write) {
        return new UnitOfWork(FrozenCollections.ownedPrefix(new Write<?, ?>[] {write}, 1));
    }

    /**
     * Starts building a unit.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @AssertTrue(message = "{io.github.ankommen.storage.UnitOfWork.distinct.message}")
    private boolean isEachRecordWrittenOnce() {
        if (writes == null) {
            return true;
        }
        if (writes.size() <= SMALL) {
            // A command writes a handful of records: comparing pairs allocates nothing.
            for (int i = 0; i < writes.size(); i++) {
                for (int j = i + 1; j < writes.size(); j++) {
                    if (sameRecord(writes.get(i), writes.get(j))) {
                        return false;
                    }
                }
            }
            return true;
        }
        Set<List<Object>> seen = new HashSet<>();
        for (Write<?, ?> write : writes) {
            if (write != null && !seen.add(List.of(write.kind(), write.id()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRecord(Write<?, ?> a, Write<?, ?> b) {
        return a != null && b != null && a.kind() == b.kind() && a.id().equals(b.id());
    }

    /** Collects the writes of a unit; not thread-safe. */
    public static final class Builder {

        /** A command writes a few records: its case, an audit entry and their change records. */
        private Write<?, ?>[] writes = new Write<?, ?>[4];
        private int size;

        private Builder() {
        }

        /**
         * Adds the insert of a new record.
         *
         * @param <I> the id type
         * @param <R> the record type
         * @param kind the record's kind, not null
         * @param record the record, not null
         * @return this builder
         * @throws jakarta.validation.ConstraintViolationException if an argument is null
         */
        public <I, R> Builder insert(RecordKind<I, R> kind, R record) {
            return add(new Write<>(kind, record, 0));
        }

        /**
         * Adds the update of a stored record.
         *
         * @param <I> the id type
         * @param <R> the record type
         * @param kind the record's kind, not null
         * @param record the new state of the record, not null
         * @param expectedVersion the version the caller read, 1 or more
         * @return this builder
         * @throws jakarta.validation.ConstraintViolationException if an argument is null
         * @throws IllegalArgumentException if the expected version is less than 1
         */
        public <I, R> Builder update(RecordKind<I, R> kind, R record, long expectedVersion) {
            if (expectedVersion < 1) {
                throw new IllegalArgumentException("an update expects version 1 or more, not " + expectedVersion);
            }
            return add(new Write<>(kind, record, expectedVersion));
        }

        private Builder add(Write<?, ?> write) {
            if (size == writes.length) {
                writes = Arrays.copyOf(writes, size * 2);
            }
            writes[size++] = write;
            return this;
        }

        /**
         * The writes added so far, in order: a view that follows the builder, not a copy.
         *
         * @return the writes, unmodifiable
         */
        public List<Write<?, ?>> writes() {
            return new AbstractList<>() {
                @Override
                public Write<?, ?> get(int index) {
                    Objects.checkIndex(index, size);
                    return writes[index];
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        /**
         * Builds the unit.
         *
         * @return the unit
         * @throws jakarta.validation.ConstraintViolationException if there is no write or a record is
         *     written twice
         */
        public UnitOfWork build() {
            // A full array goes to the unit as it is: the builder only ever appends, and appending
            // to a full array copies it first.
            return new UnitOfWork(FrozenCollections.ownedPrefix(writes, size));
        }
    }
}
