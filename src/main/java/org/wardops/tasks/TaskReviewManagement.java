package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.tasks.internal.Task;
import org.wardops.tasks.internal.TaskPolicy;
import org.wardops.tasks.internal.TaskQueries;
import org.wardops.tasks.internal.TaskViews;
import org.wardops.tasks.internal.YearEndDocuments;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The views across many tasks: the year-end review board and the statistics per unit or working group. Read-only;
 * each is limited to the actor's scope.
 */
@Service
@Transactional(readOnly = true)
public class TaskReviewManagement {

    private final TaskQueries queries;
    private final TaskPolicy policy;
    private final TaskViews views;
    private final TaskManagement management;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final DocumentManagement documents;

    TaskReviewManagement(TaskQueries queries, TaskPolicy policy, TaskViews views, TaskManagement management, DirectoryManagement directory,
                         DeploymentSettings deployment, DocumentManagement documents) {
        this.documents = documents;
        this.queries = queries;
        this.policy = policy;
        this.views = views;
        this.management = management;
        this.directory = directory;
        this.deployment = deployment;
    }

    /**
     * Applies one action of the year-end board to every chosen task, all or nothing: the first refusal (a task that is
     * not the actor's to act on, a closed task, a missing reason, ...) undoes the others. Answers how many tasks it changed.
     */
    @Transactional
    public int apply(ReviewAction command) {
        CurrentActor.get();
        if (command.action() == null) {
            throw InvalidInputException.of("action", "tasks.error.review.actionRequired");
        }
        if (command.taskIds() == null || command.taskIds().isEmpty()) {
            throw InvalidInputException.of("taskIds", "tasks.error.review.noTasks");
        }
        if (command.taskIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("taskIds", "tasks.error.review.unknownTask");
        }
        Set<UUID> ids = new LinkedHashSet<>(command.taskIds());
        for (UUID id : ids) {
            switch (command.action()) {
                case CONFIRM_ON_TRACK -> management.confirmOnTrack(id, command.note());
                case REPORT_DONE -> management.reportCompletion(id, command.note(), null);
                case REQUEST_DUE_DATE -> management.requestDueDate(id, command.dueDate(), command.reason());
                case APPROVE_DUE_DATE -> management.approveDueDate(id);
                case REFUSE_DUE_DATE -> management.refuseDueDate(id);
            }
        }
        return ids.size();
    }

    /**
     * One page of the year-end board: open tasks due by 31 December of this year for one unit, one working group's
     * units, or the whole city (city-wide roles only), with the board actions the actor may take on them.
     */
    public YearEndReview yearEndReview(@Nullable UUID unitId, @Nullable UUID workingGroupId, boolean city, PageRequest page) {
        Actor actor = CurrentActor.get();
        LocalDate today = views.today();
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        TaskPolicy.Visibility visible = policy.visible(actor);
        if (city || (unitId == null && workingGroupId == null && actor.scope().cityWide())) {
            if (!actor.scope().cityWide()) {
                throw new AccessRefusedException("tasks.error.review.cityWideOnly");
            }
            return review(actor, null, null, true, directory.unitByCode(deployment.provinceCode()).map(UnitView::name).orElse(""), yearEnd,
                    queries.openDueBy(null, visible, yearEnd, today, page));
        }
        if (workingGroupId != null) {
            if (!actor.covers(workingGroupId)) {
                throw new AccessRefusedException("tasks.error.task.outsideScope");
            }
            Set<UUID> units = new HashSet<>(directory.unitsSupervisedBy(workingGroupId));
            units.add(workingGroupId);
            return review(actor, null, workingGroupId, false, directory.unit(workingGroupId).name(), yearEnd,
                    queries.openDueBy(units, visible, yearEnd, today, page));
        }
        UUID unit = unitId != null ? unitId : actor.unitId();
        if (unit == null || !actor.covers(unit)) {
            throw new AccessRefusedException("tasks.error.task.outsideScope");
        }
        return review(actor, unit, null, false, directory.unit(unit).name(), yearEnd, queries.openDueBy(List.of(unit), visible, yearEnd, today, page));
    }

    private YearEndReview review(Actor actor, @Nullable UUID unitId, @Nullable UUID workingGroupId, boolean city, String name, LocalDate yearEnd,
                                 PageResult<Task> rows) {
        Set<TaskAction> allowed = EnumSet.noneOf(TaskAction.class);
        rows.items().forEach(task -> allowed.addAll(policy.allowed(actor, task)));
        List<ReviewAction.Kind> actions = Arrays.stream(ReviewAction.Kind.values()).filter(kind -> allowed.contains(kind.action())).toList();
        return new YearEndReview(unitId, workingGroupId, city, name, yearEnd, views.of(rows.items()), rows.page(), rows.size(), rows.total(), actions);
    }

    /**
     * The whole year-end board of the same scope (and the same refusals) as an XLSX workbook ({@code xlsx}) or as a
     * formal report ({@code docx}, {@code pdf}) in the state format, or the Party format with {@code style=party}; the
     * rows keep the board's order.
     */
    public RenderedDocument exportYearEndReview(@Nullable UUID unitId, @Nullable UUID workingGroupId, boolean city, String format,
                                                @Nullable String style) {
        if (format == null || format.isBlank()) {
            throw InvalidInputException.of("format", "tasks.error.review.format", "");
        }
        String kind = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!kind.equals("xlsx") && !kind.equals("docx") && !kind.equals("pdf")) {
            throw InvalidInputException.of("format", "tasks.error.review.format", format);
        }
        DocumentStyle documentStyle = style == null || style.isBlank() ? DocumentStyle.STATE : DocumentStyle.parse(style);
        YearEndReview first = yearEndReview(unitId, workingGroupId, city, new PageRequest(0, PageRequest.MAX_SIZE));
        List<TaskView> all = new ArrayList<>(first.tasks());
        for (int page = 1; page < first.pageCount(); page++) {
            all.addAll(yearEndReview(unitId, workingGroupId, city, new PageRequest(page, PageRequest.MAX_SIZE)).tasks());
        }
        YearEndReview review = new YearEndReview(first.unitId(), first.workingGroupId(), first.city(), first.scopeName(), first.yearEnd(), all,
                0, all.size(), all.size(), first.actions());
        UUID scopeUnit = review.unitId() != null ? review.unitId() : review.workingGroupId();
        UnitView unit = scopeUnit == null ? directory.unitByCode(deployment.provinceCode()).orElse(null) : directory.unit(scopeUnit);
        String baseName = YearEndDocuments.baseName(review, unit == null ? "" : unit.code());
        if (kind.equals("xlsx")) {
            return documents.spreadsheet(YearEndDocuments.workbook(review), baseName);
        }
        String superior = unit == null || unit.parentId() == null || review.city() ? "" : directory.unit(unit.parentId()).name();
        return documents.render(YearEndDocuments.report(review, superior, documentStyle, views.today()), DocumentFormat.parse(kind), baseName);
    }

    /** On-time rate, overdue count and average delay per unit or per working group, ranked; limited to the actor's scope. */
    public TaskStatistics statistics(String groupBy) {
        Actor actor = CurrentActor.get();
        if (!"unit".equals(groupBy) && !"workingGroup".equals(groupBy)) {
            throw InvalidInputException.of("groupBy", "tasks.error.statistics.groupBy");
        }
        LocalDate today = views.today();
        List<Task> rows = queries.leaves(actor.scope().cityWide() ? null : actor.scope().unitIds());
        Map<UUID, List<Task>> byGroup = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        if ("workingGroup".equals(groupBy)) {
            Map<UUID, UUID> groupOfUnit = new HashMap<>();
            for (UnitView group : directory.workingGroups(deployment.provinceCode())) {
                names.put(group.id(), group.name());
                byGroup.put(group.id(), new ArrayList<>());
                directory.unitsSupervisedBy(group.id()).forEach(unit -> groupOfUnit.put(unit, group.id()));
            }
            for (Task row : rows) {
                UUID group = groupOfUnit.get(row.unitId());
                if (group != null) {
                    byGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(row);
                }
            }
        } else {
            rows.forEach(row -> byGroup.computeIfAbsent(row.unitId(), key -> new ArrayList<>()).add(row));
            directory.units(byGroup.keySet()).forEach(unit -> names.put(unit.id(), unit.name()));
        }
        List<TaskStatistics.Row> result = new ArrayList<>();
        for (var entry : byGroup.entrySet()) {
            result.add(statisticsRow(entry.getKey(), names.getOrDefault(entry.getKey(), ""), entry.getValue(), today));
        }
        result.sort(TaskStatistics.RANKING);
        List<TaskStatistics.Row> ranked = new ArrayList<>();
        int rank = 0;
        for (TaskStatistics.Row row : result) {
            ranked.add(new TaskStatistics.Row(row.ranked() ? ++rank : 0, row.id(), row.name(), row.total(), row.completedOnTime(), row.completedLate(),
                    row.inProgress(), row.overdue(), row.onTimeRate(), row.averageDelayDays()));
        }
        return new TaskStatistics(groupBy, ranked, trend(rows, today));
    }

    /** Completions per month over the last 12 months, oldest first. */
    private static List<TaskStatistics.Month> trend(List<Task> rows, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        Map<YearMonth, int[]> counts = new java.util.TreeMap<>();
        for (int i = 11; i >= 0; i--) {
            counts.put(last.minusMonths(i), new int[2]);
        }
        for (Task row : rows) {
            TaskState state = row.state(today);
            if (state.isCompleted() && row.completedOn() != null) {
                int[] month = counts.get(YearMonth.from(row.completedOn()));
                if (month != null) {
                    month[state == TaskState.COMPLETED_ON_TIME ? 0 : 1]++;
                }
            }
        }
        // Months before the first completion say nothing: the table starts with the first month that has one.
        return counts.entrySet().stream()
                .dropWhile(entry -> entry.getValue()[0] + entry.getValue()[1] == 0)
                .map(entry -> new TaskStatistics.Month(entry.getKey().toString(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }

    private static TaskStatistics.Row statisticsRow(UUID id, String name, List<Task> rows, LocalDate today) {
        int onTime = 0;
        int late = 0;
        int inProgress = 0;
        int overdue = 0;
        long delayDays = 0;
        int delayed = 0;
        for (Task row : rows) {
            switch (row.state(today)) {
                case COMPLETED_ON_TIME -> onTime++;
                case COMPLETED_LATE -> {
                    late++;
                    delayed++;
                    delayDays += java.time.temporal.ChronoUnit.DAYS.between(row.dueDate(), row.completedOn());
                }
                case IN_PROGRESS_ON_TIME -> inProgress++;
                case IN_PROGRESS_OVERDUE -> {
                    overdue++;
                    delayed++;
                    delayDays += java.time.temporal.ChronoUnit.DAYS.between(row.dueDate(), today);
                }
                case CANCELLED -> {
                }
            }
        }
        int due = onTime + late + overdue;
        int rate = due < TaskStatistics.MINIMUM_DUE ? -1 : Math.round(100f * onTime / due);
        double averageDelay = delayed == 0 ? 0 : Math.round(10.0 * delayDays / delayed) / 10.0;
        return new TaskStatistics.Row(0, id, name, onTime + late + inProgress + overdue, onTime, late, inProgress, overdue, rate, averageDelay);
    }

}
