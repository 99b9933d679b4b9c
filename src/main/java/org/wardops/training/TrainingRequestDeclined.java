package org.wardops.training;

import java.util.UUID;

/** A training request was declined with a reason. */
public record TrainingRequestDeclined(UUID requestId, UUID unitId, String topicLabel, String reason) {
}
