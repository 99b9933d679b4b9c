package org.wardops.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.web.QueryParameters;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Htmx;
import org.wardops.shared.web.Notices;
import org.wardops.tasks.CascadeTask;
import org.wardops.tasks.ProjectManagement;
import org.wardops.tasks.ReportProgress;
import org.wardops.tasks.TaskAction;
import org.wardops.tasks.TaskDetails;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskManagement;
import org.wardops.tasks.TaskSearch;
import org.wardops.tasks.TaskState;
import org.wardops.tasks.TaskView;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The task list and the task page with the actions the policy allows. */
@Controller
public class TaskController {

    /** The task list with its filters. */
    public record TaskListView(PageResult<TaskView> tasks, @Nullable String q, @Nullable TaskState state, @Nullable UUID unitId,
                               @Nullable Boolean affectsLives, boolean mayIssue, @Nullable YearMonth dueMonth) {

        public List<TaskState> states() {
            return List.of(TaskState.values());
        }

        /** The same list over every month. */
        public String withoutDueMonth() {
            return new TaskListView(tasks, q, state, unitId, affectsLives, mayIssue, null).pageLink(0);
        }

        public String pageLink(int page) {
            StringBuilder link = new StringBuilder("/tasks?page=").append(page);
            if (state != null) {
                link.append("&state=").append(state.name());
            }
            if (unitId != null) {
                link.append("&unitId=").append(unitId);
            }
            if (Boolean.TRUE.equals(affectsLives)) {
                link.append("&affectsLives=true");
            }
            if (dueMonth != null) {
                link.append("&dueMonth=").append(dueMonth);
            }
            if (q != null && !q.isBlank()) {
                link.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            return link.toString();
        }
    }

    /** The task page; {@code failed} names the form whose errors are shown. */
    public record TaskPageView(TaskDetails details, FormErrors errors, String failed, List<UnitView> workingGroups, List<UnitView> units,
                               LocalDate today, List<org.wardops.tasks.BlockerView> blockers,
                               List<org.wardops.difficulties.DifficultyView> blockerChoices, Map<String, String> typed) {

        /** What was typed into a field of the form that failed, so that a refusal loses nothing; empty otherwise. */
        public String typed(String form, String field) {
            return form.equals(failed) ? typed.getOrDefault(field, "") : "";
        }
    }

    private final TaskManagement tasks;
    private final ProjectManagement projects;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;
    private final PeopleManagement people;

    TaskController(TaskManagement tasks, ProjectManagement projects, DirectoryManagement directory,
                   DeploymentSettings deployment, MessageSource messages, Notices notices, PeopleManagement people) {
        this.people = people;
        this.tasks = tasks;
        this.projects = projects;
        this.directory = directory;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable TaskState state,
                @RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable Boolean affectsLives,
                @RequestParam(required = false) @Nullable String dueMonth,
                @RequestParam(required = false) @Nullable Integer page, HttpServletRequest request, Model model) {
        YearMonth month = QueryParameters.month("dueMonth", dueMonth);
        PageResult<TaskView> found = tasks.find(new TaskSearch(unitId, state, null, Boolean.TRUE.equals(affectsLives) ? true : null, null, q, month),
                PageRequest.of(page, 50));
        model.addAttribute("view", new TaskListView(found, q, state, unitId, affectsLives, tasks.mayIssue(), month));
        return Htmx.pageOrPartial(request, "tasks/list", "tasks/_table");
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        return page(id, FormErrors.NONE, "", Map.of(), model);
    }

    @PostMapping("/tasks/{id}/cascade")
    String cascade(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> unitIds,
                   @RequestParam(required = false) @Nullable UUID workingGroupId, @RequestParam(defaultValue = "false") boolean allUnits,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
                   RedirectAttributes redirect, Model model) {
        return act(id, "cascade", "tasks.message.task.cascaded", redirect, model,
                () -> tasks.cascade(id, new CascadeTask(unitIds, workingGroupId, allUnits, dueDate)).size());
    }

    @PostMapping("/tasks/{id}/progress")
    String progress(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer percent,
                    @RequestParam(required = false) @Nullable BigDecimal achieved, @RequestParam(required = false) @Nullable String note,
                    @RequestParam(required = false) @Nullable String evidence, RedirectAttributes redirect, Model model) {
        return act(id, "progress", "tasks.message.task.progressReported", redirect, model,
                () -> tasks.reportProgress(id, new ReportProgress(percent, achieved, note, evidence)));
    }

    @PostMapping("/tasks/{id}/progress-on-behalf")
    String progressOnBehalf(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer percent,
                            @RequestParam(required = false) @Nullable BigDecimal achieved, @RequestParam(required = false) @Nullable String note,
                            RedirectAttributes redirect, Model model) {
        return act(id, "onBehalf", "tasks.message.task.progressRecordedOnBehalf", redirect, model,
                () -> tasks.recordProgressOnBehalf(id, new ReportProgress(percent, achieved, note, null)));
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
                    @RequestParam(required = false) @Nullable String evidence, RedirectAttributes redirect, Model model) {
        return act(id, "complete", "tasks.message.task.completionReported", redirect, model, () -> tasks.reportCompletion(id, note, evidence));
    }

    @PostMapping("/tasks/{id}/accept")
    String accept(@PathVariable UUID id, RedirectAttributes redirect, Model model) {
        return act(id, "decide", "tasks.message.task.accepted", redirect, model, () -> tasks.accept(id));
    }

    @PostMapping("/tasks/{id}/return")
    String returnCompletion(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect, Model model) {
        return act(id, "decide", "tasks.message.task.returned", redirect, model, () -> tasks.returnCompletion(id, reason));
    }

    @PostMapping("/tasks/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect, Model model) {
        return act(id, "cancel", "tasks.message.task.cancelled", redirect, model, () -> tasks.cancel(id, reason));
    }

    @PostMapping("/tasks/{id}/request-due-date")
    String requestDueDate(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
                          @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect, Model model) {
        return act(id, "dueDate", "tasks.message.task.dueDateRequested", redirect, model, () -> tasks.requestDueDate(id, dueDate, reason));
    }

    @PostMapping("/tasks/{id}/approve-due-date")
    String approveDueDate(@PathVariable UUID id, RedirectAttributes redirect, Model model) {
        return act(id, "decideDueDate", "tasks.message.task.dueDateApproved", redirect, model, () -> tasks.approveDueDate(id));
    }

    @PostMapping("/tasks/{id}/refuse-due-date")
    String refuseDueDate(@PathVariable UUID id, RedirectAttributes redirect, Model model) {
        return act(id, "decideDueDate", "tasks.message.task.dueDateRefused", redirect, model, () -> tasks.refuseDueDate(id));
    }

    @PostMapping("/tasks/{id}/milestones")
    String addMilestone(@PathVariable UUID id, @RequestParam(required = false) @Nullable String name,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedDate,
                        RedirectAttributes redirect, Model model) {
        return act(id, "milestone", "tasks.message.project.milestoneAdded", redirect, model, () -> projects.addMilestone(id, name, plannedDate));
    }

    @PostMapping("/tasks/{id}/blockers")
    String addBlocker(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID difficultyId, RedirectAttributes redirect, Model model) {
        return act(id, "blocker", "tasks.message.project.blockerAdded", redirect, model, () -> {
            projects.addBlocker(id, difficultyId);
            return "";
        });
    }

    @PostMapping("/tasks/{id}/blockers/{difficultyId}/remove")
    String removeBlocker(@PathVariable UUID id, @PathVariable UUID difficultyId, RedirectAttributes redirect, Model model) {
        return act(id, "blocker", "tasks.message.project.blockerRemoved", redirect, model, () -> {
            projects.removeBlocker(id, difficultyId);
            return "";
        });
    }

    @PostMapping("/tasks/{id}/milestones/{milestoneId}/reached")
    String reachMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate actualDate,
                          RedirectAttributes redirect, Model model) {
        return act(id, "milestone", "tasks.message.project.milestoneReached", redirect, model,
                () -> projects.reachMilestone(id, milestoneId, actualDate));
    }

    @PostMapping("/tasks/{id}/quantities")
    String recordQuantity(@PathVariable UUID id, @RequestParam(required = false) @Nullable String name,
                          @RequestParam(required = false) @Nullable String measure, @RequestParam(required = false) @Nullable BigDecimal total,
                          @RequestParam(required = false) @Nullable BigDecimal achieved, RedirectAttributes redirect, Model model) {
        return act(id, "quantity", "tasks.message.project.quantityRecorded", redirect, model,
                () -> projects.recordQuantity(id, name, measure, total, achieved));
    }

    /**
     * Runs an action; any refusal shows the task page again with the message at the form (a refused action: at the top,
     * answered 403) and what was typed kept. A reader who may not read the task gets the 403 page.
     */
    private String act(UUID id, String form, String noticeKey, RedirectAttributes redirect, Model model, Supplier<Object> action) {
        try {
            Object result = action.get();
            notices.add(redirect, noticeKey, result instanceof Integer count ? count : "");
            return "redirect:/tasks/" + id;
        } catch (WardOpsException e) {
            Map<String, String> typed = typed();
            if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
                String page = page(id, FormErrors.of(e, messages), "refused", typed, model);
                response().setStatus(e.kind() == WardOpsException.Kind.FORBIDDEN ? 403 : 404);
                return page;
            }
            return page(id, FormErrors.of(e, messages), form, typed, model);
        }
    }

    /** The fields of the current request, first value each. */
    private static Map<String, String> typed() {
        var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        Map<String, String> typed = new java.util.HashMap<>();
        attributes.getRequest().getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && !name.equals("_csrf")) {
                typed.put(name, values[0]);
            }
        });
        return typed;
    }

    private static jakarta.servlet.http.HttpServletResponse response() {
        var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        return java.util.Objects.requireNonNull(attributes.getResponse());
    }

    private String page(UUID id, FormErrors errors, String failed, Map<String, String> typed, Model model) {
        TaskDetails details = tasks.details(id);
        List<UnitView> groups = List.of();
        List<UnitView> units = List.of();
        if (details.allows(TaskAction.CASCADE)) {
            var actor = CurrentActor.get();
            groups = directory.workingGroups(deployment.provinceCode()).stream().filter(group -> actor.covers(group.id())).toList();
            units = directory.findUnits(UnitSearch.inProvince(deployment.provinceCode()), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(unit -> unit.type().isCommuneLevel() && actor.covers(unit.id()))
                    .toList();
        }
        List<org.wardops.tasks.BlockerView> blockers = List.of();
        List<org.wardops.difficulties.DifficultyView> blockerChoices = List.of();
        if (details.task().kind() == TaskKind.PROJECT) {
            blockers = projects.blockers(id);
            if (details.allows(TaskAction.LINK_BLOCKER)) {
                java.util.Set<UUID> linked = blockers.stream().map(org.wardops.tasks.BlockerView::difficultyId).collect(java.util.stream.Collectors.toSet());
                blockerChoices = projects.blockerChoices(id).stream().filter(difficulty -> !linked.contains(difficulty.id())).toList();
            }
        }
        model.addAttribute("view", new TaskPageView(details, errors, failed, groups, units, tasks.today(), blockers, blockerChoices, typed));
        return "tasks/task";
    }
}
