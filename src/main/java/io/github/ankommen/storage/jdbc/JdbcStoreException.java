package io.github.ankommen.storage.jdbc;

import io.github.ankommen.storage.StoreException;
import java.sql.SQLException;

/**
 * The database failed a call of {@link JdbcStore}: the connection broke, a statement was refused,
 * the database rolled a unit back. Nothing of the unit that was being applied is visible.
 *
 * <p>The cause is the driver's {@link SQLException}, and {@link #sqlState()} keeps its SQLState as
 * data, so that a caller can decide without parsing messages. {@link #isRetryable()} tells the
 * failures where applying the same unit again may well succeed. The message names the operation
 * and the SQLState, never a value of a record.
 *
 * @since 0.1.0
 */
public class JdbcStoreException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** SQLState of a serialization failure. */
    static final String SERIALIZATION_FAILURE = "40001";
    /** SQLState of a deadlock the database broke by rolling one transaction back. */
    static final String DEADLOCK_DETECTED = "40P01";

    /** The SQLState of the driver's exception, or null. */
    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param operation what failed, free of personal data, for example "apply a unit of 2 writes"
     * @param cause the driver's exception, not null
     */
    JdbcStoreException(String operation, SQLException cause) {
        super("could not " + operation + ": SQLState " + cause.getSQLState(), cause);
        this.sqlState = cause.getSQLState();
    }

    /**
     * Creates the exception for a failure the driver did not report as an {@link SQLException}: a
     * runtime exception of the driver, or stored rows that do not make a valid record.
     *
     * @param operation what failed, free of personal data
     * @param cause the exception, not null
     */
    JdbcStoreException(String operation, RuntimeException cause) {
        super("could not " + operation + ": " + cause.getClass().getName(), cause);
        this.sqlState = null;
    }

    /**
     * The SQLState of the database's error: five characters whose first two are its class, for
     * example {@code 08006} (connection failure), {@code 57P01} (the server terminated the session),
     * {@code 40001} (serialization failure), {@code 40P01} (deadlock).
     *
     * @return the SQLState, or null if the failure had none
     */
    public String sqlState() {
        return sqlState;
    }

    /**
     * Asks whether applying the same unit again may succeed: the database rolled the unit back
     * because of a concurrent one (SQLState {@code 40001} serialization failure or {@code 40P01}
     * deadlock). A caller retries such a unit as it is, without reading again; if it then conflicts,
     * the usual {@link io.github.ankommen.storage.ConflictException} says so.
     *
     * @return true for a serialization failure or a deadlock
     */
    public boolean isRetryable() {
        return SERIALIZATION_FAILURE.equals(sqlState) || DEADLOCK_DETECTED.equals(sqlState);
    }
}
