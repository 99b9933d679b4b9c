package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultySearch;
import org.wardops.difficulties.DifficultyView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules.Lines;
import org.wardops.tasks.internal.ProjectStore;
import org.wardops.tasks.internal.Task;
import org.wardops.tasks.internal.TaskPolicy;
import org.wardops.tasks.internal.TaskStore;
import org.wardops.tasks.internal.TaskViews;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


/**
 * Projects: tasks of kind PROJECT with milestones (planned and actual dates; by planned date they are the timeline)
 * and quantities against their totals. The lead unit keeps them up to date; the issuer may plan milestones too.
 */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

    private final TaskStore store;
    private final ProjectStore tasks;
    private final TaskPolicy policy;
    private final TaskViews views;
    private final AuditTrail audit;
    private final Clock clock;
    private final DifficultyManagement difficulties;

    ProjectManagement(TaskStore store, ProjectStore tasks, TaskPolicy policy, TaskViews views, AuditTrail audit, Clock clock,
                      DifficultyManagement difficulties) {
        this.store = store;
        this.policy = policy;
        this.difficulties = difficulties;
        this.tasks = tasks;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a milestone to a project; the unit or the issuer plans it. */
    @Transactional
    public MilestoneView addMilestone(UUID id, @Nullable String name, @Nullable LocalDate plannedDate) {
        Actor actor = CurrentActor.get();
        Task task = requireProject(id);
        policy.require(actor, TaskAction.ADD_MILESTONE, task);
        task.requireActive();
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of("name", "tasks.error.project.nameRequired"));
        } else {
            TaskInput.text(problems, "name", name.strip(), TaskInput.MILESTONE_NAME, Lines.SINGLE);
        }
        if (plannedDate == null) {
            problems.add(FieldProblem.of("plannedDate", "tasks.error.project.plannedDateRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MilestoneView milestone = new MilestoneView(Ids.next(), name.strip(), plannedDate, null);
        tasks.addMilestone(id, milestone, clock.instant());
        audit.record("tasks.milestone.added", "Task", id, task.unitId(), null, milestone);
        return milestone;
    }

    /** The unit records the day a milestone was reached; not a day in the future. */
    @Transactional
    public MilestoneView reachMilestone(UUID id, UUID milestoneId, @Nullable LocalDate actualDate) {
        Actor actor = CurrentActor.get();
        Task task = requireProject(id);
        policy.require(actor, TaskAction.REACH_MILESTONE, task);
        task.requireActive();
        if (actualDate == null) {
            throw InvalidInputException.of("actualDate", "tasks.error.project.actualDateRequired");
        }
        if (actualDate.isAfter(views.today())) {
            throw InvalidInputException.of("actualDate", "tasks.error.project.actualDateInFuture");
        }
        MilestoneView before = tasks.milestones(id).stream().filter(milestone -> milestone.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new org.wardops.shared.NotFoundException("tasks.error.project.milestoneNotFound", milestoneId));
        tasks.reachMilestone(id, milestoneId, actualDate);
        MilestoneView after = new MilestoneView(before.id(), before.name(), before.plannedDate(), actualDate);
        audit.record("tasks.milestone.reached", "Task", id, task.unitId(), before, after);
        return after;
    }

    /** The unit records a quantity of its project (e.g. households relocated) against its total. */
    @Transactional
    public List<QuantityView> recordQuantity(UUID id, @Nullable String name, @Nullable String measure, @Nullable BigDecimal total,
                                             @Nullable BigDecimal achieved) {
        Actor actor = CurrentActor.get();
        Task task = requireProject(id);
        policy.require(actor, TaskAction.RECORD_QUANTITY, task);
        task.requireActive();
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of("name", "tasks.error.project.nameRequired"));
        } else {
            TaskInput.text(problems, "name", name.strip(), TaskInput.QUANTITY_NAME, Lines.SINGLE);
        }
        if (measure == null || measure.isBlank()) {
            problems.add(FieldProblem.of("measure", "tasks.error.task.targetMeasureRequired"));
        } else {
            TaskInput.text(problems, "measure", measure.strip(), TaskInput.MEASURE, Lines.SINGLE);
        }
        TaskInput.amount(problems, "total", total);
        TaskInput.amount(problems, "achieved", achieved);
        if (total == null || total.signum() <= 0) {
            problems.add(FieldProblem.of("total", "tasks.error.task.targetPositive"));
        }
        if (achieved == null || achieved.signum() < 0) {
            problems.add(FieldProblem.of("achieved", "tasks.error.progress.negative"));
        } else if (total != null && achieved.compareTo(total) > 0) {
            problems.add(FieldProblem.of("achieved", "tasks.error.progress.aboveTarget", total.stripTrailingZeros().toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<QuantityView> before = tasks.quantities(id);
        tasks.recordQuantity(id, name.strip(), measure.strip(), total, achieved, clock.instant());
        List<QuantityView> after = tasks.quantities(id);
        audit.record("tasks.quantity.recorded", "Task", id, task.unitId(), before, after);
        return after;
    }

    /**
     * The difficulties blocking a project, each with its current state (or hidden when the reader may not see it). Runs
     * outside a transaction so that a difficulty refused to the reader does not mark a surrounding one for rollback.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public List<BlockerView> blockers(UUID id) {
        Actor actor = CurrentActor.get();
        Task task = requireProject(id);
        policy.require(actor, TaskAction.READ, task);
        List<BlockerView> result = new ArrayList<>();
        for (UUID difficultyId : tasks.blockers(id)) {
            try {
                DifficultyView difficulty = difficulties.difficulty(difficultyId);
                result.add(new BlockerView(difficultyId, true, difficulty.title(), difficulty.unitName(), difficulty.state()));
            } catch (WardOpsException e) {
                if (e.kind() != WardOpsException.Kind.FORBIDDEN && e.kind() != WardOpsException.Kind.NOT_FOUND) {
                    throw e;
                }
                result.add(new BlockerView(difficultyId, false, null, null, null));
            }
        }
        return result;
    }

    /** The difficulties of the project's unit that the actor sees: those the page offers as blockers. */
    public List<DifficultyView> blockerChoices(UUID id) {
        Actor actor = CurrentActor.get();
        Task task = requireProject(id);
        policy.require(actor, TaskAction.READ, task);
        return difficulties.find(DifficultySearch.ofUnit(task.unitId()), new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /**
     * Links a difficulty that blocks the project; the unit or the issuer does it, for a difficulty they can see. Linking
     * one already linked changes nothing.
     */
    @Transactional
    public void addBlocker(UUID id, @Nullable UUID difficultyId) {
        Actor actor = CurrentActor.get();
        Task task = requireProject(id);
        policy.require(actor, TaskAction.LINK_BLOCKER, task);
        task.requireActive();
        if (difficultyId == null) {
            throw InvalidInputException.of("difficultyId", "tasks.error.project.difficultyRequired");
        }
        difficulties.difficulty(difficultyId);
        if (!tasks.blockers(id).contains(difficultyId)) {
            tasks.addBlocker(id, difficultyId, clock.instant());
            audit.record("tasks.project.blockerAdded", "Task", id, task.unitId(), null, java.util.Map.of("difficultyId", difficultyId));
        }
    }

    /** Unlinks a blocking difficulty (when it no longer blocks); the unit or the issuer does it. */
    @Transactional
    public void removeBlocker(UUID id, UUID difficultyId) {
        Actor actor = CurrentActor.get();
        Task task = requireProject(id);
        policy.require(actor, TaskAction.LINK_BLOCKER, task);
        if (tasks.removeBlocker(id, difficultyId)) {
            audit.record("tasks.project.blockerRemoved", "Task", id, task.unitId(), java.util.Map.of("difficultyId", difficultyId), null);
        }
    }

    private Task requireProject(UUID id) {
        Task task = store.find(id).orElseThrow(() -> new TaskNotFoundException(id));
        if (task.kind() != TaskKind.PROJECT) {
            throw new RuleViolationException("tasks.error.project.notAProject");
        }
        return task;
    }

}
