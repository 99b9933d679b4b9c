package org.wardops.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit record as shown to auditors and in a record's history panel; states are JSON text. {@code actorName} is
 * the account's user name as recorded; {@code actorLabel} the person and unit behind it now ("Huỳnh Thị Mai (Phường Xóm
 * Chiếu)"), or the user name when the account has no person.
 */
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
        String hash,
        String actorLabel) {

    public AuditRecordView withActorLabel(String label) {
        return new AuditRecordView(seq, id, occurredAt, actorId, actorName, action, entityType, entityId, unitId, before, after, hash, label);
    }
}
