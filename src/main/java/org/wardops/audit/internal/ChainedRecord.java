package org.wardops.audit.internal;

import org.jspecify.annotations.Nullable;

import org.wardops.shared.Hashing;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit record with its link to the previous record of its chain. The hash is SHA-256 over the previous hash and
 * every field, each length-prefixed so that no two different records can produce the same input. A unit chain's
 * records also hash the chain's id; the shared chain's records hash exactly what records hashed before there were
 * unit chains, so that the history written then still verifies.
 *
 * @param seq the record's place in the whole trail (for ordering; not hashed, gaps allowed)
 * @param chainSeq the record's dense position in its chain, from 1
 */
record ChainedRecord(long seq, UUID chainId, long chainSeq, UUID id, Instant occurredAt, UUID actorId, String actorName,
                     String action, String entityType, UUID entityId, @Nullable UUID unitId, @Nullable String before,
                     @Nullable String after, String previousHash, @Nullable String storedHash) {

    static final String GENESIS = "0".repeat(64);
    /** The chain of records without a unit, of the history before unit chains, and of the anchors. */
    static final UUID SHARED_CHAIN = new UUID(0L, 0L);

    static UUID chainOf(@Nullable UUID unitId) {
        return unitId == null ? SHARED_CHAIN : unitId;
    }

    String hash() {
        StringBuilder input = new StringBuilder();
        for (Object field : new Object[] {previousHash, chainSeq, id, occurredAt, actorId, actorName, action, entityType,
                entityId, unitId, before, after}) {
            append(input, field);
        }
        if (!SHARED_CHAIN.equals(chainId)) {
            append(input, chainId);
        }
        return Hashing.sha256(input.toString());
    }

    private static void append(StringBuilder input, @Nullable Object field) {
        String text = field == null ? "\u0000" : field.toString();
        input.append(text.length()).append(':').append(text).append('|');
    }
}
