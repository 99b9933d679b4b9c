package org.wardops.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of re-computing every chain of the trail (one per unit, and the shared chain).
 *
 * @param chainsChecked how many chains were walked
 * @param brokenChainId the unit whose chain is broken; null when intact or when the shared chain is broken
 * @param brokenChainName that unit's name, for the reader
 * @param firstBrokenSeq the position, within its chain, of the first record whose content, order or link does not
 *                       match, when the trail is broken
 * @param problem a message key naming what is wrong
 */
public record AuditVerification(boolean intact, long recordsChecked, int chainsChecked, @Nullable UUID brokenChainId,
                                @Nullable String brokenChainName, @Nullable Long firstBrokenSeq, @Nullable String problem,
                                Instant verifiedAt) {

    public AuditVerification withChecked(long records, int chains) {
        return new AuditVerification(intact, records, chains, brokenChainId, brokenChainName, firstBrokenSeq, problem, verifiedAt);
    }

    public AuditVerification withChainName(@Nullable String name) {
        return new AuditVerification(intact, recordsChecked, chainsChecked, brokenChainId, name, firstBrokenSeq, problem, verifiedAt);
    }
}
