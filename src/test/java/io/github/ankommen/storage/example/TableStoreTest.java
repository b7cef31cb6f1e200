package io.github.ankommen.storage.example;

import io.github.ankommen.storage.Store;
import io.github.ankommen.tck.StoreTck;

/** The example store passes the whole TCK: this is all an integrator writes to run it. */
class TableStoreTest extends StoreTck {

    @Override
    protected Store newStore() {
        return new TableStore();
    }
}
