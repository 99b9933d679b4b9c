package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules.Lines;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.internal.Task;
import org.wardops.tasks.internal.TaskChanges;
import org.wardops.tasks.internal.TaskPolicy;
import org.wardops.tasks.internal.TaskStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the lead unit reports on its task: progress, on-track confirmations, completion, requests for a new due
 * date; and the supervising working group's progress recorded on the unit's behalf. Runs in the facade's transaction.
 */
@Component
class TaskReporting {

    private final TaskChanges changes;
    private final TaskStore store;
    private final TaskPolicy policy;
    private final Clock clock;

    TaskReporting(TaskChanges changes, TaskStore store, TaskPolicy policy, Clock clock) {
        this.changes = changes;
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    TaskView reportProgress(UUID id, ReportProgress command, boolean onBehalf) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, onBehalf ? TaskAction.RECORD_PROGRESS_ON_BEHALF : TaskAction.REPORT_PROGRESS, task);
        String note = TaskInput.required(command.note(), "note", TaskInput.NOTE);
        String evidence = TaskInput.optional(command.evidence(), "evidence", TaskInput.EVIDENCE, Lines.MULTI);
        BigDecimal achieved = task.achieved();
        int percent;
        if (command.achieved() != null) {
            achieved = command.achieved();
            TaskInput.amount("achieved", achieved);
            if (achieved.signum() < 0) {
                throw InvalidInputException.of("achieved", "tasks.error.progress.negative");
            }
            if (task.targetValue() != null && achieved.compareTo(task.targetValue()) > 0) {
                throw InvalidInputException.of("achieved", "tasks.error.progress.aboveTarget", task.targetValue().stripTrailingZeros().toPlainString());
            }
            percent = task.targetValue() == null || task.targetValue().signum() == 0 ? task.percent()
                    : achieved.multiply(BigDecimal.valueOf(100)).divide(task.targetValue(), 0, RoundingMode.DOWN).intValue();
        } else if (command.percent() != null) {
            percent = command.percent();
            if (percent < 0 || percent > 100) {
                throw InvalidInputException.of("percent", "tasks.error.progress.percentRange");
            }
        } else {
            throw InvalidInputException.of("percent", "tasks.error.progress.percentOrAchieved");
        }
        TaskView before = changes.view(task);
        task.reportProgress(percent, achieved);
        TaskView after = onBehalf
                ? changes.save("tasks.task.progressRecordedOnBehalf", before, task, Map.of("onBehalfOfUnitId", task.unitId(),
                        "recordedByUnitId", String.valueOf(actor.unitId())))
                : changes.save("tasks.task.progressReported", before, task);
        store.addProgress(id, onBehalf ? "PROGRESS_ON_BEHALF" : "PROGRESS", percent, command.achieved(), note, evidence, actor.accountId(),
                reporter(actor, onBehalf), clock.instant());
        return after;
    }

    TaskView confirmOnTrack(UUID id, @Nullable String note) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.CONFIRM_ON_TRACK, task);
        String text = TaskInput.optional(note, "note", TaskInput.NOTE, Lines.MULTI);
        task.confirmOnTrack();
        TaskView view = changes.view(task);
        store.addProgress(id, "ON_TRACK", task.percent(), null, text == null ? "" : text, null, actor.accountId(), actor.displayName(),
                clock.instant());
        changes.audit("tasks.task.confirmedOnTrack", task, Map.of("note", text == null ? "" : text));
        return view;
    }

    TaskView reportCompletion(UUID id, @Nullable String note, @Nullable String evidence) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.REPORT_COMPLETION, task);
        String text = TaskInput.required(note, "note", TaskInput.NOTE);
        String proof = TaskInput.optional(evidence, "evidence", TaskInput.EVIDENCE, Lines.MULTI);
        TaskView before = changes.view(task);
        Instant now = clock.instant();
        task.reportCompletion(now, actor.accountId());
        TaskView after = changes.save("tasks.task.completionReported", before, task);
        store.addProgress(id, "COMPLETION", 100, task.achieved(), text, proof, actor.accountId(), actor.displayName(), now);
        return after;
    }

    TaskView requestDueDate(UUID id, @Nullable LocalDate dueDate, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.REQUEST_DUE_DATE, task);
        List<FieldProblem> problems = new ArrayList<>();
        if (dueDate == null) {
            problems.add(FieldProblem.of("dueDate", "tasks.error.task.dueDateRequired"));
        } else if (dueDate.isBefore(task.startDate())) {
            problems.add(FieldProblem.of("dueDate", "tasks.error.task.dueBeforeStart"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(FieldProblem.of("reason", "tasks.error.reason.required"));
        } else {
            TaskInput.text(problems, "reason", reason, TaskInput.REASON, Lines.MULTI);
        }
        TaskInput.throwIfAny(problems);
        TaskView before = changes.view(task);
        task.requestDueDate(dueDate, reason.strip());
        TaskView after = changes.save("tasks.task.dueDateRequested", before, task);
        store.addProgress(id, "DUE_DATE_REQUESTED", null, null, reason.strip() + " (" + LocalTime.format(dueDate) + ")", null,
                actor.accountId(), actor.displayName(), clock.instant());
        return after;
    }

    private static String reporter(Actor actor, boolean onBehalf) {
        String name = actor.displayName();
        if (onBehalf && actor.unitName() != null) {
            name = name + " (" + actor.unitName() + ")";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
