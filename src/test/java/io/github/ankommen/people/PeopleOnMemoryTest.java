package io.github.ankommen.people;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.memory.MemoryStore;

/** The people services on the in-memory store. */
class PeopleOnMemoryTest extends PeopleContract {

    @Override
    Store newStore() {
        return new MemoryStore();
    }
}
