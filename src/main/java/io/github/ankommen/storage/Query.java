package io.github.ankommen.storage;

/**
 * A query over the records of one kind, as an object a store can push down to an index or to SQL.
 *
 * <p>Every query type is a record of this package whose components are its filters; a store
 * translates them into its own lookup. {@link #matches(Object)} is the reference meaning of the
 * query: a store returns exactly the records it accepts. Results are ordered by the records' id
 * keys ({@link RecordKind#key(Object)}) in ascending order, which makes keyset paging stable.
 *
 * @param <R> the record type
 * @since 0.1.0
 */
public interface Query<R> {

    /**
     * The kind of record this query selects.
     *
     * @return the kind
     */
    RecordKind<?, R> kind();

    /**
     * Asks whether a record belongs to the query's result: the query's exact meaning.
     *
     * @param record the record, not null
     * @return true if the record matches every filter
     */
    boolean matches(R record);
}
