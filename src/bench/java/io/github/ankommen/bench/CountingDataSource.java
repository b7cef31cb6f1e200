package io.github.ankommen.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source in front of a pool that counts what is asked of the database through it: each
 * {@code execute…} call of a statement (a batch counts once), and each {@code ResultSet.next()} that
 * finds a row. Connections, statements and results are wrapped in proxies that pass every call on.
 */
final class CountingDataSource implements DataSource {

    private final DataSource pool;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    CountingDataSource(DataSource pool) {
        this.pool = pool;
    }

    /** The statements executed since the last {@link #reset()}. */
    long statements() {
        return statements.get();
    }

    /** The rows read since the last {@link #reset()}. */
    long rows() {
        return rows.get();
    }

    /** Starts counting from zero. */
    void reset() {
        statements.set(0);
        rows.set(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counted(Connection.class, pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counted(Connection.class, pool.getConnection(username, password));
    }

    /** Wraps a JDBC object so that what it hands out is wrapped too, and what it does is counted. */
    private <T> T counted(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                statements.incrementAndGet();
            }
            Object result = forward(target, method, args);
            if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rows.incrementAndGet();
            }
            Class<?> returned = method.getReturnType();
            if (result != null && (Statement.class.isAssignableFrom(returned) || returned == ResultSet.class)) {
                return counted(cast(returned), result);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> cast(Class<?> type) {
        return (Class<Object>) type;
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("the counting data source hides its pool");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
