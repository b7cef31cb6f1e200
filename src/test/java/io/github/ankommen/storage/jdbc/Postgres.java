package io.github.ankommen.storage.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL per test JVM, started on first use from the binaries in the test
 * dependencies (nothing needs installing) and stopped when the JVM exits. Each caller gets a
 * database of its own.
 */
public final class Postgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Data that dies with the JVM needs no durability: no fsync makes the suite faster.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("deadlock_timeout", "200ms")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** A superuser's data source on the server's {@code postgres} database. */
    static DataSource admin() {
        return server().getPostgresDatabase();
    }

    /**
     * Creates an empty database.
     *
     * @param prefix the start of its name, lower-case letters and underscores
     * @return a data source on it, without a pool
     */
    public static DataSource newDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection connection = admin().getConnection(); Statement statement = connection.createStatement()) {
            // The name is made here from constants, never from input.
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server().getDatabase("postgres", name);
    }

    /** Terminates a server process, as an administrator or a crash would. */
    static void terminate(int backendPid) throws SQLException {
        try (Connection connection = admin().getConnection();
                var statement = connection.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
            statement.setInt(1, backendPid);
            statement.execute();
        }
    }

    /** A data source whose server is not there: a port nothing listens on. */
    static DataSource unreachable() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(Postgres.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:1/nowhere?connectTimeout=2",
                                "postgres", "");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Empties every table of a database but the schema history.
     *
     * @param dataSource the database
     */
    public static void empty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = "
                    + "current_schema() AND tablename <> 'ankommen_schema_history' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // DELETE is quicker than TRUNCATE on tables this small; child rows go with their parents.
            for (String table : tables) {
                statement.addBatch("DELETE FROM " + table);
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the tables", e);
        }
    }
}
