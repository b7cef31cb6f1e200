/**
 * API: a store in PostgreSQL through plain JDBC: {@link
 * io.github.ankommen.storage.jdbc.JdbcStore}.
 *
 * <p>The application supplies a {@link javax.sql.DataSource} (and with it the driver and the pool
 * of its choice); the library adds no JDBC dependency of its own. The schema is plain tables and
 * columns, created by versioned SQL scripts that the store applies itself or that Flyway applies.
 * {@code docs/postgresql.md} covers setup, migrations, isolation and sizing.
 */
package io.github.ankommen.storage.jdbc;
