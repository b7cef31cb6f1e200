package io.github.ankommen;

import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the services read a whole query result: page by page through {@link Store#stream}, in pages
 * of the largest size, with the stream closed again. Not API: the services' own helper.
 */
final class QueryResults {

    private QueryResults() {
    }

    /**
     * Every record a query selects, with its version.
     *
     * @param <R> the record type
     * @param store the store
     * @param query the query
     * @return the records in the query's order
     */
    static <R> List<Versioned<R>> versioned(Store store, Query<R> query) {
        try (Stream<Versioned<R>> all = store.stream(query, PageRequest.MAX_SIZE)) {
            return all.toList();
        }
    }

    /**
     * Every record a query selects.
     *
     * @param <R> the record type
     * @param store the store
     * @param query the query
     * @return the records in the query's order
     */
    static <R> List<R> values(Store store, Query<R> query) {
        return values(versioned(store, query));
    }

    /**
     * The records without their versions.
     *
     * @param <R> the record type
     * @param versioned the versioned records
     * @return the records, in the same order
     */
    static <R> List<R> values(List<Versioned<R>> versioned) {
        return versioned.stream().map(Versioned::value).toList();
    }
}
