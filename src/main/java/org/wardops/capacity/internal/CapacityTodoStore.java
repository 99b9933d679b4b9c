package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** When a unit last changed its capacity records: three indexed reads by unit (staff, assets, infrastructure). */
@Repository
public class CapacityTodoStore {

    private static final String[] TABLES = {"capacity_staff", "capacity_asset", "capacity_infrastructure"};

    private final JdbcClient jdbc;

    CapacityTodoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public @Nullable Instant lastRecorded(UUID unitId) {
        Instant latest = null;
        for (String table : TABLES) {
            OffsetDateTime at = jdbc.sql("SELECT MAX(updated_at) FROM " + table + " WHERE unit_id = :unit").param("unit", unitId)
                    .query(OffsetDateTime.class).optional().orElse(null);
            if (at != null && (latest == null || at.toInstant().isAfter(latest))) {
                latest = at.toInstant();
            }
        }
        return latest;
    }
}
