package io.github.ankommen.storage.jdbc;

import io.github.ankommen.storage.StoreException;

/**
 * The database's schema is newer than this version of ankommen knows: a newer version of the
 * library migrated it. {@link JdbcStore} refuses to work on it, because it could write rows that
 * the newer schema does not expect. Upgrade ankommen, or restore the database.
 *
 * @since 0.1.0
 */
public class SchemaTooNewException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** The newest schema version this library knows. */
    private final int knownVersion;
    /** The schema version the database records. */
    private final int foundVersion;

    /**
     * Creates the exception.
     *
     * @param knownVersion the newest schema version this library knows
     * @param foundVersion the schema version the database records
     */
    SchemaTooNewException(int knownVersion, int foundVersion) {
        super("the database schema is at version " + foundVersion + ", but this version of ankommen knows versions "
                + "up to " + knownVersion + " only: upgrade ankommen", null);
        this.knownVersion = knownVersion;
        this.foundVersion = foundVersion;
    }

    /**
     * The newest schema version this library knows, {@link JdbcStore#schemaVersion()}.
     *
     * @return the version
     */
    public int knownVersion() {
        return knownVersion;
    }

    /**
     * The schema version the database records in its history table.
     *
     * @return the version, greater than {@link #knownVersion()}
     */
    public int foundVersion() {
        return foundVersion;
    }
}
