package io.github.ankommen.storage.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.jdbc.PgConnection;

/**
 * A minimal connection pool for the tests, as an application's pool would behave towards the store:
 * closing a connection hands it back for reuse. It also checks what a real pool relies on, that the
 * store hands every connection back in auto-commit mode and outside a transaction
 * ({@link #dirtyReturns()}), and it lets a test run code before any statement is executed
 * ({@link #hook(Hook)}), to pause a unit halfway or to kill its connection.
 */
final class TestPool extends TestDataSource {

    /** Runs before a statement executes. */
    @FunctionalInterface
    interface Hook {
        /**
         * @param backendPid the PostgreSQL process of the connection that executes
         * @param sql the statement's SQL, or null for a batch of a plain statement
         */
        void before(int backendPid, String sql) throws SQLException;
    }

    private final DataSource database;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger dirtyReturns = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private volatile Hook hook;

    TestPool(DataSource database) {
        this.database = database;
    }

    /** Sets the hook that runs before each statement; null for none. */
    void hook(Hook newHook) {
        this.hook = newHook;
    }

    /** How many connections came back in manual-commit mode or inside a transaction. */
    int dirtyReturns() {
        return dirtyReturns.get();
    }

    /** How many physical connections this pool opened. */
    int opened() {
        return opened.get();
    }

    /** Closes the idle connections. */
    void closeIdle() throws SQLException {
        Connection connection;
        while ((connection = idle.poll()) != null) {
            connection.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = idle.poll();
        while (physical != null && physical.isClosed()) {
            physical = idle.poll();
        }
        if (physical == null) {
            physical = database.getConnection();
            opened.incrementAndGet();
        }
        return (Connection) Proxy.newProxyInstance(TestPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Logical(physical));
    }

    /** A borrowed connection: close hands it back. */
    private final class Logical implements InvocationHandler {
        private final Connection physical;
        private final int pid;
        private boolean closed;

        Logical(Connection physical) throws SQLException {
            this.physical = physical;
            this.pid = physical.unwrap(PGConnection.class).getBackendPID();
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        giveBack(physical);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || physical.isClosed();
                }
                default -> {
                    if (closed) {
                        throw new SQLException("connection handed back to the pool", "08003");
                    }
                }
            }
            Object result = call(physical, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(TestPool.class.getClassLoader(), new Class<?>[] {type},
                        new Watched(statement, pid, sql));
            }
            return result;
        }
    }

    /** A statement that runs the hook before it executes. */
    private final class Watched implements InvocationHandler {
        private final Statement statement;
        private final int pid;
        private final String sql;

        Watched(Statement statement, int pid, String sql) {
            this.statement = statement;
            this.pid = pid;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Hook current = hook;
            if (current != null && method.getName().startsWith("execute")) {
                String text = args != null && args.length > 0 && args[0] instanceof String given ? given : sql;
                current.before(pid, text);
            }
            return call(statement, method, args);
        }
    }

    private void giveBack(Connection physical) throws SQLException {
        if (physical.isClosed()) {
            return;
        }
        boolean inTransaction = physical.unwrap(PgConnection.class).getTransactionState() != TransactionState.IDLE;
        if (!physical.getAutoCommit() || inTransaction) {
            dirtyReturns.incrementAndGet();
            physical.close();
            return;
        }
        idle.push(physical);
    }
}
