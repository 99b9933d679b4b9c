package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.shared.ConflictException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.internal.Task;
import org.wardops.tasks.internal.TaskChanges;
import org.wardops.tasks.internal.TaskPolicy;
import org.wardops.tasks.internal.TaskStore;
import org.wardops.tasks.internal.TaskViews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the issuing unit decides on a task: accept or return a reported completion, cancel, approve or refuse a new
 * due date. Runs in the facade's transaction.
 */
@Component
class TaskDecisions {

    private final TaskChanges changes;
    private final TaskStore store;
    private final TaskPolicy policy;
    private final TaskViews views;
    private final Clock clock;

    TaskDecisions(TaskChanges changes, TaskStore store, TaskPolicy policy, TaskViews views, Clock clock) {
        this.changes = changes;
        this.store = store;
        this.policy = policy;
        this.views = views;
        this.clock = clock;
    }

    TaskView accept(UUID id) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.ACCEPT, task);
        TaskView before = changes.view(task);
        Instant now = clock.instant();
        task.accept(now, actor.accountId(), views.today());
        TaskView after = changes.save("tasks.task.accepted", before, task);
        store.addProgress(id, "ACCEPTED", null, null, "", null, actor.accountId(), actor.displayName(), now);
        return after;
    }

    TaskView returnCompletion(UUID id, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.RETURN, task);
        String text = TaskInput.required(reason, "reason", TaskInput.REASON);
        TaskView before = changes.view(task);
        task.returnForRework(text);
        TaskView after = changes.save("tasks.task.returned", before, task);
        store.addProgress(id, "RETURNED", null, null, text, null, actor.accountId(), actor.displayName(), clock.instant());
        return after;
    }

    /** Cancels the task and its open children. */
    TaskView cancel(UUID id, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.CANCEL, task);
        task.requireActive();
        String text = TaskInput.required(reason, "reason", TaskInput.REASON);
        Instant now = clock.instant();
        for (Task child : store.children(id)) {
            if (!child.isClosed()) {
                TaskView before = changes.view(child);
                child.cancel(now, text);
                changes.save("tasks.task.cancelled", before, child);
            }
        }
        Task current = changes.load(id);
        TaskView before = changes.view(current);
        current.cancel(now, text);
        TaskView after = changes.save("tasks.task.cancelled", before, current);
        store.addProgress(id, "CANCELLED", null, null, text, null, actor.accountId(), actor.displayName(), now);
        return after;
    }

    TaskView decideDueDate(UUID id, boolean approve) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.DECIDE_DUE_DATE, task);
        TaskView before = changes.view(task);
        LocalDate requested = task.decideDueDate(approve);
        TaskView after = changes.save(approve ? "tasks.task.dueDateApproved" : "tasks.task.dueDateRefused", before, task);
        store.addProgress(id, approve ? "DUE_DATE_APPROVED" : "DUE_DATE_REFUSED", null, null, LocalTime.format(requested), null,
                actor.accountId(), actor.displayName(), clock.instant());
        return after;
    }

    /** The issuer changes what a task asks, against the version the client read. */
    TaskView change(UUID id, long version, SaveTask command, TaskIssuing issuing) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.CHANGE, task);
        issuing.validate(command, task.unitId(), false);
        task.requireActive();
        if (task.version() != version) {
            throw ConflictException.staleVersion();
        }
        TaskView before = changes.view(task);
        task.describe(command.title().strip(), TaskIssuing.text(command.description()), TaskIssuing.blankToNull(command.sourceReference()),
                TaskIssuing.blankToNull(command.sourceLink()), command.ownerPersonId(), command.startDate(), command.dueDate(),
                command.priority() == null ? task.priority() : command.priority(), command.affectsLives(), command.targetValue(),
                TaskIssuing.blankToNull(command.targetMeasure()));
        return changes.save("tasks.task.changed", before, task);
    }
}
