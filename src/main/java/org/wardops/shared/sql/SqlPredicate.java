package org.wardops.shared.sql;

import java.util.Map;

/**
 * A piece of a WHERE clause with its bound parameters: what a module's policy answers for "which rows may this actor
 * see", so that lists filter and count in SQL and never cut a page and then drop rows in Java.
 */
public record SqlPredicate(String sql, Map<String, Object> params) {

    public SqlPredicate {
        params = Map.copyOf(params);
    }

    public static SqlPredicate all() {
        return new SqlPredicate("1 = 1", Map.of());
    }

    public static SqlPredicate none() {
        return new SqlPredicate("1 = 0", Map.of());
    }
}
