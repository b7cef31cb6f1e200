package io.github.ankommen.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The storage SPI: what a database must offer so that ankommen can keep its records in it.
 *
 * <p>Three methods are abstract: {@link #find(RecordKind, Object) find} one record by id,
 * {@link #query(Query, PageRequest) query} a page of records, and {@link #apply(UnitOfWork) apply}
 * a unit of writes atomically. Everything else is a default method derived from those three, which a
 * store may override to be faster, never to behave differently. The rules every store keeps are
 * numbered in {@code docs/storage-contract.md}, and the TCK in {@code io.github.ankommen.tck}
 * checks them.
 *
 * <p>In short: every record has a version, starting at 1; a write names the version it expects and
 * a mismatch throws {@link ConflictException} and writes nothing; a unit of work is all or nothing;
 * query results are ordered by id key and paged with an opaque cursor; a backend failure surfaces as
 * {@link StoreException}, never as the backend's own exception. Unless it declares otherwise in
 * {@link #capabilities()}, a store is safe for concurrent use.
 *
 * @since 0.1.0
 */
public interface Store {

    /**
     * Finds one record by id.
     *
     * @param <I> the id type
     * @param <R> the record type
     * @param kind the record's kind, not null
     * @param id the id, not null
     * @return the record and its version, or empty if there is none
     * @throws NullPointerException if an argument is null
     * @throws StoreException if the backend fails
     */
    <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id);

    /**
     * Returns one page of a query's result, ordered by ascending id key.
     *
     * <p>The page holds at most {@code page.size()} records, all matching the query, each with the
     * id key greater than the one the cursor continues after. Paging on while others write never
     * repeats a record and never skips one that existed, matching, throughout.
     *
     * @param <R> the record type
     * @param query the query, not null
     * @param page which page, not null
     * @return the page
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the cursor was not made by this store for this query's kind
     * @throws StoreException if the backend fails
     */
    <R> Page<Versioned<R>> query(Query<R> query, PageRequest page);

    /**
     * Applies a unit of writes atomically.
     *
     * <p>Either every write becomes visible, each record with its new version, or none does. Readers
     * never see a part of a unit.
     *
     * @param unit the writes, not null
     * @throws NullPointerException if the unit is null
     * @throws ConflictException if a write's expected version differs from the stored one; nothing
     *     of the unit is written
     * @throws StoreException if the backend fails; nothing of the unit is written
     */
    void apply(UnitOfWork unit);

    /**
     * What this store supports. The default claims everything.
     *
     * @return the capabilities, not null
     */
    default Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    /**
     * Finds one record by id, which must exist.
     *
     * @param <I> the id type
     * @param <R> the record type
     * @param kind the record's kind, not null
     * @param id the id, not null
     * @return the record and its version
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if there is no such record
     * @throws StoreException if the backend fails
     */
    default <I, R> Versioned<R> get(RecordKind<I, R> kind, I id) {
        return find(kind, id).orElseThrow(() -> new RecordNotFoundException(kind, kind.key(id)));
    }

    /**
     * Inserts one new record, as a unit of its own.
     *
     * @param <I> the id type
     * @param <R> the record type
     * @param kind the record's kind, not null
     * @param record the record, not null
     * @return the record with version 1
     * @throws ConflictException if a record with that id exists
     * @throws StoreException if the backend fails
     */
    default <I, R> Versioned<R> insert(RecordKind<I, R> kind, R record) {
        Write<I, R> write = new Write<>(kind, record, 0);
        apply(UnitOfWork.of(write));
        return write.toVersioned();
    }

    /**
     * Updates one stored record, as a unit of its own.
     *
     * @param <I> the id type
     * @param <R> the record type
     * @param kind the record's kind, not null
     * @param record the record's new state, not null
     * @param expectedVersion the version the caller read, 1 or more
     * @return the record with its new version
     * @throws IllegalArgumentException if the expected version is less than 1
     * @throws ConflictException if the stored version differs or the record does not exist
     * @throws StoreException if the backend fails
     */
    default <I, R> Versioned<R> update(RecordKind<I, R> kind, R record, long expectedVersion) {
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("an update expects version 1 or more, not " + expectedVersion);
        }
        Write<I, R> write = new Write<>(kind, record, expectedVersion);
        apply(UnitOfWork.of(write));
        return write.toVersioned();
    }

    /**
     * Finds several records by id.
     *
     * <p>The default calls {@link #find(RecordKind, Object)} once per id; a store may override it
     * with one batched lookup. The result is a new list the caller may change: changing it never
     * changes what the store holds.
     *
     * @param <I> the id type
     * @param <R> the record type
     * @param kind the records' kind, not null
     * @param ids the ids, not null, without null elements
     * @return the records found, in the order of the ids, missing ones left out
     * @throws NullPointerException if an argument or an id is null
     * @throws StoreException if the backend fails
     */
    default <I, R> List<Versioned<R>> findAll(RecordKind<I, R> kind, Collection<I> ids) {
        Objects.requireNonNull(kind, "kind must not be null");
        List<Versioned<R>> found = new ArrayList<>();
        for (I id : ids) {
            find(kind, id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Streams a query's whole result, fetching it page by page as the stream is consumed.
     *
     * <p>The stream holds at most one page in memory. It is ordered by id key; records written while
     * it is consumed may or may not appear, but none appears twice.
     *
     * @param <R> the record type
     * @param query the query, not null
     * @param pageSize the size of each fetched page, 1 to {@value PageRequest#MAX_SIZE}
     * @return a sequential, ordered stream
     * @throws NullPointerException if the query is null
     * @throws jakarta.validation.ConstraintViolationException if the page size is out of bounds
     */
    default <R> Stream<Versioned<R>> stream(Query<R> query, int pageSize) {
        Objects.requireNonNull(query, "query must not be null");
        PageRequest first = PageRequest.first(pageSize);
        Iterator<Versioned<R>> pages = new Iterator<>() {
            private Iterator<Versioned<R>> current = List.<Versioned<R>>of().iterator();
            private Optional<PageRequest> next = Optional.of(first);

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next.isPresent()) {
                    Page<Versioned<R>> page = query(query, next.get());
                    current = page.items().iterator();
                    next = page.next(pageSize);
                }
                return current.hasNext();
            }

            @Override
            public Versioned<R> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }

    /**
     * Counts a query's result.
     *
     * <p>The default pages through the result; a store may override it with a count in the backend.
     *
     * @param <R> the record type
     * @param query the query, not null
     * @return the number of matching records
     * @throws NullPointerException if the query is null
     * @throws StoreException if the backend fails
     */
    default <R> long count(Query<R> query) {
        try (Stream<Versioned<R>> all = stream(query, PageRequest.MAX_SIZE)) {
            return all.count();
        }
    }

    /**
     * Answers an aggregate: how many records count under each of its keys.
     *
     * <p>The default is the aggregate's reference meaning, {@link Aggregate#countIn(Store)}, which
     * reads through {@link #query(Query, PageRequest) query}; a store may override it to answer in
     * its backend (with {@code GROUP BY}), and must then answer exactly the same (rule S11.1).
     *
     * @param aggregate the aggregate, not null
     * @return the tally
     * @throws NullPointerException if the aggregate is null
     * @throws StoreException if the backend fails
     */
    default Tally tally(Aggregate aggregate) {
        Objects.requireNonNull(aggregate, "aggregate must not be null");
        return aggregate.countIn(this);
    }

    /**
     * Answers several aggregates, as {@link #tally(Aggregate)} answers each, ideally from one
     * moment of the data, so that the figures of one report fit together.
     *
     * <p>The default answers them one after the other; a store that can read a snapshot should
     * override it to answer them all from one (rule S11.2).
     *
     * @param aggregates the aggregates, not null, without null elements
     * @return the tallies, in the order of the aggregates, in a new list
     * @throws NullPointerException if the list or an aggregate is null
     * @throws StoreException if the backend fails
     */
    default List<Tally> tallyAll(List<? extends Aggregate> aggregates) {
        List<Tally> tallies = new ArrayList<>(aggregates.size());
        for (Aggregate aggregate : aggregates) {
            tallies.add(tally(aggregate));
        }
        return tallies;
    }
}
