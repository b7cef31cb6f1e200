package io.github.ankommen.storage.example;

import io.github.ankommen.storage.Store;
import io.github.ankommen.tck.AggregateTck;

/** The example store gets the aggregates for free, from its queries, and passes their TCK. */
class TableStoreAggregateTest extends AggregateTck {

    @Override
    protected Store newStore() {
        return new TableStore();
    }
}
