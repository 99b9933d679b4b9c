package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A proposal to the city leadership built from common difficulties, with the units they affect: all counted in
 * {@code unitsAffectedCount}, named in {@code unitsAffected} only as far as the reader may see them (a confidential
 * difficulty's unit is counted, not shown). {@code actions}: what the reader may do now.
 */
public record ProposalView(UUID id, String title, String problem, String mechanism, String decidingBody, String requestedDecision,
                           @Nullable LocalDate requestedBy, ProposalState state, @Nullable String decisionText, @Nullable LocalDate decisionDate,
                           List<UUID> commonDifficultyIds, List<String> commonDifficultyTitles, int unitsAffectedCount, List<UnitRef> unitsAffected,
                           Instant createdAt, long version, Set<ProposalAction> actions) {
}
