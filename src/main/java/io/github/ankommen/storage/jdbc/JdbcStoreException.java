package io.github.ankommen.storage.jdbc;

import io.github.ankommen.storage.StoreException;
import java.sql.SQLException;

/**
 * The database failed a call of {@link JdbcStore}: the connection broke, a statement was refused,
 * the database rolled a unit back. Nothing of the unit that was being applied is visible.
 *
 * <p>The cause is an {@link SQLException} that keeps the driver's SQLState, vendor error code and
 * stack trace, but not its message: a driver's message can quote the statement with its values
 * (a batch's {@code BatchUpdateException} does), and so personal data. The same holds for the chain
 * of next exceptions and for the suppressed ones. {@link #sqlState()} and {@link #errorCode()} keep
 * the codes as data, so that a caller can decide without parsing messages. {@link #isRetryable()}
 * tells the failures where applying the same unit again may well succeed. The message names the
 * operation, the SQLState and the error code, never a value of a record.
 *
 * @since 0.1.0
 */
public class JdbcStoreException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** SQLState of a serialization failure. */
    static final String SERIALIZATION_FAILURE = "40001";
    /** SQLState of a deadlock the database broke by rolling one transaction back. */
    static final String DEADLOCK_DETECTED = "40P01";

    private static final int MAX_CHAIN = 20;

    /** The SQLState of the driver's exception, or null. */
    private final String sqlState;
    /** The vendor's error code of the driver's exception, or 0. */
    private final int errorCode;

    /**
     * Creates the exception.
     *
     * @param operation what failed, free of personal data, for example "apply a unit of 2 writes"
     * @param cause the driver's exception, not null
     */
    JdbcStoreException(String operation, SQLException cause) {
        super("could not " + operation + ": SQLState " + cause.getSQLState() + ", error code " + cause.getErrorCode(),
                sanitized(cause));
        this.sqlState = cause.getSQLState();
        this.errorCode = cause.getErrorCode();
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
        this.errorCode = 0;
    }

    /**
     * A driver's exception without its message, which may quote a statement with its values: the
     * SQLState, the vendor error code, the stack trace, and the same of its next and suppressed
     * exceptions.
     *
     * @param cause the driver's exception
     * @return an exception that holds no text of the driver's
     */
    static SQLException sanitized(SQLException cause) {
        return sanitized(cause, 0);
    }

    private static SQLException sanitized(SQLException cause, int depth) {
        SQLException clean = new SQLException(cause.getClass().getSimpleName() + ": SQLState " + cause.getSQLState()
                + ", error code " + cause.getErrorCode(), cause.getSQLState(), cause.getErrorCode());
        clean.setStackTrace(cause.getStackTrace());
        if (depth < MAX_CHAIN) {
            SQLException next = cause.getNextException();
            if (next != null && next != cause) {
                clean.setNextException(sanitized(next, depth + 1));
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed instanceof SQLException sql) {
                    clean.addSuppressed(sanitized(sql, depth + 1));
                }
            }
        }
        return clean;
    }

    /**
     * The vendor's error code of the failure, as the driver reported it.
     *
     * @return the code; 0 if the driver gave none or the failure was not the database's
     */
    public int errorCode() {
        return errorCode;
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
