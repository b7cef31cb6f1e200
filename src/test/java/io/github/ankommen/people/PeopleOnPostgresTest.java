package io.github.ankommen.people;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;

/** The people services on PostgreSQL. */
class PeopleOnPostgresTest extends PeopleContract {

    @Override
    Store newStore() {
        return JdbcStore.builder(Postgres.newDatabase("people")).migrateOnBuild(true).build();
    }
}
