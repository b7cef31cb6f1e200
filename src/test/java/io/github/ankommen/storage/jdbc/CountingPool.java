package io.github.ankommen.storage.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A small connection pool for tests that counts what the store asks of the database: the statements
 * it executes (a batch counts once) and the rows it reads (each {@code ResultSet.next()} that finds
 * a row). Scale claims are tested with these counts at two sizes, never with time.
 */
public final class CountingPool extends TestDataSource {

    private final DataSource database;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    /**
     * A pool on a database.
     *
     * @param database where physical connections come from
     */
    public CountingPool(DataSource database) {
        this.database = database;
    }

    /**
     * The statements executed since the last reset.
     *
     * @return the count
     */
    public long statements() {
        return statements.get();
    }

    /**
     * The rows read since the last reset.
     *
     * @return the count
     */
    public long rows() {
        return rows.get();
    }

    /** Starts counting from zero. */
    public void reset() {
        statements.set(0);
        rows.set(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = idle.poll();
        while (physical != null && physical.isClosed()) {
            physical = idle.poll();
        }
        Connection borrowed = physical == null ? database.getConnection() : physical;
        return (Connection) Proxy.newProxyInstance(CountingPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        if (!borrowed.isClosed()) {
                            idle.push(borrowed);
                        }
                        return null;
                    }
                    Object result = call(borrowed, method, args);
                    if (result instanceof Statement statement) {
                        return wrap(method.getReturnType(), new Counted(statement));
                    }
                    return result;
                });
    }

    private static Object wrap(Class<?> type, InvocationHandler handler) {
        return Proxy.newProxyInstance(CountingPool.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** A statement that counts its executions and the rows of its results. */
    private final class Counted implements InvocationHandler {
        private final Statement statement;

        Counted(Statement statement) {
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("execute")) {
                statements.incrementAndGet();
            }
            Object result = call(statement, method, args);
            if (result instanceof ResultSet resultSet) {
                return wrap(ResultSet.class, (p, m, a) -> {
                    Object value = call(resultSet, m, a);
                    if (m.getName().equals("next") && Boolean.TRUE.equals(value)) {
                        rows.incrementAndGet();
                    }
                    return value;
                });
            }
            return result;
        }
    }
}
