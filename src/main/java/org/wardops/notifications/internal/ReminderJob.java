package org.wardops.notifications.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DueDifficulty;
import org.wardops.notifications.NotificationKind;
import org.wardops.notifications.NotificationSettings;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.DueTask;
import org.wardops.tasks.TaskManagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reminds the people of a task the configured days before its due date and on its first overdue day, and the people
 * who must answer a difficulty on its first overdue working day. Each reminder is claimed by a row whose primary key
 * is subject (task or difficulty), person, occasion and due date, in the same transaction as the notification: a
 * second run, on this or another instance, finds the claim and sends nothing.
 */
public class ReminderJob {

    static final String DIFFICULTY_OVERDUE = "DIFFICULTY_OVERDUE";

    private final TaskManagement tasks;
    private final DifficultyManagement difficulties;
    private final NotificationStore store;
    private final Notifier notifier;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ReminderJob(TaskManagement tasks, DifficultyManagement difficulties, NotificationStore store, Notifier notifier, NotificationSettings settings,
                       TransactionTemplate transaction, Clock clock) {
        this.tasks = tasks;
        this.difficulties = difficulties;
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
        if (settings.remindOnFirstOverdueDay()) {
            sent += remindOverdueDifficulties(today);
        }
        return sent;
    }

    /**
     * On a working day, the difficulties due on the working day before (or on the days off between) became overdue
     * today: their first overdue working day. On other days nothing is sent; the next working day catches up.
     */
    private int remindOverdueDifficulties(LocalDate today) {
        if (!difficulties.isWorkingDay(today)) {
            return 0;
        }
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = today.minusDays(1);
        days.add(day);
        while (!difficulties.isWorkingDay(day) && days.size() < 31) {
            day = day.minusDays(1);
            days.add(day);
        }
        int sent = 0;
        for (DueDifficulty difficulty : difficulties.openDifficultiesDueOn(days)) {
            if (difficulty.answeringUnitId() == null) {
                continue;
            }
            for (UUID person : notifier.recipients(difficulty.answeringUnitId(), null)) {
                sent += remind(difficulty, person) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean remind(DueDifficulty difficulty, UUID person) {
        if (store.reminderSent(difficulty.difficultyId(), person, DIFFICULTY_OVERDUE, difficulty.dueDate())) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> {
                store.claimReminder(difficulty.difficultyId(), person, DIFFICULTY_OVERDUE, difficulty.dueDate(), clock.instant());
                notifier.notify(List.of(person), NotificationKind.DIFFICULTY_OVERDUE, "Difficulty", difficulty.difficultyId(), difficulty.title(),
                        LocalTime.format(difficulty.dueDate()), DifficultyEventListener.link(difficulty.difficultyId()));
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
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
