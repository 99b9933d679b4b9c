package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** The addressee took a difficulty to the city leadership (answering through the province unit), due on the new date. */
public record DifficultyEscalated(UUID difficultyId, UUID unitId, @Nullable UUID answeringUnitId, String title, LocalDate dueDate,
                                  String note) {
}
