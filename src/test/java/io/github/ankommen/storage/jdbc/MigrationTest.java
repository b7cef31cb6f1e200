package io.github.ankommen.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.DeniedAccess;
import io.github.ankommen.access.Operation;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.StoreException;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Samples;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The shipped migration scripts and the built-in migrator, each on a database of its own. */
class MigrationTest {

    @Test
    void migrateAppliesEveryScriptOnceAndRecordsIt() throws SQLException {
        DataSource database = Postgres.newDatabase("migrate");
        JdbcStore store = JdbcStore.builder(database).build();   // no history table: not checked

        List<Integer> all = IntStream.rangeClosed(1, JdbcStore.schemaVersion()).boxed().toList();
        assertEquals(all, store.migrate());
        assertEquals(List.of(), store.migrate());

        List<List<Object>> history = rows(database, "SELECT version, script, checksum FROM ankommen_schema_history "
                + "ORDER BY version");
        List<List<Object>> shipped = new ArrayList<>();
        for (Migrations.Script script : Migrations.scripts()) {
            shipped.add(List.of(String.valueOf(script.version()), script.fileName(), script.checksum()));
        }
        assertEquals(shipped, history);
    }

    @Test
    void eachVersionInTurnWithDataInBetweenEndsLikeAFreshInstall() throws SQLException {
        for (int start = 1; start <= JdbcStore.schemaVersion(); start++) {
            DataSource stepwise = Postgres.newDatabase("stepwise");
            // Built on the empty database, before the history exists, so building checks nothing.
            JdbcStore store = JdbcStore.of(stepwise);
            Migrations.migrate(stepwise, start);
            // Records written at the older version must survive the later scripts unchanged.
            Samples samples = Samples.seeded(start);
            List<Written> written = new ArrayList<>();
            for (RecordKind<?, ?> kind : RecordKind.all()) {
                if (writable(stepwise, kind)) {
                    written.add(insert(store, kind, samples, start));
                }
            }
            assertFalse(written.isEmpty());
            JdbcStore.builder(stepwise).migrateOnBuild(true).build();

            DataSource fresh = Postgres.newDatabase("fresh");
            JdbcStore.builder(fresh).migrateOnBuild(true).build();

            assertEquals(schema(fresh), schema(stepwise), "V" + start + " then the later scripts");
            for (Written record : written) {
                assertFound(JdbcStore.of(stepwise), record);
            }
        }
    }

    @Test
    void oneVersionAtATimeWithDataAfterEachStepEndsLikeAFreshInstall() throws SQLException {
        DataSource stepwise = Postgres.newDatabase("onebyone");
        JdbcStore store = JdbcStore.of(stepwise);
        Samples samples = Samples.seeded(11);
        List<Written> written = new ArrayList<>();
        List<Integer> kindsWithTables = new ArrayList<>();
        for (int version = 1; version <= JdbcStore.schemaVersion(); version++) {
            assertEquals(List.of(version), Migrations.migrate(stepwise, version), "V" + version + " alone");
            int kinds = 0;
            for (RecordKind<?, ?> kind : RecordKind.all()) {
                if (writable(stepwise, kind)) {
                    written.add(insert(store, kind, samples, version));
                    kinds++;
                }
            }
            kindsWithTables.add(kinds);
        }
        // V1 brings the network kinds, V2 the case-work kinds, V3 the referral kinds; V4 only indexes;
        // V5 the people kinds; V6 the offer's location, so that today's store writes offers only from V6 on;
        // V7 the change log; V8 the client's registering contact point, so clients only from V8 on.
        int all = RecordKind.all().size();
        assertEquals(List.of(2, 5, 12, 12, all - 3, all - 2, all - 1, all), kindsWithTables);

        DataSource fresh = Postgres.newDatabase("fresh");
        JdbcStore.builder(fresh).migrateOnBuild(true).build();
        assertEquals(schema(fresh), schema(stepwise));
        for (Written record : written) {
            assertFound(JdbcStore.of(stepwise), record);
        }
    }

    @Test
    void theShippedScriptsAreNumberedWithoutGaps() {
        assertEquals(List.of("V1__network.sql", "V2__casework.sql", "V3__referrals.sql", "V4__per_person_indexes.sql",
                "V5__people.sql", "V6__offer_location.sql", "V7__change_log.sql",
                "V8__client_registration.sql"),
                Migrations.scripts().stream().map(Migrations.Script::fileName).toList());
        assertEquals(8, JdbcStore.schemaVersion());
    }

    @Test
    void theScriptsRunUnchangedWithoutTheMigratorAsFlywayRunsThem() throws SQLException {
        DataSource byHand = Postgres.newDatabase("flyway");
        try (Connection connection = byHand.getConnection(); Statement statement = connection.createStatement()) {
            for (Migrations.Script script : Migrations.scripts()) {
                assertTrue(script.fileName().matches("V[1-9][0-9]*__[a-z0-9_]+\\.sql"), script.fileName());
                statement.execute(script.text());
            }
        }
        DataSource migrated = Postgres.newDatabase("migrated");
        JdbcStore.builder(migrated).migrateOnBuild(true).build();
        assertEquals(schema(migrated), schema(byHand));

        // Without the history table the store does not check the schema: Flyway owns it.
        JdbcStore store = JdbcStore.of(byHand);
        Samples samples = Samples.seeded(3);
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            assertFound(store, insert(store, kind, samples, JdbcStore.schemaVersion()));
        }
    }

    @Test
    void aSchemaNewerThanTheLibraryKnowsIsRefused() throws SQLException {
        DataSource database = Postgres.newDatabase("newer");
        JdbcStore store = JdbcStore.builder(database).migrateOnBuild(true).build();
        int newer = JdbcStore.schemaVersion() + 1;
        execute(database, "INSERT INTO ankommen_schema_history (version, description, script, checksum, execution_ms) "
                + "VALUES (" + newer + ", 'future', 'V" + newer + "__future.sql', repeat('0', 64), 0)");

        SchemaTooNewException refused = assertThrows(SchemaTooNewException.class, () -> JdbcStore.of(database));
        assertEquals(JdbcStore.schemaVersion(), refused.knownVersion());
        assertEquals(newer, refused.foundVersion());
        assertThrows(SchemaTooNewException.class, store::migrate);
        assertThrows(SchemaTooNewException.class, () -> JdbcStore.builder(database).migrateOnBuild(true).build());
    }

    @Test
    void aSchemaOlderThanTheLibraryNeedsIsRefusedUnlessMigrated() throws SQLException {
        DataSource database = Postgres.newDatabase("older");
        execute(database, Migrations.CREATE_HISTORY);

        StoreException refused = assertThrows(StoreException.class, () -> JdbcStore.of(database));
        assertFalse(refused instanceof SchemaTooNewException);
        assertTrue(refused.getMessage().contains("migrate()"), refused.getMessage());
        JdbcStore.builder(database).migrateOnBuild(true).build();
        JdbcStore.of(database);
    }

    @Test
    void aScriptChangedAfterItWasAppliedIsRefused() throws SQLException {
        DataSource database = Postgres.newDatabase("changed");
        JdbcStore store = JdbcStore.builder(database).migrateOnBuild(true).build();
        execute(database, "UPDATE ankommen_schema_history SET checksum = repeat('0', 64) WHERE version = 1");

        StoreException refused = assertThrows(StoreException.class, store::migrate);
        assertTrue(refused.getMessage().contains("V1__network.sql"), refused.getMessage());
    }

    @Test
    void migratorsStartingAtOnceApplyEachScriptOnce() throws Exception {
        DataSource database = Postgres.newDatabase("racing");
        JdbcStore store = storeWithoutCheck(database);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Integer> applied = new ArrayList<>();
        try {
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(threads.submit(store::migrate));
            }
            for (Future<List<Integer>> run : runs) {
                applied.addAll(run.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(IntStream.rangeClosed(1, JdbcStore.schemaVersion()).boxed().toList(), applied.stream().sorted()
                .toList());
    }

    /** A store on a database whose schema the test manages itself. */
    private static JdbcStore storeWithoutCheck(DataSource database) {
        return JdbcStore.builder(database).build();
    }

    /** A record written, and its kind. */
    private record Written(RecordKind<?, ?> kind, Versioned<?> row) {
    }

    /** Inserts a sample that the schema version can hold: before V5, no denied call names a people operation. */
    private static <I, R> Written insert(JdbcStore store, RecordKind<I, R> kind, Samples samples, int version) {
        R record = samples.next(kind);
        while (version < 5 && record instanceof DeniedAccess denied && PEOPLE_OPERATIONS.contains(denied.operation())) {
            record = samples.next(kind);
        }
        return new Written(kind, store.insert(kind, record));
    }

    private static final Set<Operation> PEOPLE_OPERATIONS = Set.of(Operation.MANAGE_PEOPLE, Operation.VIEW_PEOPLE,
            Operation.RECORD_ACCOMPANIMENT, Operation.BOOK_APPOINTMENT);

    private static void assertFound(JdbcStore store, Written written) {
        assertFoundAs(store, written.kind(), written.row());
    }

    private static <I, R> void assertFoundAs(JdbcStore store, RecordKind<I, R> kind, Versioned<?> row) {
        R record = kind.cast(row.value());
        assertEquals(Optional.of(Versioned.of(record, row.version())), store.find(kind, kind.idOf(record)));
    }

    /**
     * Whether today's store can write a kind at the database's version: its table exists, with the
     * columns that later scripts added to it.
     */
    private static boolean writable(DataSource database, RecordKind<?, ?> kind) throws SQLException {
        String table = JdbcStore.tableOf(kind);
        if (!exists(database, table)) {
            return false;
        }
        String added = kind == RecordKind.OFFER ? "location_street" : kind == RecordKind.CLIENT ? "registered_at" : null;
        return added == null || !rows(database, "SELECT 1 FROM information_schema.columns WHERE table_schema = "
                + "current_schema() AND table_name = '" + table + "' AND column_name = '" + added + "'").isEmpty();
    }

    private static boolean exists(DataSource database, String table) throws SQLException {
        return !rows(database, "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '"
                + table + "'").isEmpty();
    }

    /**
     * The schema as the catalog describes it: columns, constraints and indexes of every table but
     * the history, in a fixed order.
     */
    private static List<List<Object>> schema(DataSource database) throws SQLException {
        List<List<Object>> schema = new ArrayList<>();
        schema.addAll(rows(database, "SELECT table_name, column_name, ordinal_position, data_type, "
                + "character_maximum_length, is_nullable, column_default, collation_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name <> 'ankommen_schema_history' ORDER BY 1, 2"));
        schema.addAll(rows(database, "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                + "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
                + "AND c.conrelid::regclass::text <> 'ankommen_schema_history' ORDER BY 1, 2"));
        schema.addAll(rows(database, "SELECT tablename, indexname, indexdef FROM pg_indexes "
                + "WHERE schemaname = current_schema() AND tablename <> 'ankommen_schema_history' ORDER BY 1, 2"));
        assertFalse(schema.isEmpty());
        return schema;
    }

    private static List<List<Object>> rows(DataSource database, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    row.add(value == null ? "null" : value.toString().trim());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
