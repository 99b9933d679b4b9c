package org.wardops.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The outcome of re-computing the whole chain.
 *
 * @param firstBrokenSeq the first record whose content, order or link does not match, when the chain is broken
 * @param problem a message key naming what is wrong
 */
public record AuditVerification(boolean intact, long recordsChecked, @Nullable Long firstBrokenSeq,
                                @Nullable String problem, Instant verifiedAt) {
}
