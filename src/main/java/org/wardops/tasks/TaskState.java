package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.time.LocalTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of Decision 42/2014/QĐ-TTg, never typed by hand: they follow from the stage, the due date, the day the
 * unit reported completion (once the issuer accepted it) and today, all as days in Asia/Ho_Chi_Minh. A task is due at
 * the end of its due date there, so a completion reported at 23:59 local time on that day is on time.
 * <p>
 * Each state is defined once, by its stages, the day compared with the due date and whether that day is after it;
 * {@link #of} evaluates the definition in Java and the store turns the same definition into SQL.
 */
public enum TaskState {
    IN_PROGRESS_ON_TIME(TaskStage.ACTIVE, Day.TODAY, false),
    IN_PROGRESS_OVERDUE(TaskStage.ACTIVE, Day.TODAY, true),
    COMPLETED_ON_TIME(EnumSet.of(TaskStage.ACCEPTED), Day.COMPLETED, false),
    COMPLETED_LATE(EnumSet.of(TaskStage.ACCEPTED), Day.COMPLETED, true),
    CANCELLED(EnumSet.of(TaskStage.CANCELLED), Day.NONE, false);

    /** The day a state compares with the due date: none, today, or the day completion was reported. */
    public enum Day { NONE, TODAY, COMPLETED }

    private final Set<TaskStage> stages;
    private final Day day;
    private final boolean afterDueDate;

    TaskState(Set<TaskStage> stages, Day day, boolean afterDueDate) {
        this.stages = stages;
        this.day = day;
        this.afterDueDate = afterDueDate;
    }

    public Set<TaskStage> stages() {
        return stages;
    }

    public Day day() {
        return day;
    }

    /** Whether the compared day lies after the due date (overdue, late). */
    public boolean afterDueDate() {
        return afterDueDate;
    }

    public static TaskState of(TaskStage stage, LocalDate dueDate, @Nullable LocalDate completedOn, LocalDate today) {
        for (TaskState state : values()) {
            if (!state.stages.contains(stage)) {
                continue;
            }
            LocalDate compared = switch (state.day) {
                case NONE -> null;
                case TODAY -> today;
                case COMPLETED -> completedOn == null ? today : completedOn;
            };
            if (compared == null || compared.isAfter(dueDate) == state.afterDueDate) {
                return state;
            }
        }
        throw new IllegalStateException("No state for " + stage);
    }

    public static TaskState of(LocalDate dueDate, @Nullable LocalDate acceptedCompletionOn, boolean cancelled, LocalDate today) {
        TaskStage stage = cancelled ? TaskStage.CANCELLED : acceptedCompletionOn != null ? TaskStage.ACCEPTED : TaskStage.OPEN;
        return of(stage, dueDate, acceptedCompletionOn, today);
    }

    /** The day in Vietnam on which an instant falls: the day a completion counts for. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(LocalTime.VIETNAM).toLocalDate();
    }

    public boolean isOpen() {
        return this == IN_PROGRESS_ON_TIME || this == IN_PROGRESS_OVERDUE;
    }

    public boolean isCompleted() {
        return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
    }
}
