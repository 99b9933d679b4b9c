package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules.Lines;
import org.wardops.tasks.internal.Task;
import org.wardops.tasks.internal.TaskChanges;
import org.wardops.tasks.internal.TaskPolicy;
import org.wardops.tasks.internal.TaskStore;
import org.wardops.tasks.internal.TaskViews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Issuing tasks: a new task from the actor's unit, and cascades of a task to many units. Runs in the facade's transaction. */
@Component
class TaskIssuing {

    private final TaskStore store;
    private final TaskChanges changes;
    private final TaskPolicy policy;
    private final TaskViews views;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final DeploymentSettings deployment;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskIssuing(TaskStore store, TaskChanges changes, TaskPolicy policy, TaskViews views, DirectoryManagement directory,
                PeopleManagement people, DeploymentSettings deployment, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.policy = policy;
        this.views = views;
        this.directory = directory;
        this.people = people;
        this.deployment = deployment;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    TaskView create(SaveTask command) {
        Actor actor = CurrentActor.get();
        if (!policy.mayIssue(actor)) {
            throw AccessRefusedException.missingRole();
        }
        UUID unitId = command.unitId() != null ? command.unitId() : actor.unitId();
        validate(command, unitId, true);
        policy.requireIssues(actor, unitId);
        directory.unit(unitId);
        List<UUID> coordinating = coordinatingUnits(command.coordinatingUnitIds(), unitId);
        UUID issuingUnitId = actor.unitId() != null ? actor.unitId() : unitId;
        Task task = Task.issue(Ids.next(), null, command.kind() == null ? TaskKind.TASK : command.kind(), command.title().strip(),
                text(command.description()), blankToNull(command.sourceReference()), blankToNull(command.sourceLink()), issuingUnitId, unitId,
                command.ownerPersonId(), command.startDate(), command.dueDate(), command.priority() == null ? TaskPriority.NORMAL : command.priority(),
                command.affectsLives(), command.targetValue(), blankToNull(command.targetMeasure()), actor.accountId(), coordinating);
        store.insert(task, clock.instant());
        TaskView created = changes.view(changes.load(task.id()));
        audit.record("tasks.task.created", "Task", task.id(), unitId, null, created);
        if (!coordinating.isEmpty()) {
            store.insertCoordinatingUnits(task.id(), coordinating);
            audit.record("tasks.task.coordinatingUnitsSet", "Task", task.id(), unitId, null, Map.of("coordinatingUnitIds", coordinating));
        }
        events.publishEvent(new TaskAssigned(task.id(), unitId, task.ownerPersonId(), task.title(), task.dueDate()));
        return created;
    }

    /** Gives every target unit its own child task; units that already have one are left as they are. */
    List<TaskView> cascade(UUID id, CascadeTask command) {
        Actor actor = CurrentActor.get();
        Task parent = changes.load(id);
        policy.require(actor, TaskAction.CASCADE, parent);
        parent.requireActive();
        Set<UUID> targets = targets(command);
        if (targets.contains(null)) {
            throw InvalidInputException.of("unitIds", "tasks.error.cascade.unknownUnit");
        }
        if (targets.isEmpty()) {
            throw InvalidInputException.of("unitIds", "tasks.error.cascade.noUnits");
        }
        List<UnitView> units = directory.units(targets);
        if (units.size() != targets.size()) {
            throw InvalidInputException.of("unitIds", "tasks.error.cascade.unknownUnit");
        }
        List<String> outside = units.stream().filter(unit -> !actor.covers(unit.id())).map(UnitView::name).sorted(org.wardops.shared.text.VietnameseCollation.comparator()).toList();
        if (!outside.isEmpty()) {
            throw new AccessRefusedException("tasks.error.cascade.outsideScope", String.join(", ", outside));
        }
        LocalDate dueDate = command.dueDate() != null ? command.dueDate() : parent.dueDate();
        if (dueDate.isBefore(parent.startDate())) {
            throw InvalidInputException.of("dueDate", "tasks.error.task.dueBeforeStart");
        }
        Set<UUID> existing = new HashSet<>(store.childUnits(id));
        Instant now = clock.instant();
        List<Task> created = new ArrayList<>();
        // in unit order, so that two cascades over the same units lock the units' audit chains in the same order
        for (UUID unitId : new java.util.TreeSet<>(targets)) {
            if (existing.contains(unitId) || unitId.equals(parent.unitId())) {
                continue;
            }
            Task child = Task.issue(Ids.next(), id, parent.kind(), parent.title(), parent.description(), parent.sourceReference(),
                    parent.sourceLink(), parent.unitId(), unitId, null, parent.startDate(), dueDate, parent.priority(), parent.affectsLives(),
                    parent.targetValue(), parent.targetMeasure(), actor.accountId(), List.of());
            store.insert(child, now);
            created.add(child);
        }
        List<TaskView> result = views.of(created);
        for (TaskView child : result) {
            audit.record("tasks.task.cascaded", "Task", child.id(), child.unitId(), null, child);
            events.publishEvent(new TaskAssigned(child.id(), child.unitId(), null, child.title(), child.dueDate()));
        }
        return result;
    }

    /** The named coordinating units without repeats; each must exist and differ from the lead unit. */
    private List<UUID> coordinatingUnits(@Nullable List<UUID> unitIds, UUID leadUnitId) {
        if (unitIds == null || unitIds.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(unitIds));
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

    void validate(SaveTask command, @Nullable UUID unitId, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.ownerPersonId() != null && people.people(List.of(command.ownerPersonId())).stream()
                .noneMatch(person -> person.unitId().equals(unitId))) {
            problems.add(FieldProblem.of("ownerPersonId", "tasks.error.task.ownerOutsideUnit"));
        }
        if (command.title() == null || command.title().isBlank()) {
            problems.add(FieldProblem.of("title", "tasks.error.task.titleRequired"));
        } else {
            TaskInput.text(problems, "title", command.title().strip(), TaskInput.TITLE, Lines.SINGLE);
        }
        TaskInput.text(problems, "description", command.description() == null ? null : command.description().strip(), TaskInput.DESCRIPTION, Lines.MULTI);
        TaskInput.text(problems, "sourceReference", command.sourceReference() == null ? null : command.sourceReference().strip(),
                TaskInput.SOURCE_REFERENCE, Lines.SINGLE);
        TaskInput.text(problems, "sourceLink", command.sourceLink() == null ? null : command.sourceLink().strip(), TaskInput.SOURCE_LINK, Lines.SINGLE);
        TaskInput.text(problems, "targetMeasure", command.targetMeasure() == null ? null : command.targetMeasure().strip(), TaskInput.MEASURE, Lines.SINGLE);
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
        TaskInput.amount(problems, "targetValue", command.targetValue());
        if (command.targetValue() != null && (command.targetMeasure() == null || command.targetMeasure().isBlank())) {
            problems.add(FieldProblem.of("targetMeasure", "tasks.error.task.targetMeasureRequired"));
        }
        TaskInput.throwIfAny(problems);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
