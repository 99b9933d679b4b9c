package org.wardops.audit.internal;

import org.jspecify.annotations.Nullable;

import org.wardops.shared.Hashing;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit record with its link to the previous one. The hash is SHA-256 over the previous hash and every field,
 * each length-prefixed so that no two different records can produce the same input.
 */
record ChainedRecord(long seq, UUID id, Instant occurredAt, UUID actorId, String actorName, String action,
                     String entityType, UUID entityId, @Nullable UUID unitId, @Nullable String before,
                     @Nullable String after, String previousHash, @Nullable String storedHash) {

    static final String GENESIS = "0".repeat(64);

    ChainedRecord(long seq, UUID id, Instant occurredAt, UUID actorId, String actorName, String action, String entityType,
                  UUID entityId, @Nullable UUID unitId, @Nullable String before, @Nullable String after, String previousHash) {
        this(seq, id, occurredAt, actorId, actorName, action, entityType, entityId, unitId, before, after, previousHash, null);
    }

    String hash() {
        StringBuilder input = new StringBuilder();
        for (Object field : new Object[] {previousHash, seq, id, occurredAt, actorId, actorName, action, entityType,
                entityId, unitId, before, after}) {
            String text = field == null ? "\u0000" : field.toString();
            input.append(text.length()).append(':').append(text).append('|');
        }
        return Hashing.sha256(input.toString());
    }
}
