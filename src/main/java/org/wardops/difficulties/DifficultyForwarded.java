package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** The addressee forwarded a difficulty to another body, which must answer it by the new due date. */
public record DifficultyForwarded(UUID difficultyId, UUID unitId, @Nullable UUID answeringUnitId, String title, LocalDate dueDate,
                                  String note) {
}
