package io.github.ankommen.storage.memory;

import io.github.ankommen.storage.Store;
import io.github.ankommen.tck.StoreTck;

/** The default store passes the whole TCK. */
class MemoryStoreTest extends StoreTck {

    @Override
    protected Store newStore() {
        return new MemoryStore();
    }
}
