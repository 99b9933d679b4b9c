package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A unit's training request and its decision. {@code enrolled}: how many of the unit's people accepting enrolled. */
public record TrainingRequestView(UUID id, UUID unitId, String topic, String topicLabel, int people, String preferredPeriod, String reason,
                                  RequestState state, @Nullable UUID sessionId, @Nullable UUID courseId, @Nullable LocalDate sessionHeldOn,
                                  int enrolled, @Nullable String decisionReason, String requestedBy, Instant requestedAt,
                                  @Nullable Instant decidedAt, long version) {
}
