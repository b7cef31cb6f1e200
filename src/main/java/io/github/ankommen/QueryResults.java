package io.github.ankommen;

import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How the services read a whole query result: page by page through {@link Store#query}, in pages
 * of the largest size. Most results fit one page, which is returned as it is, without a stream or
 * a copy (a case's referrals, read whenever a case closes). Not API: the services' own helper.
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
        Page<Versioned<R>> page = store.query(query, PageRequest.first(PageRequest.MAX_SIZE));
        if (page.nextCursor() == null) {
            return page.items();
        }
        List<Versioned<R>> all = new ArrayList<>(page.items());
        for (Optional<PageRequest> next = page.next(PageRequest.MAX_SIZE); next.isPresent();
                next = page.next(PageRequest.MAX_SIZE)) {
            page = store.query(query, next.get());
            all.addAll(page.items());
        }
        return Collections.unmodifiableList(all);
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
