package org.wardops.tasks.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.PageRequest;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.Downloads;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;
import org.wardops.tasks.ReviewAction;
import org.wardops.tasks.TaskReviewManagement;
import org.wardops.tasks.TaskStatistics;
import org.wardops.tasks.YearEndReview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The year-end review board with its bulk actions and downloads, and the task statistics. */
@Controller
public class TaskReviewController {

    /** The board actions chosen and typed, kept when a refused action shows the board again. */
    public record Typed(Set<UUID> taskIds, ReviewAction.@Nullable Kind action, String note, String dueDate, String reason) {

        static final Typed NONE = new Typed(Set.of(), null, "", "", "");

        public boolean ticked(UUID taskId) {
            return taskIds.contains(taskId);
        }
    }

    /** The year-end board with the scopes the actor may choose and the bulk actions the policy allows. */
    public record YearEndView(YearEndReview review, List<UnitView> workingGroups, boolean cityWide, FormErrors errors, Typed typed) {

        public List<ReviewAction.Kind> actions() {
            return review.actions();
        }

        /** The link that downloads this board in a format and, for a report, a style. */
        public String exportHref(String format, String style) {
            String query = scopeQuery();
            return "/tasks/year-end-review/export" + (query.isEmpty() ? "?" : query + "&") + "format=" + format
                    + (style.isEmpty() ? "" : "&style=" + style);
        }

        /** The link to another page of this board. */
        public String pageHref(int page) {
            String query = scopeQuery();
            return "/tasks/year-end-review" + (query.isEmpty() ? "?" : query + "&") + "page=" + page;
        }

        /** The query string that shows this board again. */
        public String scopeQuery() {
            if (review.workingGroupId() != null) {
                return "?workingGroupId=" + review.workingGroupId();
            }
            if (review.unitId() != null) {
                return "?unitId=" + review.unitId();
            }
            return review.city() ? "?city=true" : "";
        }
    }

    public record StatisticsView(TaskStatistics statistics) {
    }

    private static final int BOARD_PAGE = 100;

    private final TaskReviewManagement reviews;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;

    TaskReviewController(TaskReviewManagement reviews, DirectoryManagement directory, DeploymentSettings deployment, MessageSource messages,
                         Notices notices) {
        this.reviews = reviews;
        this.directory = directory;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/tasks/year-end-review")
    String yearEnd(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable UUID workingGroupId,
                   @RequestParam(required = false) @Nullable String city, @RequestParam(required = false) @Nullable Integer page, Model model) {
        return yearEndPage(unitId, workingGroupId, city, page, FormErrors.NONE, Typed.NONE, model);
    }

    @GetMapping("/tasks/year-end-review/export")
    ResponseEntity<byte[]> yearEndExport(@RequestParam(required = false) @Nullable UUID unitId,
                                         @RequestParam(required = false) @Nullable UUID workingGroupId,
                                         @RequestParam(required = false) @Nullable String city,
                                         @RequestParam(defaultValue = "xlsx") String format,
                                         @RequestParam(required = false) @Nullable String style) {
        RenderedDocument file = reviews.exportYearEndReview(unitId, workingGroupId, city(city), format, style);
        return Downloads.file(file.content(), file.contentType(), file.fileName());
    }

    /** Applies a board action; any refusal shows the same board again with the message and what was ticked and typed. */
    @PostMapping("/tasks/year-end-review/actions")
    String yearEndAction(@RequestParam(required = false) ReviewAction.@Nullable Kind action,
                         @RequestParam(required = false) @Nullable List<UUID> taskIds, @RequestParam(required = false) @Nullable String note,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
                         @RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable UUID unitId,
                         @RequestParam(required = false) @Nullable UUID workingGroupId, @RequestParam(required = false) @Nullable String city,
                         @RequestParam(required = false) @Nullable Integer page, RedirectAttributes redirect, Model model,
                         HttpServletResponse response) {
        try {
            int applied = reviews.apply(new ReviewAction(action, taskIds, note, dueDate, reason));
            notices.add(redirect, "tasks.message.review.applied", applied);
            String query = workingGroupId != null ? "?workingGroupId=" + workingGroupId : unitId != null ? "?unitId=" + unitId
                    : city(city) ? "?city=true" : "";
            return "redirect:/tasks/year-end-review" + query;
        } catch (WardOpsException e) {
            if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
                response.setStatus(e.kind() == WardOpsException.Kind.FORBIDDEN ? 403 : 404);
            }
            Typed typed = new Typed(taskIds == null ? Set.of() : Set.copyOf(taskIds.stream().filter(java.util.Objects::nonNull).toList()), action,
                    note == null ? "" : note, dueDate == null ? "" : dueDate.toString(), reason == null ? "" : reason);
            return yearEndPage(unitId, workingGroupId, city, page, FormErrors.of(e, messages), typed, model);
        }
    }

    private String yearEndPage(@Nullable UUID unitId, @Nullable UUID workingGroupId, @Nullable String city, @Nullable Integer page,
                               FormErrors errors, Typed typed, Model model) {
        boolean cityWide = CurrentActor.get().scope().cityWide();
        YearEndReview review = reviews.yearEndReview(unitId, workingGroupId, city(city), PageRequest.of(page, BOARD_PAGE));
        List<UnitView> groups = cityWide ? directory.workingGroups(deployment.provinceCode()) : List.of();
        model.addAttribute("view", new YearEndView(review, groups, cityWide, errors, typed));
        return "tasks/yearEnd";
    }

    @GetMapping("/tasks/statistics")
    String statistics(@RequestParam(defaultValue = "unit") String groupBy, Model model) {
        model.addAttribute("view", new StatisticsView(reviews.statistics(groupBy)));
        return "tasks/statistics";
    }

    private static boolean city(@Nullable String city) {
        return city != null && !"false".equals(city);
    }
}
