package org.wardops.notifications.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.notifications.NotificationKind;
import org.wardops.notifications.NotificationSettings;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.DueTask;
import org.wardops.tasks.TaskManagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reminds the people of a task the configured days before its due date and on its first overdue day. Each reminder
 * is claimed by a row whose primary key is task, person, occasion and due date, in the same transaction as the
 * notification: a second run, on this or another instance, finds the claim and sends nothing.
 */
public class ReminderJob {

    private final TaskManagement tasks;
    private final NotificationStore store;
    private final Notifier notifier;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ReminderJob(TaskManagement tasks, NotificationStore store, Notifier notifier, NotificationSettings settings,
                       TransactionTemplate transaction, Clock clock) {
        this.tasks = tasks;
        this.store = store;
        this.notifier = notifier;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Sends today's reminders; answers how many people were reminded. */
    public int remind() {
        return CurrentActor.runAs(Actor.system(), this::remindAsSystem);
    }

    private int remindAsSystem() {
        LocalDate today = LocalDate.now(clock.withZone(LocalTime.VIETNAM));
        Map<LocalDate, String> occasions = new LinkedHashMap<>();
        for (int days : settings.remindDaysBefore()) {
            occasions.put(today.plusDays(days), "BEFORE_" + days);
        }
        if (settings.remindOnFirstOverdueDay()) {
            occasions.put(today.minusDays(1), "OVERDUE");
        }
        int sent = 0;
        for (DueTask task : tasks.openTasksDueOn(occasions.keySet())) {
            String occasion = occasions.get(task.dueDate());
            for (UUID person : notifier.recipients(task.unitId(), task.ownerPersonId())) {
                sent += remind(task, person, occasion) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean remind(DueTask task, UUID person, String occasion) {
        if (store.reminderSent(task.taskId(), person, occasion, task.dueDate())) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> {
                store.claimReminder(task.taskId(), person, occasion, task.dueDate(), clock.instant());
                notifier.notify(List.of(person), "OVERDUE".equals(occasion) ? NotificationKind.TASK_OVERDUE : NotificationKind.TASK_DUE_SOON,
                        "Task", task.taskId(), task.title(), LocalTime.format(task.dueDate()), "/tasks/" + task.taskId());
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
