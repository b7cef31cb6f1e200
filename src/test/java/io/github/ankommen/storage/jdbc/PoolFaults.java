package io.github.ankommen.storage.jdbc;

import io.github.ankommen.tck.BackendFaults;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * The TCK's fault hook for {@link JdbcStore}: the test pool's connections throw an
 * {@link SQLException} at the chosen write statement ({@code INSERT}, {@code UPDATE},
 * {@code DELETE}, or a batch of them), as a database does when a disk fills or a constraint of its
 * own fires.
 */
final class PoolFaults implements BackendFaults {

    private final TestPool pool;
    private int writes;
    private volatile Throwable fired;

    PoolFaults(TestPool pool) {
        this.pool = pool;
    }

    @Override
    public synchronized void failAtWrite(int write) {
        if (write < 1) {
            throw new IllegalArgumentException("writes count from 1, not " + write);
        }
        writes = 0;
        fired = null;
        pool.hook((pid, sql) -> {
            if (fired == null && isWrite(sql) && ++writes == write) {
                SQLException fault = new SQLException("could not extend file (injected by the TCK at write " + write + ")",
                        "53100");
                fired = fault;
                throw fault;
            }
        });
    }

    @Override
    public synchronized Throwable disarm() {
        pool.hook(null);
        return fired;
    }

    private static boolean isWrite(String sql) {
        if (sql == null) {
            return true;
        }
        String statement = sql.strip().toUpperCase(Locale.ROOT);
        return statement.startsWith("INSERT") || statement.startsWith("UPDATE") || statement.startsWith("DELETE");
    }

    /** The JDBC store keeps a backend failure's SQL state and error code, never its message (issue 13). */
    @Override
    public boolean standsFor(Throwable cause, Throwable fault) {
        return cause == fault || cause instanceof SQLException kept && fault instanceof SQLException original
                && Objects.equals(kept.getSQLState(), original.getSQLState())
                && kept.getErrorCode() == original.getErrorCode();
    }
}
