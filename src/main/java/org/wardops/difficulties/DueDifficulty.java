package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A difficulty awaiting its answer, with its due date and the unit that must answer it, for reminders. */
public record DueDifficulty(UUID difficultyId, UUID unitId, @Nullable UUID answeringUnitId, String title, LocalDate dueDate) {
}
