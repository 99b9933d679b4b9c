package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task as pages and the API show it. {@code state} is computed; a completion awaiting the issuer's acceptance
 * keeps the in-progress state and shows {@code completionPending}.
 */
public record TaskView(
        UUID id,
        @Nullable UUID parentId,
        TaskKind kind,
        UUID unitId,
        String unitName,
        UUID issuingUnitId,
        String issuingUnitName,
        String title,
        String description,
        @Nullable String sourceReference,
        @Nullable String sourceLink,
        @Nullable UUID ownerPersonId,
        LocalDate startDate,
        LocalDate dueDate,
        @Nullable LocalDate originalDueDate,
        TaskPriority priority,
        boolean affectsLives,
        @Nullable BigDecimal targetValue,
        @Nullable String targetMeasure,
        int percent,
        @Nullable BigDecimal achieved,
        TaskState state,
        boolean completionPending,
        @Nullable LocalDate completedOn,
        @Nullable LocalDate requestedDueDate,
        @Nullable String dueDateReason,
        @Nullable String returnedReason,
        @Nullable String cancelReason,
        int childCount,
        long version) {

    public boolean hasDueDateRequest() {
        return requestedDueDate != null;
    }
}
