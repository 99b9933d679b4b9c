package org.wardops.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One audit record as shown to auditors and in a record's history panel; states are JSON text. */
public record AuditRecordView(
        long seq,
        UUID id,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String action,
        String entityType,
        UUID entityId,
        @Nullable UUID unitId,
        @Nullable String before,
        @Nullable String after,
        String hash) {
}
