package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A proposal to the city leadership built from common difficulties, with the units they affect. */
public record ProposalView(UUID id, String title, String problem, String mechanism, String decidingBody, String requestedDecision,
                           @Nullable LocalDate requestedBy, ProposalState state, @Nullable String decisionText, @Nullable LocalDate decisionDate,
                           List<UUID> commonDifficultyIds, List<String> commonDifficultyTitles, int unitsAffectedCount, List<UnitRef> unitsAffected,
                           Instant createdAt, long version) {
}
