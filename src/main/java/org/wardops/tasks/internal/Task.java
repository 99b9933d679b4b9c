package org.wardops.tasks.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.RuleViolationException;
import org.wardops.tasks.TaskAction;
import org.wardops.tasks.TaskCompleted;
import org.wardops.tasks.TaskCompletionReported;
import org.wardops.tasks.TaskDueDateDecided;
import org.wardops.tasks.TaskDueDateRequested;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskReturned;
import org.wardops.tasks.TaskStage;
import org.wardops.tasks.TaskState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The task aggregate. Its verbs check the current stage (a {@link TaskStageException} names current and required
 * stages), change the task and register past-tense events that the facade publishes after the store wrote the task
 * against the version it was read at. {@link #actions()} answers what the stage allows; who may do it is
 * {@link TaskPolicy}'s answer.
 */
public final class Task {

    private static final Set<TaskStage> OPEN = EnumSet.of(TaskStage.OPEN);
    private static final Set<TaskStage> AWAITING = EnumSet.of(TaskStage.AWAITING_ACCEPTANCE);

    private final UUID id;
    private final @Nullable UUID parentId;
    private final TaskKind kind;
    private String title;
    private String description;
    private @Nullable String sourceReference;
    private @Nullable String sourceLink;
    private final UUID issuingUnitId;
    private final UUID unitId;
    private @Nullable UUID ownerPersonId;
    private LocalDate startDate;
    private LocalDate dueDate;
    private @Nullable LocalDate originalDueDate;
    private TaskPriority priority;
    private boolean affectsLives;
    private @Nullable BigDecimal targetValue;
    private @Nullable String targetMeasure;
    private int percent;
    private @Nullable BigDecimal achieved;
    private TaskStage stage;
    private @Nullable Instant completedAt;
    private @Nullable UUID completedBy;
    private @Nullable Instant acceptedAt;
    private @Nullable UUID acceptedBy;
    private @Nullable String returnedReason;
    private @Nullable Instant cancelledAt;
    private @Nullable String cancelReason;
    private @Nullable LocalDate requestedDueDate;
    private @Nullable String dueDateReason;
    private final UUID createdBy;
    private final int childCount;
    private final long version;
    private List<UUID> coordinatingUnitIds;
    private final List<Object> events = new ArrayList<>();

    @SuppressWarnings("java:S107")
    Task(UUID id, @Nullable UUID parentId, TaskKind kind, String title, String description, @Nullable String sourceReference,
         @Nullable String sourceLink, UUID issuingUnitId, UUID unitId, @Nullable UUID ownerPersonId, LocalDate startDate, LocalDate dueDate,
         @Nullable LocalDate originalDueDate, TaskPriority priority, boolean affectsLives, @Nullable BigDecimal targetValue,
         @Nullable String targetMeasure, int percent, @Nullable BigDecimal achieved, TaskStage stage, @Nullable Instant completedAt,
         @Nullable UUID completedBy, @Nullable Instant acceptedAt, @Nullable UUID acceptedBy, @Nullable String returnedReason,
         @Nullable Instant cancelledAt, @Nullable String cancelReason, @Nullable LocalDate requestedDueDate, @Nullable String dueDateReason,
         UUID createdBy, int childCount, long version, List<UUID> coordinatingUnitIds) {
        this.id = id;
        this.parentId = parentId;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.sourceReference = sourceReference;
        this.sourceLink = sourceLink;
        this.issuingUnitId = issuingUnitId;
        this.unitId = unitId;
        this.ownerPersonId = ownerPersonId;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.originalDueDate = originalDueDate;
        this.priority = priority;
        this.affectsLives = affectsLives;
        this.targetValue = targetValue;
        this.targetMeasure = targetMeasure;
        this.percent = percent;
        this.achieved = achieved;
        this.stage = stage;
        this.completedAt = completedAt;
        this.completedBy = completedBy;
        this.acceptedAt = acceptedAt;
        this.acceptedBy = acceptedBy;
        this.returnedReason = returnedReason;
        this.cancelledAt = cancelledAt;
        this.cancelReason = cancelReason;
        this.requestedDueDate = requestedDueDate;
        this.dueDateReason = dueDateReason;
        this.createdBy = createdBy;
        this.childCount = childCount;
        this.version = version;
        this.coordinatingUnitIds = List.copyOf(coordinatingUnitIds);
    }

    /** A new open task, issued by {@code issuingUnitId} to {@code unitId}. */
    public static Task issue(UUID id, @Nullable UUID parentId, TaskKind kind, String title, String description, @Nullable String sourceReference,
                             @Nullable String sourceLink, UUID issuingUnitId, UUID unitId, @Nullable UUID ownerPersonId, LocalDate startDate,
                             LocalDate dueDate, TaskPriority priority, boolean affectsLives, @Nullable BigDecimal targetValue,
                             @Nullable String targetMeasure, UUID createdBy, List<UUID> coordinatingUnitIds) {
        return new Task(id, parentId, kind, title, description, sourceReference, sourceLink, issuingUnitId, unitId, ownerPersonId, startDate,
                dueDate, null, priority, affectsLives, targetValue, targetMeasure, 0, null, TaskStage.OPEN, null, null, null, null, null, null,
                null, null, null, createdBy, 0, 0, coordinatingUnitIds);
    }

    /** What the current stage allows, whoever asks. */
    public Set<TaskAction> actions() {
        Set<TaskAction> actions = EnumSet.of(TaskAction.READ);
        if (stage == TaskStage.OPEN) {
            actions.add(TaskAction.CONFIRM_ON_TRACK);
            if (childCount == 0) {
                actions.addAll(EnumSet.of(TaskAction.REPORT_PROGRESS, TaskAction.REPORT_COMPLETION, TaskAction.RECORD_PROGRESS_ON_BEHALF));
            }
        }
        if (stage == TaskStage.AWAITING_ACCEPTANCE) {
            actions.addAll(EnumSet.of(TaskAction.ACCEPT, TaskAction.RETURN));
        }
        if (stage.isActive()) {
            actions.addAll(EnumSet.of(TaskAction.CHANGE, TaskAction.CASCADE, TaskAction.CANCEL));
            actions.add(requestedDueDate == null ? TaskAction.REQUEST_DUE_DATE : TaskAction.DECIDE_DUE_DATE);
            if (kind == TaskKind.PROJECT) {
                actions.addAll(EnumSet.of(TaskAction.ADD_MILESTONE, TaskAction.REACH_MILESTONE, TaskAction.RECORD_QUANTITY, TaskAction.LINK_BLOCKER));
            }
        } else if (kind == TaskKind.PROJECT) {
            actions.add(TaskAction.LINK_BLOCKER);
        }
        if (stage.isActive() && childCount > 0) {
            actions.remove(TaskAction.REACH_MILESTONE);
        }
        return actions;
    }

    public void reportProgress(int newPercent, @Nullable BigDecimal newAchieved) {
        requireStage(OPEN);
        requireLeaf();
        this.percent = newPercent;
        this.achieved = newAchieved;
    }

    /** The lead unit confirms at the year-end review that the task is on track; nothing changes but the history. */
    public void confirmOnTrack() {
        requireStage(OPEN);
    }

    public void reportCompletion(Instant at, UUID by) {
        if (stage == TaskStage.AWAITING_ACCEPTANCE) {
            throw new TaskStageException("tasks.error.task.completionPending", stage, OPEN);
        }
        requireStage(OPEN);
        requireLeaf();
        this.percent = 100;
        this.stage = TaskStage.AWAITING_ACCEPTANCE;
        this.completedAt = at;
        this.completedBy = by;
        this.returnedReason = null;
        events.add(new TaskCompletionReported(id, issuingUnitId, title));
    }

    /** The issuer accepts a reported completion; nobody accepts their own. */
    public void accept(Instant at, UUID by, LocalDate today) {
        requireAwaiting();
        if (by.equals(completedBy)) {
            throw new RuleViolationException("tasks.error.task.ownCompletion");
        }
        this.stage = TaskStage.ACCEPTED;
        this.acceptedAt = at;
        this.acceptedBy = by;
        this.requestedDueDate = null;
        this.dueDateReason = null;
        events.add(new TaskCompleted(id, unitId, ownerPersonId, title, state(today) == TaskState.COMPLETED_LATE));
    }

    public void returnForRework(String reason) {
        requireAwaiting();
        this.stage = TaskStage.OPEN;
        this.completedAt = null;
        this.completedBy = null;
        this.returnedReason = reason;
        events.add(new TaskReturned(id, unitId, ownerPersonId, title, reason));
    }

    public void cancel(Instant at, String reason) {
        requireActive();
        this.stage = TaskStage.CANCELLED;
        this.completedAt = null;
        this.completedBy = null;
        this.cancelledAt = at;
        this.cancelReason = reason;
        this.requestedDueDate = null;
        this.dueDateReason = null;
    }

    public void requestDueDate(LocalDate requested, String reason) {
        requireActive();
        if (requestedDueDate != null) {
            throw new TaskStageException("tasks.error.task.dueDateRequestPending", stage, TaskStage.ACTIVE);
        }
        this.requestedDueDate = requested;
        this.dueDateReason = reason;
        events.add(new TaskDueDateRequested(id, issuingUnitId, title, requested));
    }

    /** The issuer approves (the due date moves, the first one is kept) or refuses the requested due date. */
    public LocalDate decideDueDate(boolean approve) {
        requireActive();
        LocalDate requested = requestedDueDate;
        if (requested == null) {
            throw new TaskStageException("tasks.error.task.noDueDateRequest", stage, TaskStage.ACTIVE);
        }
        if (approve) {
            moveDueDate(requested);
        }
        this.requestedDueDate = null;
        this.dueDateReason = null;
        events.add(new TaskDueDateDecided(id, unitId, ownerPersonId, title, approve, dueDate));
        return requested;
    }

    /** The issuer changes what the task asks; moving the due date here keeps the original one for the record. */
    public void describe(String newTitle, String newDescription, @Nullable String newSourceReference, @Nullable String newSourceLink,
                         @Nullable UUID newOwner, LocalDate newStart, LocalDate newDueDate, TaskPriority newPriority, boolean newAffectsLives,
                         @Nullable BigDecimal newTargetValue, @Nullable String newTargetMeasure) {
        requireActive();
        this.title = newTitle;
        this.description = newDescription;
        this.sourceReference = newSourceReference;
        this.sourceLink = newSourceLink;
        this.ownerPersonId = newOwner;
        this.startDate = newStart;
        this.priority = newPriority;
        this.affectsLives = newAffectsLives;
        this.targetValue = newTargetValue;
        this.targetMeasure = newTargetMeasure;
        if (!newDueDate.equals(dueDate)) {
            moveDueDate(newDueDate);
            this.requestedDueDate = null;
            this.dueDateReason = null;
        }
    }

    /** Checks that milestones, quantities and cascades may still change: the task is not closed. */
    public void requireActive() {
        if (stage == TaskStage.CANCELLED) {
            throw new TaskStageException("tasks.error.task.cancelled", stage, TaskStage.ACTIVE);
        }
        if (stage == TaskStage.ACCEPTED) {
            throw new TaskStageException("tasks.error.task.alreadyCompleted", stage, TaskStage.ACTIVE);
        }
    }

    private void moveDueDate(LocalDate newDueDate) {
        if (originalDueDate == null && !newDueDate.equals(dueDate)) {
            originalDueDate = dueDate;
        }
        dueDate = newDueDate;
    }

    private void requireStage(Set<TaskStage> required) {
        requireActive();
        if (!required.contains(stage)) {
            throw new TaskStageException("tasks.error.task.completionPending", stage, required);
        }
    }

    private void requireAwaiting() {
        requireActive();
        if (stage != TaskStage.AWAITING_ACCEPTANCE) {
            throw new TaskStageException("tasks.error.task.noCompletionToDecide", stage, AWAITING);
        }
    }

    private void requireLeaf() {
        if (childCount > 0) {
            throw new RuleViolationException("tasks.error.task.completeChildrenFirst");
        }
    }

    /** The events registered since the task was read; the facade publishes them once the store wrote the task. */
    public List<Object> domainEvents() {
        return List.copyOf(events);
    }

    public void clearEvents() {
        events.clear();
    }

    public @Nullable LocalDate completedOn() {
        return completedAt == null ? null : TaskState.dayOf(completedAt);
    }

    public TaskState state(LocalDate today) {
        return TaskState.of(stage, dueDate, completedOn(), today);
    }

    public boolean isClosed() {
        return !stage.isActive();
    }

    public boolean completionPending() {
        return stage == TaskStage.AWAITING_ACCEPTANCE;
    }

    public UUID id() { return id; }
    public @Nullable UUID parentId() { return parentId; }
    public TaskKind kind() { return kind; }
    public String title() { return title; }
    public String description() { return description; }
    public @Nullable String sourceReference() { return sourceReference; }
    public @Nullable String sourceLink() { return sourceLink; }
    public UUID issuingUnitId() { return issuingUnitId; }
    public UUID unitId() { return unitId; }
    public @Nullable UUID ownerPersonId() { return ownerPersonId; }
    public LocalDate startDate() { return startDate; }
    public LocalDate dueDate() { return dueDate; }
    public @Nullable LocalDate originalDueDate() { return originalDueDate; }
    public TaskPriority priority() { return priority; }
    public boolean affectsLives() { return affectsLives; }
    public @Nullable BigDecimal targetValue() { return targetValue; }
    public @Nullable String targetMeasure() { return targetMeasure; }
    public int percent() { return percent; }
    public @Nullable BigDecimal achieved() { return achieved; }
    public TaskStage stage() { return stage; }
    public @Nullable Instant completedAt() { return completedAt; }
    public @Nullable UUID completedBy() { return completedBy; }
    public @Nullable Instant acceptedAt() { return acceptedAt; }
    public @Nullable UUID acceptedBy() { return acceptedBy; }
    public @Nullable String returnedReason() { return returnedReason; }
    public @Nullable Instant cancelledAt() { return cancelledAt; }
    public @Nullable String cancelReason() { return cancelReason; }
    public @Nullable LocalDate requestedDueDate() { return requestedDueDate; }
    public @Nullable String dueDateReason() { return dueDateReason; }
    public UUID createdBy() { return createdBy; }
    public int childCount() { return childCount; }
    public long version() { return version; }
    public List<UUID> coordinatingUnitIds() { return coordinatingUnitIds; }

    /** Set by the store once the task's row is read: the units coordinating on it, read in a second query. */
    void coordinatedBy(List<UUID> unitIds) {
        this.coordinatingUnitIds = List.copyOf(unitIds);
    }
}
