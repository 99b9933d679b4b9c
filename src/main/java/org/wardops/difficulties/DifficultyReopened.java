package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The raising unit was not satisfied with the answer; the addressee must answer again. */
public record DifficultyReopened(UUID difficultyId, UUID unitId, @Nullable UUID answeringUnitId, String title, String reason) {
}
