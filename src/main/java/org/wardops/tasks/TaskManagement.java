package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.internal.TaskRow;
import org.wardops.tasks.internal.TaskStore;
import org.wardops.tasks.internal.TaskViews;

import static org.wardops.tasks.internal.TaskAccess.ISSUERS;
import static org.wardops.tasks.internal.TaskAccess.mayDecide;
import static org.wardops.tasks.internal.TaskAccess.mayReport;
import static org.wardops.tasks.internal.TaskAccess.requireDecides;
import static org.wardops.tasks.internal.TaskAccess.requireOpen;
import static org.wardops.tasks.internal.TaskAccess.requireReads;
import static org.wardops.tasks.internal.TaskAccess.requireReports;
import static org.wardops.tasks.internal.TaskAccess.requireVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Tasks: issue, cascade to units, report progress and completion, accept or return, cancel, change due dates.
 * Issuers (leaders, working-group leaders, department officers, unit leaders) act on tasks their unit issued; units
 * act on their own tasks; everyone reads the tasks of the units in their scope.
 */
@Service
@Transactional(readOnly = true)
public class TaskManagement {

    static final int TITLE_LIMIT = 300;
    static final int TEXT_LIMIT = 4000;
    static final int REASON_LIMIT = 2000;

    private final TaskStore tasks;
    private final DirectoryManagement directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DeploymentSettings deployment;
    private final Clock clock;
    private final TaskViews taskViews;
    private final PeopleManagement people;

    TaskManagement(TaskStore tasks, DirectoryManagement directory, AuditTrail audit, ApplicationEventPublisher events,
                   DeploymentSettings deployment, Clock clock, TaskViews taskViews, PeopleManagement people) {
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.deployment = deployment;
        this.clock = clock;
        this.taskViews = taskViews;
        this.people = people;
    }

    public PageResult<TaskView> find(TaskSearch search, PageRequest page) {
        Actor actor = CurrentActor.get();
        PageResult<TaskRow> rows = tasks.search(search, actor.scope(), today(), page);
        List<TaskView> views = taskViews.of(rows.items());
        return new PageResult<>(views, rows.page(), rows.size(), rows.total());
    }

    public TaskView task(UUID id) {
        Actor actor = CurrentActor.get();
        TaskRow task = load(id);
        requireReads(actor, task, tasks.coordinatingUnits(id));
        return taskViews.of(List.of(task)).getFirst();
    }

    public TaskDetails details(UUID id) {
        Actor actor = CurrentActor.get();
        TaskRow task = load(id);
        List<UUID> coordinating = tasks.coordinatingUnits(id);
        requireReads(actor, task, coordinating);
        List<TaskRow> children = tasks.children(id);
        List<TaskRow> all = new ArrayList<>(children);
        all.addFirst(task);
        List<TaskView> views = taskViews.of(all);
        List<TaskView> childViews = views.subList(1, views.size());
        TaskDetails.Permissions may = new TaskDetails.Permissions(
                !task.isClosed() && mayReport(actor, task),
                !task.isClosed() && mayDecide(actor, task),
                !task.isClosed() && actor.hasAnyRole(ISSUERS) && actor.covers(task.unitId()),
                !task.isClosed() && mayReport(actor, task) && task.requestedDueDate() == null);
        return new TaskDetails(views.getFirst(), rollUp(childViews), childViews, tasks.progress(id), tasks.milestones(id),
                tasks.quantities(id), may, coordinating.isEmpty() ? List.of() : directory.units(coordinating).stream()
                        .sorted(java.util.Comparator.comparingInt(unit -> coordinating.indexOf(unit.id())))
                        .map(unit -> new TaskDetails.CoordinatingUnit(unit.id(), unit.name())).toList(),
                task.ownerPersonId() == null ? null : people.people(List.of(task.ownerPersonId())).stream()
                        .map(org.wardops.directory.PersonView::fullName).findFirst().orElse(null));
    }

    @Transactional
    public TaskView create(SaveTask command) {
        Actor actor = CurrentActor.requireAnyRole(ISSUERS);
        UUID unitId = command.unitId() != null ? command.unitId() : actor.unitId();
        validate(command, unitId, true);
        if (!actor.covers(unitId)) {
            throw new AccessRefusedException("tasks.error.task.outsideScope");
        }
        directory.unit(unitId);
        List<UUID> coordinating = coordinatingUnits(command.coordinatingUnitIds(), unitId);
        UUID issuingUnitId = actor.unitId() != null ? actor.unitId() : unitId;
        Instant now = clock.instant();
        TaskRow task = new TaskRow(Ids.next(), null, command.kind() == null ? TaskKind.TASK : command.kind(), command.title().strip(), text(command.description()), blankToNull(command.sourceReference()),
                blankToNull(command.sourceLink()), issuingUnitId, unitId, command.ownerPersonId(), command.startDate(), command.dueDate(),
                null, command.priority() == null ? TaskPriority.NORMAL : command.priority(), command.affectsLives(), command.targetValue(),
                blankToNull(command.targetMeasure()), 0, null, false, null, null, null, null, null, null, null, null, null,
                actor.accountId(), 0, 0);
        tasks.insert(task, now);
        TaskView created = task(task.id());
        audit.record("tasks.task.created", "Task", task.id(), unitId, null, created);
        if (!coordinating.isEmpty()) {
            tasks.insertCoordinatingUnits(task.id(), coordinating);
            audit.record("tasks.task.coordinatingUnitsSet", "Task", task.id(), unitId, null, java.util.Map.of("coordinatingUnitIds", coordinating));
        }
        events.publishEvent(new TaskAssigned(task.id(), unitId, task.ownerPersonId(), task.title(), task.dueDate()));
        return created;
    }

    /** The named coordinating units without repeats; each must exist and differ from the lead unit. */
    private List<UUID> coordinatingUnits(@Nullable List<UUID> unitIds, UUID leadUnitId) {
        if (unitIds == null || unitIds.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(unitIds));
        if (distinct.contains(null)) {
            throw InvalidInputException.of("coordinatingUnitIds", "tasks.error.task.coordinatingUnitUnknown");
        }
        if (distinct.contains(leadUnitId)) {
            throw InvalidInputException.of("coordinatingUnitIds", "tasks.error.task.coordinatingIsLead");
        }
        if (directory.units(distinct).size() != distinct.size()) {
            throw InvalidInputException.of("coordinatingUnitIds", "tasks.error.task.coordinatingUnitUnknown");
        }
        return distinct;
    }

    /** The issuer changes what a task asks; moving the due date here keeps the original one for the record. */
    @Transactional
    public TaskView change(UUID id, long version, SaveTask command) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireDecides(actor, current);
        validate(command, current.unitId(), false);
        requireOpen(current);
        requireVersion(current, version);
        TaskRow changed = current.described(command.title().strip(), text(command.description()), blankToNull(command.sourceReference()),
                blankToNull(command.sourceLink()), command.ownerPersonId(), command.startDate(),
                command.priority() == null ? current.priority() : command.priority(), command.affectsLives(), command.targetValue(),
                blankToNull(command.targetMeasure())).dueOn(command.dueDate());
        return save("tasks.task.changed", current, changed);
    }

    /** Gives every target unit its own child task; units that already have one are left as they are. */
    @Transactional
    public List<TaskView> cascade(UUID id, CascadeTask command) {
        Actor actor = CurrentActor.requireAnyRole(ISSUERS);
        TaskRow parent = load(id);
        requireReads(actor, parent);
        if (!actor.covers(parent.unitId())) {
            throw new AccessRefusedException("tasks.error.task.outsideScope");
        }
        requireOpen(parent);
        Set<UUID> targets = targets(command);
        if (targets.isEmpty()) {
            throw InvalidInputException.of("unitIds", "tasks.error.cascade.noUnits");
        }
        List<String> outside = new ArrayList<>();
        for (UnitView unit : directory.units(targets)) {
            if (!actor.covers(unit.id())) {
                outside.add(unit.name());
            }
        }
        if (directory.units(targets).size() != targets.size()) {
            throw InvalidInputException.of("unitIds", "tasks.error.cascade.unknownUnit");
        }
        if (!outside.isEmpty()) {
            throw new AccessRefusedException("tasks.error.cascade.outsideScope", String.join(", ", outside.stream().sorted().toList()));
        }
        LocalDate dueDate = command.dueDate() != null ? command.dueDate() : parent.dueDate();
        if (dueDate.isBefore(parent.startDate())) {
            throw InvalidInputException.of("dueDate", "tasks.error.task.dueBeforeStart");
        }
        Set<UUID> existing = new HashSet<>(tasks.childUnits(id));
        Instant now = clock.instant();
        List<UUID> created = new ArrayList<>();
        for (UUID unitId : targets) {
            if (existing.contains(unitId) || unitId.equals(parent.unitId())) {
                continue;
            }
            TaskRow child = new TaskRow(Ids.next(), id, parent.kind(), parent.title(), parent.description(), parent.sourceReference(), parent.sourceLink(),
                    parent.unitId(), unitId, null, parent.startDate(), dueDate, null, parent.priority(), parent.affectsLives(),
                    parent.targetValue(), parent.targetMeasure(), 0, null, false, null, null, null, null, null, null, null, null, null,
                    actor.accountId(), 0, 0);
            tasks.insert(child, now);
            created.add(child.id());
        }
        List<TaskView> views = taskViews.of(created.stream().map(this::load).toList());
        for (TaskView child : views) {
            audit.record("tasks.task.cascaded", "Task", child.id(), child.unitId(), null, child);
            events.publishEvent(new TaskAssigned(child.id(), child.unitId(), null, child.title(), child.dueDate()));
        }
        return views;
    }

    @Transactional
    public TaskView reportProgress(UUID id, ReportProgress command) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireReports(actor, current);
        requireOpen(current);
        String note = requiredText(command.note(), "note", TEXT_LIMIT);
        int percent;
        BigDecimal achieved = current.achieved();
        if (command.achieved() != null) {
            achieved = command.achieved();
            if (achieved.signum() < 0) {
                throw InvalidInputException.of("achieved", "tasks.error.progress.negative");
            }
            if (current.targetValue() != null && achieved.compareTo(current.targetValue()) > 0) {
                throw InvalidInputException.of("achieved", "tasks.error.progress.aboveTarget", current.targetValue().stripTrailingZeros().toPlainString());
            }
            percent = current.targetValue() == null || current.targetValue().signum() == 0 ? current.percent()
                    : achieved.multiply(BigDecimal.valueOf(100)).divide(current.targetValue(), 0, RoundingMode.DOWN).intValue();
        } else if (command.percent() != null) {
            percent = command.percent();
            if (percent < 0 || percent > 100) {
                throw InvalidInputException.of("percent", "tasks.error.progress.percentRange");
            }
        } else {
            throw InvalidInputException.of("percent", "tasks.error.progress.percentOrAchieved");
        }
        String evidence = optionalText(command.evidence(), "evidence", 1000);
        TaskView after = save("tasks.task.progressReported", current, current.withProgress(percent, achieved));
        tasks.addProgress(id, "PROGRESS", percent, command.achieved(), note, evidence, actor.accountId(), actor.displayName(), clock.instant());
        return after;
    }

    /** The unit confirms at the year-end review that the task is on track; recorded in its history. */
    @Transactional
    public TaskView confirmOnTrack(UUID id, @Nullable String note) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireReports(actor, current);
        requireOpen(current);
        String text = optionalText(note, "note", TEXT_LIMIT);
        tasks.addProgress(id, "ON_TRACK", current.percent(), null, text == null ? "" : text, null, actor.accountId(), actor.displayName(),
                clock.instant());
        TaskView view = taskViews.of(List.of(current)).getFirst();
        audit.record("tasks.task.confirmedOnTrack", "Task", id, current.unitId(), null, java.util.Map.of("note", text == null ? "" : text));
        return view;
    }

    @Transactional
    public TaskView reportCompletion(UUID id, @Nullable String note, @Nullable String evidence) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireReports(actor, current);
        requireOpen(current);
        if (current.completionPending()) {
            throw new RuleViolationException("tasks.error.task.completionPending");
        }
        if (current.childCount() > 0) {
            throw new RuleViolationException("tasks.error.task.completeChildrenFirst");
        }
        String text = requiredText(note, "note", TEXT_LIMIT);
        String proof = optionalText(evidence, "evidence", 1000);
        Instant now = clock.instant();
        TaskView after = save("tasks.task.completionReported", current, current.completionReported(now, actor.accountId()));
        tasks.addProgress(id, "COMPLETION", 100, current.achieved(), text, proof, actor.accountId(), actor.displayName(), now);
        events.publishEvent(new TaskCompletionReported(id, current.issuingUnitId(), current.title()));
        return after;
    }

    @Transactional
    public TaskView accept(UUID id) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireDecides(actor, current);
        requireOpen(current);
        if (!current.completionPending()) {
            throw new RuleViolationException("tasks.error.task.noCompletionToDecide");
        }
        if (actor.accountId().equals(current.completedBy())) {
            throw new RuleViolationException("tasks.error.task.ownCompletion");
        }
        Instant now = clock.instant();
        TaskView after = save("tasks.task.accepted", current, current.accepted(now, actor.accountId()));
        tasks.addProgress(id, "ACCEPTED", null, null, "", null, actor.accountId(), actor.displayName(), now);
        events.publishEvent(new TaskCompleted(id, current.unitId(), current.ownerPersonId(), current.title(), after.state() == TaskState.COMPLETED_LATE));
        return after;
    }

    @Transactional
    public TaskView returnCompletion(UUID id, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireDecides(actor, current);
        requireOpen(current);
        if (!current.completionPending()) {
            throw new RuleViolationException("tasks.error.task.noCompletionToDecide");
        }
        String text = requiredText(reason, "reason", REASON_LIMIT);
        TaskView after = save("tasks.task.returned", current, current.returned(text));
        tasks.addProgress(id, "RETURNED", null, null, text, null, actor.accountId(), actor.displayName(), clock.instant());
        events.publishEvent(new TaskReturned(id, current.unitId(), current.ownerPersonId(), current.title(), text));
        return after;
    }

    /** Cancels the task and its open children. */
    @Transactional
    public TaskView cancel(UUID id, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireDecides(actor, current);
        requireOpen(current);
        String text = requiredText(reason, "reason", REASON_LIMIT);
        Instant now = clock.instant();
        for (TaskRow child : tasks.children(id)) {
            if (!child.isClosed()) {
                save("tasks.task.cancelled", child, child.cancelled(now, text));
            }
        }
        TaskView after = save("tasks.task.cancelled", current, current.cancelled(now, text));
        tasks.addProgress(id, "CANCELLED", null, null, text, null, actor.accountId(), actor.displayName(), now);
        return after;
    }

    @Transactional
    public TaskView requestDueDate(UUID id, @Nullable LocalDate dueDate, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireReports(actor, current);
        requireOpen(current);
        List<FieldProblem> problems = new ArrayList<>();
        if (dueDate == null) {
            problems.add(FieldProblem.of("dueDate", "tasks.error.task.dueDateRequired"));
        } else if (dueDate.isBefore(current.startDate())) {
            problems.add(FieldProblem.of("dueDate", "tasks.error.task.dueBeforeStart"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(FieldProblem.of("reason", "tasks.error.reason.required"));
        } else if (reason.strip().length() > REASON_LIMIT) {
            problems.add(FieldProblem.of("reason", "shared.error.input.tooLong", REASON_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TaskView after = save("tasks.task.dueDateRequested", current, current.dueDateRequested(dueDate, reason.strip()));
        tasks.addProgress(id, "DUE_DATE_REQUESTED", null, null, reason.strip() + " (" + LocalTime.format(dueDate) + ")", null,
                actor.accountId(), actor.displayName(), clock.instant());
        events.publishEvent(new TaskDueDateRequested(id, current.issuingUnitId(), current.title(), dueDate));
        return after;
    }

    @Transactional
    public TaskView approveDueDate(UUID id) {
        return decideDueDate(id, true);
    }

    @Transactional
    public TaskView refuseDueDate(UUID id) {
        return decideDueDate(id, false);
    }

    private TaskView decideDueDate(UUID id, boolean approve) {
        Actor actor = CurrentActor.get();
        TaskRow current = load(id);
        requireDecides(actor, current);
        requireOpen(current);
        LocalDate requested = current.requestedDueDate();
        if (requested == null) {
            throw new RuleViolationException("tasks.error.task.noDueDateRequest");
        }
        TaskRow changed = approve ? current.dueOn(requested) : current.dueDateRequested(null, null);
        TaskView after = save(approve ? "tasks.task.dueDateApproved" : "tasks.task.dueDateRefused", current, changed);
        tasks.addProgress(id, approve ? "DUE_DATE_APPROVED" : "DUE_DATE_REFUSED", null, null, LocalTime.format(requested), null,
                actor.accountId(), actor.displayName(), clock.instant());
        events.publishEvent(new TaskDueDateDecided(id, current.unitId(), current.ownerPersonId(), current.title(), approve, after.dueDate()));
        return after;
    }

    /** Open tasks due on one of the days, for the reminder job (which runs as the system). */
    public List<DueTask> openTasksDueOn(Collection<LocalDate> days) {
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN);
        return tasks.openDueOn(days).stream()
                .map(row -> new DueTask(row.id(), row.unitId(), row.ownerPersonId(), row.title(), row.dueDate()))
                .toList();
    }

    /** Whether the current actor may issue tasks (pages use it to offer the form). */
    public boolean mayIssue() {
        return CurrentActor.find().map(actor -> actor.hasAnyRole(ISSUERS)).orElse(false);
    }

    public LocalDate today() {
        return taskViews.today();
    }

    private Set<UUID> targets(CascadeTask command) {
        Set<UUID> targets = new LinkedHashSet<>();
        if (command.unitIds() != null) {
            targets.addAll(command.unitIds());
        }
        if (command.workingGroupId() != null) {
            targets.addAll(directory.unitsSupervisedBy(command.workingGroupId()));
        }
        if (command.allUnits()) {
            directory.findUnits(UnitSearch.inProvince(deployment.provinceCode()), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(unit -> unit.type().isCommuneLevel())
                    .forEach(unit -> targets.add(unit.id()));
        }
        return targets;
    }

    private static TaskDetails.RollUp rollUp(List<TaskView> children) {
        int onTime = 0;
        int late = 0;
        int inProgress = 0;
        int overdue = 0;
        int cancelled = 0;
        int percent = 0;
        for (TaskView child : children) {
            switch (child.state()) {
                case COMPLETED_ON_TIME -> onTime++;
                case COMPLETED_LATE -> late++;
                case IN_PROGRESS_ON_TIME -> inProgress++;
                case IN_PROGRESS_OVERDUE -> overdue++;
                case CANCELLED -> cancelled++;
            }
            percent += child.percent();
        }
        return new TaskDetails.RollUp(children.size(), onTime, late, inProgress, overdue, cancelled,
                children.isEmpty() ? 0 : percent / children.size());
    }

    private TaskView save(String action, TaskRow before, TaskRow after) {
        if (!tasks.update(after, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        TaskView beforeView = taskViews.of(List.of(before)).getFirst();
        TaskView stored = taskViews.of(List.of(load(before.id()))).getFirst();
        audit.record(action, "Task", before.id(), before.unitId(), beforeView, stored);
        return stored;
    }

    private TaskRow load(UUID id) {
        return tasks.find(id).orElseThrow(() -> new TaskNotFoundException(id));
    }

    private void validate(SaveTask command, @Nullable UUID unitId, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.ownerPersonId() != null && people.people(List.of(command.ownerPersonId())).stream()
                .noneMatch(person -> person.unitId().equals(unitId))) {
            problems.add(FieldProblem.of("ownerPersonId", "tasks.error.task.ownerOutsideUnit"));
        }
        if (command.title() == null || command.title().isBlank()) {
            problems.add(FieldProblem.of("title", "tasks.error.task.titleRequired"));
        } else if (command.title().strip().length() > TITLE_LIMIT) {
            problems.add(FieldProblem.of("title", "shared.error.input.tooLong", TITLE_LIMIT));
        }
        if (command.description() != null && command.description().strip().length() > TEXT_LIMIT) {
            problems.add(FieldProblem.of("description", "shared.error.input.tooLong", TEXT_LIMIT));
        }
        if (command.sourceReference() != null && command.sourceReference().strip().length() > TITLE_LIMIT) {
            problems.add(FieldProblem.of("sourceReference", "shared.error.input.tooLong", TITLE_LIMIT));
        }
        if (command.sourceLink() != null && command.sourceLink().strip().length() > 500) {
            problems.add(FieldProblem.of("sourceLink", "shared.error.input.tooLong", 500));
        }
        if (creating && unitId == null) {
            problems.add(FieldProblem.of("unitId", "tasks.error.task.unitRequired"));
        }
        if (command.startDate() == null) {
            problems.add(FieldProblem.of("startDate", "tasks.error.task.startDateRequired"));
        }
        if (command.dueDate() == null) {
            problems.add(FieldProblem.of("dueDate", "tasks.error.task.dueDateRequired"));
        } else if (command.startDate() != null && command.dueDate().isBefore(command.startDate())) {
            problems.add(FieldProblem.of("dueDate", "tasks.error.task.dueBeforeStart"));
        }
        if (command.targetValue() != null && command.targetValue().signum() <= 0) {
            problems.add(FieldProblem.of("targetValue", "tasks.error.task.targetPositive"));
        }
        if (command.targetValue() != null && (command.targetMeasure() == null || command.targetMeasure().isBlank())) {
            problems.add(FieldProblem.of("targetMeasure", "tasks.error.task.targetMeasureRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String requiredText(@Nullable String value, String field, int limit) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, field.equals("reason") ? "tasks.error.reason.required" : "tasks.error.note.required");
        }
        if (value.strip().length() > limit) {
            throw InvalidInputException.of(field, "shared.error.input.tooLong", limit);
        }
        return value.strip();
    }

    private static @Nullable String optionalText(@Nullable String value, String field, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > limit) {
            throw InvalidInputException.of(field, "shared.error.input.tooLong", limit);
        }
        return value.strip();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
