package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit submitted a difficulty; the answering unit (working group, department, or the province unit for the city
 * leadership) must answer it by the due date.
 */
public record DifficultySubmitted(UUID difficultyId, UUID unitId, @Nullable UUID answeringUnitId, String title, LocalDate dueDate) {
}
