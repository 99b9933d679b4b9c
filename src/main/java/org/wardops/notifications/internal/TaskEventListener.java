package org.wardops.notifications.internal;

import org.springframework.stereotype.Component;
import org.wardops.notifications.NotificationKind;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.TaskAssigned;
import org.wardops.tasks.TaskCompleted;
import org.wardops.tasks.TaskCompletionReported;
import org.wardops.tasks.TaskDueDateDecided;
import org.wardops.tasks.TaskDueDateRequested;
import org.wardops.tasks.TaskReturned;

/**
 * Turns the tasks module's events into notifications. Each listener runs after the task's transaction committed, in
 * its own transaction; the event publication registry keeps the event until it completes, so a crash in between
 * re-delivers it on restart instead of losing it.
 */
@Component
class TaskEventListener {

    private static final String TASK = "Task";

    private final Notifier notifier;

    TaskEventListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @NotificationListener
    void on(TaskAssigned event) {
        notifier.notify(notifier.recipients(event.unitId(), event.ownerPersonId()), NotificationKind.TASK_ASSIGNED, TASK, event.taskId(),
                event.title(), LocalTime.format(event.dueDate()), link(event.taskId()));
    }

    @NotificationListener
    void on(TaskCompletionReported event) {
        notifier.notify(notifier.recipients(event.issuingUnitId(), null), NotificationKind.TASK_COMPLETION_REPORTED, TASK, event.taskId(),
                event.title(), null, link(event.taskId()));
    }

    @NotificationListener
    void on(TaskCompleted event) {
        notifier.notify(notifier.recipients(event.unitId(), event.ownerPersonId()), NotificationKind.TASK_COMPLETED, TASK, event.taskId(),
                event.title(), null, link(event.taskId()));
    }

    @NotificationListener
    void on(TaskReturned event) {
        notifier.notify(notifier.recipients(event.unitId(), event.ownerPersonId()), NotificationKind.TASK_RETURNED, TASK, event.taskId(),
                event.title(), event.reason(), link(event.taskId()));
    }

    @NotificationListener
    void on(TaskDueDateRequested event) {
        notifier.notify(notifier.recipients(event.issuingUnitId(), null), NotificationKind.TASK_DUE_DATE_REQUESTED, TASK, event.taskId(),
                event.title(), LocalTime.format(event.requestedDueDate()), link(event.taskId()));
    }

    @NotificationListener
    void on(TaskDueDateDecided event) {
        notifier.notify(notifier.recipients(event.unitId(), event.ownerPersonId()), NotificationKind.TASK_DUE_DATE_DECIDED, TASK,
                event.taskId(), event.title(), LocalTime.format(event.dueDate()), link(event.taskId()));
    }

    private static String link(java.util.UUID taskId) {
        return "/tasks/" + taskId;
    }
}
