package org.wardops.tasks.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task as stored. Changes are verbs that check the current state and answer the changed row; the store writes it
 * against the version it was read at.
 */
public record TaskRow(
        UUID id,
        @Nullable UUID parentId,
        TaskKind kind,
        String title,
        String description,
        @Nullable String sourceReference,
        @Nullable String sourceLink,
        UUID issuingUnitId,
        UUID unitId,
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
        boolean completionPending,
        @Nullable Instant completedAt,
        @Nullable UUID completedBy,
        @Nullable Instant acceptedAt,
        @Nullable UUID acceptedBy,
        @Nullable String returnedReason,
        @Nullable Instant cancelledAt,
        @Nullable String cancelReason,
        @Nullable LocalDate requestedDueDate,
        @Nullable String dueDateReason,
        UUID createdBy,
        int childCount,
        long version) {

    public @Nullable LocalDate completedOn() {
        return completedAt == null ? null : TaskState.dayOf(completedAt);
    }

    public TaskState state(LocalDate today) {
        return TaskState.of(dueDate, acceptedAt == null ? null : completedOn(), cancelledAt != null, today);
    }

    public boolean isClosed() {
        return cancelledAt != null || acceptedAt != null;
    }

    public TaskRow withProgress(int newPercent, @Nullable BigDecimal newAchieved) {
        return new TaskRow(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId,
                startDate, dueDate, originalDueDate, priority, affectsLives, targetValue, targetMeasure, newPercent, newAchieved,
                completionPending, completedAt, completedBy, acceptedAt, acceptedBy, returnedReason, cancelledAt, cancelReason,
                requestedDueDate, dueDateReason, createdBy, childCount, version);
    }

    public TaskRow completionReported(Instant at, UUID by) {
        return new TaskRow(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId,
                startDate, dueDate, originalDueDate, priority, affectsLives, targetValue, targetMeasure, 100, achieved,
                true, at, by, null, null, null, cancelledAt, cancelReason, requestedDueDate, dueDateReason, createdBy, childCount, version);
    }

    public TaskRow accepted(Instant at, UUID by) {
        return new TaskRow(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId,
                startDate, dueDate, originalDueDate, priority, affectsLives, targetValue, targetMeasure, 100, achieved,
                false, completedAt, completedBy, at, by, null, cancelledAt, cancelReason, null, null, createdBy, childCount, version);
    }

    public TaskRow returned(String reason) {
        return new TaskRow(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId,
                startDate, dueDate, originalDueDate, priority, affectsLives, targetValue, targetMeasure, percent, achieved,
                false, null, null, null, null, reason, cancelledAt, cancelReason, requestedDueDate, dueDateReason, createdBy, childCount, version);
    }

    public TaskRow cancelled(Instant at, String reason) {
        return new TaskRow(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId,
                startDate, dueDate, originalDueDate, priority, affectsLives, targetValue, targetMeasure, percent, achieved,
                false, null, null, null, null, returnedReason, at, reason, null, null, createdBy, childCount, version);
    }

    public TaskRow dueDateRequested(@Nullable LocalDate requested, @Nullable String reason) {
        return new TaskRow(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId,
                startDate, dueDate, originalDueDate, priority, affectsLives, targetValue, targetMeasure, percent, achieved,
                completionPending, completedAt, completedBy, acceptedAt, acceptedBy, returnedReason, cancelledAt, cancelReason,
                requested, reason, createdBy, childCount, version);
    }

    /** Moves the due date, keeping the first one for the record. */
    public TaskRow dueOn(LocalDate newDueDate) {
        return new TaskRow(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId,
                startDate, newDueDate, originalDueDate == null && !newDueDate.equals(dueDate) ? dueDate : originalDueDate, priority,
                affectsLives, targetValue, targetMeasure, percent, achieved, completionPending, completedAt, completedBy, acceptedAt,
                acceptedBy, returnedReason, cancelledAt, cancelReason, null, null, createdBy, childCount, version);
    }

    public TaskRow described(String newTitle, String newDescription, @Nullable String newSourceReference, @Nullable String newSourceLink,
                             @Nullable UUID newOwner, LocalDate newStart, TaskPriority newPriority, boolean newAffectsLives,
                             @Nullable BigDecimal newTargetValue, @Nullable String newTargetMeasure) {
        return new TaskRow(id, parentId, kind, newTitle, newDescription, newSourceReference, newSourceLink, issuingUnitId, unitId, newOwner,
                newStart, dueDate, originalDueDate, newPriority, newAffectsLives, newTargetValue, newTargetMeasure, percent, achieved,
                completionPending, completedAt, completedBy, acceptedAt, acceptedBy, returnedReason, cancelledAt, cancelReason,
                requestedDueDate, dueDateReason, createdBy, childCount, version);
    }
}
