package org.wardops.tasks.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wardops.audit.AuditTrail;
import org.wardops.shared.ConflictException;
import org.wardops.tasks.TaskNotFoundException;
import org.wardops.tasks.TaskView;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a changed task against the version it was read at, records the change in the audit trail (in the same
 * transaction) and publishes the events the aggregate registered.
 */
@Component
public class TaskChanges {

    private final TaskStore store;
    private final TaskViews views;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TaskFigures figures;

    TaskChanges(TaskStore store, TaskViews views, AuditTrail audit, ApplicationEventPublisher events, Clock clock, TaskFigures figures) {
        this.store = store;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.figures = figures;
    }

    public Task load(UUID id) {
        return store.find(id).orElseThrow(() -> new TaskNotFoundException(id));
    }

    public TaskView view(Task task) {
        return views.of(List.of(task)).getFirst();
    }

    /** Saves the task changed from {@code before}; a stale version is a 409 and nothing is written. */
    public TaskView save(String action, TaskView before, Task task) {
        return save(action, before, task, Map.of());
    }

    /** As {@link #save(String, TaskView, Task)}, with facts about the change kept beside it (e.g. on whose behalf). */
    public TaskView save(String action, TaskView before, Task task, Map<String, Object> facts) {
        if (!store.update(task, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        TaskView stored = view(load(task.id()));
        audit.record(action, "Task", task.id(), task.unitId(), before, facts.isEmpty() ? stored : Map.of("task", stored, "facts", facts));
        task.domainEvents().forEach(events::publishEvent);
        task.clearEvents();
        figures.changed(before.unitId(), before.dueDate(), stored.unitId(), stored.dueDate());
        return stored;
    }

    /** Records a change that leaves the task row as it is (a confirmation, a milestone, a quantity, a blocker). */
    public void audit(String action, Task task, Object after) {
        audit.record(action, "Task", task.id(), task.unitId(), null, after);
    }

    public void audit(String action, Task task, @org.jspecify.annotations.Nullable Object before, @org.jspecify.annotations.Nullable Object after) {
        audit.record(action, "Task", task.id(), task.unitId(), before, after);
    }
}
