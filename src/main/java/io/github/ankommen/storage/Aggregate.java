package io.github.ankommen.storage;

/**
 * A figure over many records, as an object a store can push down to SQL: how many records count
 * under each key.
 *
 * <p>Every aggregate type is a record of this package whose components are its parameters, as query
 * types are. {@link #countIn(Store)} is its reference meaning: it computes the tally from what the
 * store's queries return, so that every store answers {@link Store#tally(Aggregate)} without code
 * of its own. A store that knows an aggregate type may answer it in its backend instead (the JDBC
 * store answers with {@code GROUP BY}); it must then answer exactly what {@code countIn} answers
 * (rule S11.1 of {@code docs/storage-contract.md}).
 *
 * @since 0.1.0
 */
public interface Aggregate {

    /**
     * Computes the tally from the records the store's queries return: the reference meaning.
     *
     * @param store the store to read, not null
     * @return the tally
     * @throws NullPointerException if the store is null
     * @throws StoreException if the backend fails
     */
    Tally countIn(Store store);
}
