package org.casewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conversions between JDBC columns and the optional instants and strings the repositories speak. */
final class Sql {

    private Sql() {
    }

    /** A statement with its parameters bound in order. */
    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }

    /** The first column of every row, in order. */
    static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** @return how many rows the statement changed */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params)) {
            return st.executeUpdate();
        }
    }

    static void setInstant(PreparedStatement st, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            st.setLong(index, value.get().toEpochMilli());
        } else {
            st.setNull(index, Types.BIGINT);
        }
    }

    static void setString(PreparedStatement st, int index, Optional<String> value) throws SQLException {
        st.setString(index, value.orElse(null));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    static Optional<String> string(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
