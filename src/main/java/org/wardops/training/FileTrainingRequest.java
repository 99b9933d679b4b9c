package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A unit asks for training: topic, number of people, preferred period ({@code 2026-12} or {@code 2026-Q4}), reason. */
public record FileTrainingRequest(@Nullable UUID unitId, @Nullable String topic, @Nullable Integer people, @Nullable String preferredPeriod,
                                  @Nullable String reason) {
}
