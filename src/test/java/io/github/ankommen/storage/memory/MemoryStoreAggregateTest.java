package io.github.ankommen.storage.memory;

import io.github.ankommen.storage.Store;
import io.github.ankommen.tck.AggregateTck;

/** The default store passes the aggregate TCK. */
class MemoryStoreAggregateTest extends AggregateTck {

    @Override
    protected Store newStore() {
        return new MemoryStore();
    }
}
