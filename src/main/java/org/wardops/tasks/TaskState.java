package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.time.LocalTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The states of Decision 42/2014/QĐ-TTg, never typed by hand: they follow from the due date, the day the unit
 * reported completion (once the issuer accepted it) and today, all as days in Asia/Ho_Chi_Minh. A task is due at the
 * end of its due date there, so a completion reported at 23:59 local time on that day is on time.
 */
public enum TaskState {
    IN_PROGRESS_ON_TIME,
    IN_PROGRESS_OVERDUE,
    COMPLETED_ON_TIME,
    COMPLETED_LATE,
    CANCELLED;

    public static TaskState of(LocalDate dueDate, @Nullable LocalDate acceptedCompletionOn, boolean cancelled, LocalDate today) {
        if (cancelled) {
            return CANCELLED;
        }
        if (acceptedCompletionOn != null) {
            return acceptedCompletionOn.isAfter(dueDate) ? COMPLETED_LATE : COMPLETED_ON_TIME;
        }
        return today.isAfter(dueDate) ? IN_PROGRESS_OVERDUE : IN_PROGRESS_ON_TIME;
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
