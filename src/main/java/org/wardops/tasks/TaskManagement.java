package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.tasks.internal.ProjectStore;
import org.wardops.tasks.internal.Task;
import org.wardops.tasks.internal.TaskChanges;
import org.wardops.tasks.internal.TaskPolicy;
import org.wardops.tasks.internal.TaskQueries;
import org.wardops.tasks.internal.TaskStore;
import org.wardops.tasks.internal.TaskViews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Tasks: issue, cascade to units, report progress and completion, accept or return, cancel, change due dates. Who
 * may do each is {@code TaskPolicy}'s answer (the lead unit reports, the issuing unit decides, everyone in scope
 * reads); the task aggregate checks that its stage allows it. The use cases live in {@link TaskIssuing},
 * {@link TaskReporting} and {@link TaskDecisions}; this facade gives them their transactions.
 */
@Service
@Transactional(readOnly = true)
public class TaskManagement {

    private final TaskStore store;
    private final TaskQueries queries;
    private final ProjectStore projects;
    private final TaskChanges changes;
    private final TaskPolicy policy;
    private final TaskViews views;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final TaskIssuing issuing;
    private final TaskReporting reporting;
    private final TaskDecisions decisions;

    TaskManagement(TaskStore store, TaskQueries queries, ProjectStore projects, TaskChanges changes, TaskPolicy policy, TaskViews views,
                   DirectoryManagement directory, PeopleManagement people, TaskIssuing issuing, TaskReporting reporting, TaskDecisions decisions) {
        this.store = store;
        this.queries = queries;
        this.projects = projects;
        this.changes = changes;
        this.policy = policy;
        this.views = views;
        this.directory = directory;
        this.people = people;
        this.issuing = issuing;
        this.reporting = reporting;
        this.decisions = decisions;
    }

    /** The tasks the actor reads (visibility in SQL), one page with its total. */
    public PageResult<TaskView> find(TaskSearch search, PageRequest page) {
        Actor actor = CurrentActor.get();
        PageResult<Task> rows = queries.search(search, policy.visible(actor), today(), page);
        return new PageResult<>(views.of(rows.items()), rows.page(), rows.size(), rows.total());
    }

    public TaskView task(UUID id) {
        Task task = changes.load(id);
        policy.require(CurrentActor.get(), TaskAction.READ, task);
        return changes.view(task);
    }

    public TaskDetails details(UUID id) {
        Actor actor = CurrentActor.get();
        Task task = changes.load(id);
        policy.require(actor, TaskAction.READ, task);
        List<Task> all = new ArrayList<>(store.children(id));
        all.addFirst(task);
        List<TaskView> taskViews = views.of(all);
        List<TaskView> children = taskViews.subList(1, taskViews.size());
        Set<TaskAction> actions = policy.allowed(actor, task);
        List<UUID> coordinating = task.coordinatingUnitIds();
        return new TaskDetails(taskViews.getFirst(), rollUp(children), children, store.progress(id), projects.milestones(id),
                projects.quantities(id), TaskDetails.Permissions.of(actions), coordinating.isEmpty() ? List.of() : directory.units(coordinating).stream()
                        .sorted(Comparator.comparingInt(unit -> coordinating.indexOf(unit.id())))
                        .map(unit -> new TaskDetails.CoordinatingUnit(unit.id(), unit.name())).toList(),
                task.ownerPersonId() == null ? null : people.people(List.of(task.ownerPersonId())).stream()
                        .map(PersonView::fullName).findFirst().orElse(null),
                actions);
    }

    @Transactional
    public TaskView create(SaveTask command) {
        return issuing.create(command);
    }

    /** The issuer changes what a task asks; moving the due date here keeps the original one for the record. */
    @Transactional
    public TaskView change(UUID id, long version, SaveTask command) {
        return decisions.change(id, version, command, issuing);
    }

    /** Gives every target unit its own child task; units that already have one are left as they are. */
    @Transactional
    public List<TaskView> cascade(UUID id, CascadeTask command) {
        return issuing.cascade(id, command);
    }

    @Transactional
    public TaskView reportProgress(UUID id, ReportProgress command) {
        return reporting.reportProgress(id, command, false);
    }

    /**
     * The supervising working group records the lead unit's progress on its behalf (e.g. during a supervision
     * session): a separate action, audited as {@code tasks.task.progressRecordedOnBehalf} naming both units.
     */
    @Transactional
    public TaskView recordProgressOnBehalf(UUID id, ReportProgress command) {
        return reporting.reportProgress(id, command, true);
    }

    /** The unit confirms at the year-end review that the task is on track; recorded in its history. */
    @Transactional
    public TaskView confirmOnTrack(UUID id, @Nullable String note) {
        return reporting.confirmOnTrack(id, note);
    }

    @Transactional
    public TaskView reportCompletion(UUID id, @Nullable String note, @Nullable String evidence) {
        return reporting.reportCompletion(id, note, evidence);
    }

    @Transactional
    public TaskView accept(UUID id) {
        return decisions.accept(id);
    }

    @Transactional
    public TaskView returnCompletion(UUID id, @Nullable String reason) {
        return decisions.returnCompletion(id, reason);
    }

    /** Cancels the task and its open children. */
    @Transactional
    public TaskView cancel(UUID id, @Nullable String reason) {
        return decisions.cancel(id, reason);
    }

    @Transactional
    public TaskView requestDueDate(UUID id, @Nullable LocalDate dueDate, @Nullable String reason) {
        return reporting.requestDueDate(id, dueDate, reason);
    }

    @Transactional
    public TaskView approveDueDate(UUID id) {
        return decisions.decideDueDate(id, true);
    }

    @Transactional
    public TaskView refuseDueDate(UUID id) {
        return decisions.decideDueDate(id, false);
    }

    /** Open tasks due on one of the days, for the reminder job (which runs as the system). */
    public List<DueTask> openTasksDueOn(Collection<LocalDate> days) {
        policy.requireListsDueTasks(CurrentActor.get());
        return queries.openDueOn(days).stream()
                .map(row -> new DueTask(row.id(), row.unitId(), row.ownerPersonId(), row.title(), row.dueDate()))
                .toList();
    }

    /** Whether the current actor may issue tasks (pages use it to offer the form). */
    public boolean mayIssue() {
        return CurrentActor.find().map(policy::mayIssue).orElse(false);
    }

    public LocalDate today() {
        return views.today();
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
}
