package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A proposal as drafted: the problem, the proposed mechanism, who decides, what decision is requested and by when. */
public record NewProposal(@Nullable String title, @Nullable String problem, @Nullable String mechanism, @Nullable String decidingBody,
                          @Nullable String requestedDecision, @Nullable LocalDate requestedBy, @Nullable List<UUID> commonDifficultyIds) {
}
