package org.casewatch.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the single connection's prepared statements for reuse: SQLite compiles a statement in about as long as
 * it takes to run a small one, and the repositories prepare the same few dozen statements for every item.
 * Repositories keep writing {@code try (PreparedStatement st = c.prepareStatement(sql))}; closing a cached
 * statement clears its parameters and returns it. A statement still open when its text is asked for again
 * (a query inside a loop over its own results) gets a fresh, uncached one. Used under the database's lock only.
 */
final class StatementCache {

    /** Statement texts are constants; a bound keeps a future generated one from growing the cache forever. */
    private static final int MAX_STATEMENTS = 256;

    private final Connection connection;
    private final Map<String, Entry> statements = new HashMap<>();
    private final Connection caching;

    StatementCache(Connection connection) {
        this.connection = connection;
        this.caching = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, this::onConnection);
    }

    /** The connection to hand to units of work: its {@code prepareStatement(String)} reuses statements. */
    Connection connection() {
        return caching;
    }

    /** Closes every cached statement (before the connection itself is closed). */
    void clear() throws SQLException {
        for (Entry entry : statements.values()) {
            entry.statement.close();
        }
        statements.clear();
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args.length == 1) {
            return prepare((String) args[0]);
        }
        return invoke(connection, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Entry entry = statements.get(sql);
        if (entry == null && statements.size() >= MAX_STATEMENTS) {
            return connection.prepareStatement(sql);
        }
        if (entry == null) {
            entry = new Entry(connection.prepareStatement(sql));
            statements.put(sql, entry);
        } else if (entry.inUse) {
            return connection.prepareStatement(sql);
        }
        entry.inUse = true;
        return entry.lent;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One cached statement and the view of it lent to a unit of work, whose close() gives it back. */
    private static final class Entry implements InvocationHandler {

        final PreparedStatement statement;
        final PreparedStatement lent;
        boolean inUse;

        Entry(PreparedStatement statement) {
            this.statement = statement;
            this.lent = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[]{PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (inUse) {
                        inUse = false;
                        statement.clearParameters();
                        statement.clearBatch();
                    }
                    return null;
                }
                case "isClosed" -> {
                    return !inUse;
                }
                default -> {
                    return StatementCache.invoke(statement, method, args);
                }
            }
        }
    }
}
