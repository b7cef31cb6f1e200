package io.github.ankommen.storage.jdbc;

import io.github.ankommen.storage.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped schema scripts and the migrator that applies them.
 *
 * <p>The scripts are resources named as Flyway names them ({@code V1__network.sql}), in the
 * package folder {@code io/github/ankommen/storage/jdbc/migration}. The migrator applies each
 * missing one in a transaction of its own and records it in {@value #HISTORY}, a table of its own
 * so that it never meets Flyway's {@code flyway_schema_history}. A transaction-scoped advisory lock
 * makes migrators that start at once, in several JVMs, apply each script once.
 */
final class Migrations {

    /** The history table. */
    static final String HISTORY = "ankommen_schema_history";

    /** The scripts this version ships, in order; a new one is added at the end. */
    private static final List<Script> SCRIPTS = List.of(new Script(1, "network"), new Script(2, "casework"),
            new Script(3, "referrals"), new Script(4, "per_person_indexes"), new Script(5, "people"),
            new Script(6, "offer_location"),
            new Script(7, "change_log"),
            new Script(8, "client_registration"));

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** "ankommen" in ASCII: the key of the advisory lock that migrators take. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(7020666995438609774)";

    static final String CREATE_HISTORY = "CREATE TABLE IF NOT EXISTS " + HISTORY + " ("
            + "version integer PRIMARY KEY, "
            + "description varchar(200) NOT NULL, "
            + "script varchar(200) NOT NULL, "
            + "checksum char(64) NOT NULL, "
            + "installed_on timestamptz NOT NULL DEFAULT now(), "
            + "execution_ms integer NOT NULL)";

    private Migrations() {
    }

    /**
     * One shipped script. (A class, not a record: the module-path smoke run expects every record's
     * package to be open to Hibernate Validator, and nothing here is validated.)
     */
    static final class Script {

        private final int version;
        private final String description;

        Script(int version, String description) {
            this.version = version;
            this.description = description;
        }

        int version() {
            return version;
        }

        String description() {
            return description;
        }

        /** The file name, as Flyway expects it. */
        String fileName() {
            return "V" + version + "__" + description + ".sql";
        }

        /** The script's SQL. */
        String text() {
            try (InputStream in = Migrations.class.getResourceAsStream("migration/" + fileName())) {
                if (in == null) {
                    throw new IllegalStateException("the library jar lacks its migration " + fileName());
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the migration " + fileName(), e);
            }
        }

        /** SHA-256 of the text with Unix line ends, in hex: the same whatever a checkout did to them. */
        String checksum() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                        .digest(text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }

    /** The scripts, in order. */
    static List<Script> scripts() {
        return SCRIPTS;
    }

    /** The newest schema version this library knows. */
    static int latest() {
        return SCRIPTS.get(SCRIPTS.size() - 1).version();
    }

    /**
     * Applies the missing scripts up to {@code target}.
     *
     * @return the versions applied, in order; empty if the schema was up to date
     * @throws SchemaTooNewException if the database records a version newer than {@link #latest()}
     */
    static List<Integer> migrate(DataSource dataSource, int target) throws SQLException {
        List<Integer> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (Script script : SCRIPTS) {
                    if (script.version() <= target && apply(connection, script)) {
                        applied.add(script.version());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return applied;
    }

    /** Applies one script in a transaction of its own, unless the history has it. */
    private static boolean apply(Connection connection, Script script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(LOCK);
            statement.execute(CREATE_HISTORY);
            Map<Integer, String> history = history(connection);
            int found = history.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (found > latest()) {
                throw new SchemaTooNewException(latest(), found);
            }
            String recorded = history.get(script.version());
            if (recorded != null) {
                connection.commit();
                if (!recorded.trim().equals(script.checksum())) {
                    throw new StoreException("the database records " + script.fileName() + " with checksum "
                            + recorded.trim() + ", but this version of ankommen ships it with " + script.checksum()
                            + ": the script was changed after it was applied", null);
                }
                return false;
            }
            long start = System.nanoTime();
            statement.execute(script.text());
            int millis = (int) ((System.nanoTime() - start) / 1_000_000);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
                    + " (version, description, script, checksum, execution_ms) VALUES (?, ?, ?, ?, ?)")) {
                insert.setInt(1, script.version());
                insert.setString(2, script.description());
                insert.setString(3, script.fileName());
                insert.setString(4, script.checksum());
                insert.setInt(5, millis);
                insert.executeUpdate();
            }
            connection.commit();
            LOG.info("applied schema migration {} in {} ms", script.fileName(), millis);
            return true;
        }
    }

    /**
     * The newest version the history records.
     *
     * @return the version, 0 if the history is empty, -1 if there is no history table
     */
    static int recordedVersion(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT to_regclass('" + HISTORY + "') IS NOT NULL")) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return -1;
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM " + HISTORY)) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Map<Integer, String> history(Connection connection) throws SQLException {
        Map<Integer, String> history = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM " + HISTORY)) {
            while (rows.next()) {
                history.put(rows.getInt(1), rows.getString(2));
            }
        }
        return history;
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
