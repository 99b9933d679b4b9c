package org.wardops.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the audit trail; all optional. {@code unitIds} and {@code actorIds} come from a search by unit or person
 * name (an empty set matches nothing); {@code from} and {@code to} are days in Vietnam's time zone, inclusive.
 */
public record AuditQuery(@Nullable UUID entityId, @Nullable UUID unitId, @Nullable UUID actorId, @Nullable Set<UUID> unitIds,
                         @Nullable Set<UUID> actorIds, @Nullable LocalDate from, @Nullable LocalDate to) {

    public AuditQuery(@Nullable UUID entityId, @Nullable UUID unitId, @Nullable UUID actorId) {
        this(entityId, unitId, actorId, null, null, null, null);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null);
    }
}
