package org.wardops.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.web.QueryParameters;
import org.wardops.shared.api.ApiVersions;
import org.wardops.tasks.CascadeTask;
import org.wardops.tasks.ProjectManagement;
import org.wardops.tasks.TaskReviewManagement;
import org.wardops.tasks.MilestoneView;
import org.wardops.tasks.QuantityView;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.ReportProgress;
import org.wardops.tasks.ReviewAction;
import org.wardops.tasks.SaveTask;
import org.wardops.tasks.TaskDetails;
import org.wardops.tasks.TaskManagement;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskSearch;
import org.wardops.tasks.TaskState;
import org.wardops.tasks.TaskStatistics;
import org.wardops.tasks.TaskView;
import org.wardops.tasks.YearEndReview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Tasks", description = "Tasks, cascades to units, progress, completion, due dates, year-end review, statistics")
class TaskApiController {

    /** A task as a client sends it; {@code version} is required when changing one. */
    record TaskBody(@Nullable String title, @Nullable String description, @Nullable String sourceReference, @Nullable String sourceLink,
                    @Nullable UUID unitId, @Nullable UUID ownerPersonId, @Nullable LocalDate startDate, @Nullable LocalDate dueDate,
                    @Nullable TaskPriority priority, @Nullable Boolean affectsLives, @Nullable BigDecimal targetValue,
                    @Nullable String targetMeasure, @Nullable TaskKind kind, java.util.@Nullable List<UUID> coordinatingUnitIds,
                    @Nullable Long version) {

        SaveTask command() {
            return new SaveTask(title, description, sourceReference, sourceLink, unitId, ownerPersonId, startDate, dueDate, priority,
                    Boolean.TRUE.equals(affectsLives), targetValue, targetMeasure, kind, coordinatingUnitIds);
        }
    }

    record MilestoneBody(@Nullable String name, @Nullable LocalDate plannedDate, @Nullable LocalDate actualDate) {
    }

    record QuantityBody(@Nullable String name, @Nullable String measure, @Nullable BigDecimal total, @Nullable BigDecimal achieved) {
    }

    record CascadeBody(@Nullable List<UUID> unitIds, @Nullable UUID workingGroupId, @Nullable Boolean allUnits, @Nullable LocalDate dueDate) {
    }

    record ProgressBody(@Nullable Integer percent, @Nullable BigDecimal achieved, @Nullable String note, @Nullable String evidence) {
    }

    record ReasonBody(@Nullable String reason) {
    }

    record DueDateBody(@Nullable LocalDate dueDate, @Nullable String reason) {
    }

    private final TaskManagement tasks;
    private final ProjectManagement projects;
    private final TaskReviewManagement reviews;

    TaskApiController(TaskManagement tasks, ProjectManagement projects, TaskReviewManagement reviews) {
        this.tasks = tasks;
        this.projects = projects;
        this.reviews = reviews;
    }

    @GetMapping("/api/v1/tasks")
    @Operation(operationId = "listTasks", summary = "Search tasks in the caller's scope", description = "state is computed: IN_PROGRESS_ON_TIME, IN_PROGRESS_OVERDUE, "
            + "COMPLETED_ON_TIME, COMPLETED_LATE, CANCELLED; q matches with or without diacritics; dueMonth (yyyy-MM) lists the tasks due "
            + "in that month that the unit carries itself, the records behind its monthly task figures")
    PageResult<TaskView> list(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable TaskState state,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueBefore,
                              @RequestParam(required = false) @Nullable Boolean affectsLives,
                              @RequestParam(required = false) @Nullable UUID parentId, @RequestParam(required = false) @Nullable String q,
                              @RequestParam(required = false) @Nullable String dueMonth,
                              @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        return tasks.find(new TaskSearch(unitId, state, dueBefore, affectsLives, parentId, q, QueryParameters.month("dueMonth", dueMonth)),
                PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTask", summary = "Issue a task", description = "unitId is the lead unit, the caller's own unit when absent")
    TaskView create(@RequestBody TaskBody body) {
        return tasks.create(body.command());
    }

    @GetMapping("/api/v1/tasks/{id}")
    @Operation(operationId = "getTask", summary = "One task with its roll-up, per-unit children and progress history")
    TaskDetails get(@PathVariable UUID id) {
        return tasks.details(id);
    }

    @PutMapping("/api/v1/tasks/{id}")
    @Operation(operationId = "changeTask", summary = "The issuer changes a task", description = "Send the version you read; a new dueDate keeps the original one")
    TaskView change(@PathVariable UUID id, @RequestBody TaskBody body) {
        return tasks.change(id, ApiVersions.required(body.version()), body.command());
    }

    @PostMapping("/api/v1/tasks/{id}/cascade")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "cascade", summary = "Cascade a task to units", description = "unitIds, the units of workingGroupId, or allUnits; dueDate defaults to the parent's. "
            + "Every unit must be in the caller's scope, or nothing is created")
    List<TaskView> cascade(@PathVariable UUID id, @RequestBody CascadeBody body) {
        return tasks.cascade(id, new CascadeTask(body.unitIds(), body.workingGroupId(), Boolean.TRUE.equals(body.allUnits()), body.dueDate()));
    }

    @PostMapping("/api/v1/tasks/{id}/progress")
    @Operation(operationId = "progress", summary = "Report progress", description = "percent, or achieved for a task with a target (the target is a cap); note is required")
    TaskView progress(@PathVariable UUID id, @RequestBody ProgressBody body) {
        return tasks.reportProgress(id, new ReportProgress(body.percent(), body.achieved(), body.note(), body.evidence()));
    }

    @PostMapping("/api/v1/tasks/{id}/progress-on-behalf")
    @Operation(operationId = "progressOnBehalf", summary = "The supervising working group records progress on behalf of the lead unit",
            description = "e.g. during a supervision session; the same fields as progress; audited as recorded on behalf, naming both units")
    TaskView progressOnBehalf(@PathVariable UUID id, @RequestBody ProgressBody body) {
        return tasks.recordProgressOnBehalf(id, new ReportProgress(body.percent(), body.achieved(), body.note(), body.evidence()));
    }

    @PostMapping("/api/v1/tasks/{id}/complete")
    @Operation(operationId = "completeTask", summary = "Report completion", description = "The task keeps its in-progress state with completionPending until the issuer accepts")
    TaskView complete(@PathVariable UUID id, @RequestBody ProgressBody body) {
        return tasks.reportCompletion(id, body.note(), body.evidence());
    }

    @PostMapping("/api/v1/tasks/{id}/accept")
    @Operation(operationId = "acceptTask", summary = "The issuer accepts a reported completion", description = "Nobody accepts their own completion")
    TaskView accept(@PathVariable UUID id) {
        return tasks.accept(id);
    }

    @PostMapping("/api/v1/tasks/{id}/return")
    @Operation(operationId = "returnCompletion", summary = "The issuer returns a reported completion with a reason")
    TaskView returnCompletion(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return tasks.returnCompletion(id, body.reason());
    }

    @PostMapping("/api/v1/tasks/{id}/cancel")
    @Operation(operationId = "cancel", summary = "The issuer cancels a task (and its open children) with a reason")
    TaskView cancel(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return tasks.cancel(id, body.reason());
    }

    @PostMapping("/api/v1/tasks/{id}/request-due-date")
    @Operation(operationId = "requestDueDate", summary = "The unit asks for a new due date with a reason")
    TaskView requestDueDate(@PathVariable UUID id, @RequestBody DueDateBody body) {
        return tasks.requestDueDate(id, body.dueDate(), body.reason());
    }

    @PostMapping("/api/v1/tasks/{id}/approve-due-date")
    @Operation(operationId = "approveDueDate", summary = "The issuer approves the requested due date", description = "The original due date is kept for the record")
    TaskView approveDueDate(@PathVariable UUID id) {
        return tasks.approveDueDate(id);
    }

    @PostMapping("/api/v1/tasks/{id}/refuse-due-date")
    @Operation(operationId = "refuseDueDate", summary = "The issuer refuses the requested due date")
    TaskView refuseDueDate(@PathVariable UUID id) {
        return tasks.refuseDueDate(id);
    }

    @PostMapping("/api/v1/tasks/{id}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addMilestone", summary = "Add a milestone to a project", description = "name and plannedDate; the task must be of kind PROJECT")
    MilestoneView addMilestone(@PathVariable UUID id, @RequestBody MilestoneBody body) {
        return projects.addMilestone(id, body.name(), body.plannedDate());
    }

    @PostMapping("/api/v1/tasks/{id}/milestones/{milestoneId}/reached")
    @Operation(operationId = "reachMilestone", summary = "Record the day a project milestone was reached", description = "actualDate, not in the future")
    MilestoneView reachMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId, @RequestBody MilestoneBody body) {
        return projects.reachMilestone(id, milestoneId, body.actualDate());
    }

    @PostMapping("/api/v1/tasks/{id}/quantities")
    @Operation(operationId = "recordQuantity", summary = "Record a project quantity", description = "name, measure, total and achieved (0..total); the same name updates it")
    List<QuantityView> recordQuantity(@PathVariable UUID id, @RequestBody QuantityBody body) {
        return projects.recordQuantity(id, body.name(), body.measure(), body.total(), body.achieved());
    }

    record BlockerBody(@Nullable UUID difficultyId) {
    }

    @GetMapping("/api/v1/tasks/{id}/blockers")
    @Operation(operationId = "blockers", summary = "Difficulties blocking a project", description = "difficultyId, visible, title, unitName and the difficulty's state; "
            + "a difficulty the caller may not see shows its id only")
    List<org.wardops.tasks.BlockerView> blockers(@PathVariable UUID id) {
        return projects.blockers(id);
    }

    @PostMapping("/api/v1/tasks/{id}/blockers")
    @Operation(operationId = "addBlocker", summary = "Link a difficulty that blocks a project", description = "difficultyId of a difficulty the caller sees; "
            + "the lead unit or the issuer; linking one already linked changes nothing; answers the blockers")
    List<org.wardops.tasks.BlockerView> addBlocker(@PathVariable UUID id, @RequestBody BlockerBody body) {
        projects.addBlocker(id, body.difficultyId());
        return projects.blockers(id);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/tasks/{id}/blockers/{difficultyId}")
    @Operation(operationId = "removeBlocker", summary = "Unlink a blocking difficulty", description = "the lead unit or the issuer; answers the blockers")
    List<org.wardops.tasks.BlockerView> removeBlocker(@PathVariable UUID id, @PathVariable UUID difficultyId) {
        projects.removeBlocker(id, difficultyId);
        return projects.blockers(id);
    }

    @GetMapping("/api/v1/tasks/year-end-review")
    @Operation(operationId = "yearEndReview", summary = "Open tasks due by 31 December, one page", description = "For unitId, workingGroupId or the whole city (city=true, "
            + "city-wide roles); overdue first, then those affecting people's lives, then by due date; page (from 0) and size (at most 500, "
            + "50 when absent); total counts the whole board; actions are the board actions the caller may take on this page")
    YearEndReview yearEndReview(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable UUID workingGroupId,
                                @RequestParam(required = false) @Nullable String city,
                                @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        return reviews.yearEndReview(unitId, workingGroupId, city != null && !"false".equals(city), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/tasks/year-end-review/export")
    @Operation(operationId = "exportYearEndReview", summary = "The year-end board as a file", description = "format: xlsx (workbook), docx or pdf (formal report, BÁO CÁO); "
            + "style: state (default, the People's Committee's format) or party; same scope and refusals as the board, rows in the board's order")
    org.springframework.http.ResponseEntity<byte[]> exportYearEndReview(@RequestParam(required = false) @Nullable UUID unitId,
                                                                       @RequestParam(required = false) @Nullable UUID workingGroupId,
                                                                       @RequestParam(required = false) @Nullable String city,
                                                                       @RequestParam(defaultValue = "xlsx") String format,
                                                                       @RequestParam(required = false) @Nullable String style) {
        org.wardops.documents.RenderedDocument file = reviews.exportYearEndReview(unitId, workingGroupId, city != null && !"false".equals(city), format, style);
        return org.wardops.shared.web.Downloads.file(file.content(), file.contentType(), file.fileName());
    }

    @PostMapping("/api/v1/tasks/year-end-review/actions")
    @Operation(operationId = "yearEndActions", summary = "One action of the year-end board on many tasks", description = "action: CONFIRM_ON_TRACK, REPORT_DONE (note), "
            + "REQUEST_DUE_DATE (dueDate, reason), APPROVE_DUE_DATE, REFUSE_DUE_DATE; all or nothing; answers {applied}")
    java.util.Map<String, Integer> yearEndActions(@RequestBody ReviewAction body) {
        return java.util.Map.of("applied", reviews.apply(body));
    }

    @GetMapping("/api/v1/tasks/statistics")
    @Operation(operationId = "statistics", summary = "On-time rate, overdue count and average delay per unit or working group, ranked")
    TaskStatistics statistics(@RequestParam(defaultValue = "unit") String groupBy) {
        return reviews.statistics(groupBy);
    }
}
