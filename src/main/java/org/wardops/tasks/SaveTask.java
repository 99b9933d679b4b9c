package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new task or the issuer's change to one. {@code unitId} is the lead unit (the actor's own unit when absent);
 * {@code targetValue} with {@code targetMeasure} is the quantitative target, a cap for the achieved quantity; {@code kind}
 * PROJECT adds milestones and quantities (TASK when absent; fixed once issued); {@code coordinatingUnitIds} are the units
 * that coordinate (set when the task is created): they read it, only the lead unit reports on it.
 */
public record SaveTask(@Nullable String title, @Nullable String description, @Nullable String sourceReference,
                       @Nullable String sourceLink, @Nullable UUID unitId, @Nullable UUID ownerPersonId,
                       @Nullable LocalDate startDate, @Nullable LocalDate dueDate, @Nullable TaskPriority priority,
                       boolean affectsLives, @Nullable BigDecimal targetValue, @Nullable String targetMeasure,
                       @Nullable TaskKind kind, @Nullable List<UUID> coordinatingUnitIds) {

    /** A task without coordinating units. */
    public SaveTask(@Nullable String title, @Nullable String description, @Nullable String sourceReference,
                    @Nullable String sourceLink, @Nullable UUID unitId, @Nullable UUID ownerPersonId,
                    @Nullable LocalDate startDate, @Nullable LocalDate dueDate, @Nullable TaskPriority priority,
                    boolean affectsLives, @Nullable BigDecimal targetValue, @Nullable String targetMeasure,
                    @Nullable TaskKind kind) {
        this(title, description, sourceReference, sourceLink, unitId, ownerPersonId, startDate, dueDate, priority, affectsLives,
                targetValue, targetMeasure, kind, null);
    }
}
