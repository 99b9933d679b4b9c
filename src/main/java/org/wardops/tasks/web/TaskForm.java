package org.wardops.tasks.web;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.wardops.tasks.SaveTask;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskPriority;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The new-task form as typed. */
public record TaskForm(@Nullable String title, @Nullable String description, @Nullable String sourceReference, @Nullable String sourceLink,
                       @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                       @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                       @Nullable TaskPriority priority, @Nullable Boolean affectsLives, @Nullable BigDecimal targetValue,
                       @Nullable String targetMeasure, @Nullable TaskKind kind, java.util.@Nullable List<java.util.UUID> coordinatingUnitIds,
                       java.util.@Nullable UUID ownerPersonId) {

    static TaskForm empty(LocalDate today) {
        return new TaskForm(null, null, null, null, today, null, TaskPriority.NORMAL, false, null, null, TaskKind.TASK, null, null);
    }

    SaveTask command() {
        return new SaveTask(title, description, sourceReference, sourceLink, null, ownerPersonId, startDate, dueDate, priority,
                Boolean.TRUE.equals(affectsLives), targetValue, targetMeasure, kind, coordinatingUnitIds);
    }

    public boolean coordinates(java.util.UUID unitId) {
        return coordinatingUnitIds != null && coordinatingUnitIds.contains(unitId);
    }

    public String value(@Nullable Object value) {
        return value == null ? "" : value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }
}
