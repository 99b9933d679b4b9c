package org.wardops.dashboard.internal;

import org.springframework.stereotype.Component;
import org.wardops.dashboard.TodoItem;
import org.wardops.dashboard.TodoKind;
import org.wardops.dashboard.TodoLists;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultySearch;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.DifficultyView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.reporting.ReportingTodo;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.tasks.TaskManagement;
import org.wardops.tasks.TaskSearch;
import org.wardops.tasks.TaskState;
import org.wardops.tasks.TaskView;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A ward's or commune's own work. Its officers: reports to fill with their deadlines, returned reports with the
 * reason, tasks due within {@value #TASK_HORIZON_DAYS} days or overdue, answered difficulties waiting for the unit's
 * confirmation (capacity data comes from {@link TodoCapacitySource}). Its leader: drafts waiting for signature
 * (reports an officer marked ready, difficulty drafts), what was returned, and from October the year-end review while
 * tasks are open.
 */
@Component
class TodoUnitSource implements TodoSource {

    static final int TASK_HORIZON_DAYS = 7;
    private static final Month REVIEW_FROM = Month.OCTOBER;

    private final ReportingTodo reporting;
    private final DifficultyManagement difficulties;
    private final TaskManagement tasks;
    private final DirectoryManagement directory;
    private final TodoTexts texts;

    TodoUnitSource(ReportingTodo reporting, DifficultyManagement difficulties, TaskManagement tasks, DirectoryManagement directory,
                   TodoTexts texts) {
        this.reporting = reporting;
        this.difficulties = difficulties;
        this.tasks = tasks;
        this.directory = directory;
        this.texts = texts;
    }

    @Override
    public void collect(Actor actor, Set<TodoPolicy.Section> sections, LocalDate today, TodoCollector into) {
        boolean officer = sections.contains(TodoPolicy.Section.UNIT_OFFICER);
        boolean leader = sections.contains(TodoPolicy.Section.UNIT_LEADER);
        if (!officer && !leader) {
            return;
        }
        UUID unitId = Objects.requireNonNull(actor.unitId());
        String unitName = directory.unit(unitId).name();
        ReportingTodo.Lists reports = reporting.lists(TodoLists.PER_KIND);
        reports(into, TodoKind.REPORT_TO_FILL, reports.toFill(), unitName, today);
        reports(into, TodoKind.REPORT_RETURNED, reports.returned(), unitName, today);
        reports(into, TodoKind.REPORT_TO_SIGN, reports.toSign(), unitName, today);
        if (officer) {
            taskItems(into, TodoKind.TASK_DUE, unitId, today, today.plusDays(TASK_HORIZON_DAYS + 1L));
            difficultyItems(into, TodoKind.DIFFICULTY_TO_CONFIRM, unitId, DifficultyState.ANSWERED);
        }
        if (leader) {
            difficultyItems(into, TodoKind.DIFFICULTY_TO_SIGN, unitId, DifficultyState.DRAFT);
            yearEndReview(into, unitId, unitName, today);
        }
    }

    private static void reports(TodoCollector into, TodoKind kind, ReportingTodo.Slice slice, String unitName, LocalDate today) {
        into.add(kind, slice.total(), slice.first().stream()
                .map(report -> new TodoItem(kind, report.requestTitle(), unitName, report.deadline(), report.deadline().isBefore(today),
                        "/reports/" + report.reportId(), kind == TodoKind.REPORT_TO_SIGN ? report.readyBy() : report.returnReason()))
                .toList());
    }

    /** Open tasks of the unit: the overdue ones, then those due before {@code dueBefore}. */
    void taskItems(TodoCollector into, TodoKind kind, UUID unitId, LocalDate today, LocalDate dueBefore) {
        PageRequest page = new PageRequest(0, TodoLists.PER_KIND);
        PageResult<TaskView> overdue = tasks.find(new TaskSearch(unitId, TaskState.IN_PROGRESS_OVERDUE, null, null, null, null), page);
        PageResult<TaskView> soon = tasks.find(new TaskSearch(unitId, TaskState.IN_PROGRESS_ON_TIME, dueBefore, null, null, null), page);
        into.add(kind, overdue.total(), overdue.items().stream().map(task -> task(kind, task, true)).toList());
        into.add(kind, soon.total(), soon.items().stream().map(task -> task(kind, task, false)).toList());
    }

    private static TodoItem task(TodoKind kind, TaskView task, boolean overdue) {
        return new TodoItem(kind, task.title(), task.unitName(), task.dueDate(), overdue, "/tasks/" + task.id(), null);
    }

    private void difficultyItems(TodoCollector into, TodoKind kind, UUID unitId, DifficultyState state) {
        PageResult<DifficultyView> found = difficulties.find(new DifficultySearch(unitId, null, state, null, false, null),
                new PageRequest(0, TodoLists.PER_KIND));
        into.add(kind, found.total(), found.items().stream()
                .map(d -> new TodoItem(kind, d.title(), d.unitName(), null, false,
                        "/difficulties/" + d.id(), kind == TodoKind.DIFFICULTY_TO_CONFIRM ? d.addresseeName() : null))
                .toList());
    }

    /** From October until the year ends, while the unit has open tasks: the review board, due on 31 December. */
    private void yearEndReview(TodoCollector into, UUID unitId, String unitName, LocalDate today) {
        if (today.getMonth().compareTo(REVIEW_FROM) < 0) {
            return;
        }
        PageRequest one = new PageRequest(0, 1);
        long open = tasks.find(new TaskSearch(unitId, TaskState.IN_PROGRESS_OVERDUE, null, null, null, null), one).total()
                + tasks.find(new TaskSearch(unitId, TaskState.IN_PROGRESS_ON_TIME, null, null, null, null), one).total();
        if (open > 0) {
            into.add(new TodoItem(TodoKind.YEAR_END_REVIEW, texts.t("dashboard.todo.title.yearEndReview", open), unitName,
                    LocalDate.of(today.getYear(), 12, 31), false, "/tasks/year-end-review", null));
        }
    }
}
