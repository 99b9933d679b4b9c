package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new task or the issuer's change to one. {@code unitId} is the lead unit (the actor's own unit when absent);
 * {@code targetValue} with {@code targetMeasure} is the quantitative target, a cap for the achieved quantity; {@code kind}
 * PROJECT adds milestones and quantities (TASK when absent; fixed once issued).
 */
public record SaveTask(@Nullable String title, @Nullable String description, @Nullable String sourceReference,
                       @Nullable String sourceLink, @Nullable UUID unitId, @Nullable UUID ownerPersonId,
                       @Nullable LocalDate startDate, @Nullable LocalDate dueDate, @Nullable TaskPriority priority,
                       boolean affectsLives, @Nullable BigDecimal targetValue, @Nullable String targetMeasure,
                       @Nullable TaskKind kind) {
}
