package org.wardops.training;

import java.time.LocalDate;
import java.util.UUID;

/** A training request was accepted into a session; {@code enrolled} of the unit's people were enrolled. */
public record TrainingRequestAccepted(UUID requestId, UUID unitId, String topicLabel, String courseTitle, LocalDate heldOn, int enrolled) {
}
