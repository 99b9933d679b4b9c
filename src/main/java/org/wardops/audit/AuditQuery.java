package org.wardops.audit;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Filters of the audit trail; all optional. */
public record AuditQuery(@Nullable UUID entityId, @Nullable UUID unitId, @Nullable UUID actorId) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null);
    }
}
