package org.wardops.training.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;
import org.wardops.shared.web.QueryParameters;
import org.wardops.training.CourseManagement;
import org.wardops.training.CourseView;
import org.wardops.training.CoverageManagement;
import org.wardops.training.CoverageRow;
import org.wardops.training.RequestState;
import org.wardops.training.TopicView;
import org.wardops.training.TrainingAction;
import org.wardops.training.TrainingRequestManagement;
import org.wardops.training.TrainingRequestView;
import org.wardops.training.web.TrainingForms.RequestForm;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The training-requests inbox with the request form, a request with its decision forms, and the coverage page. */
@Controller
public class TrainingRequestController {

    /** The requests the reader may see, and the new-request form for a unit's people. */
    public record RequestsPage(PageResult<TrainingRequestView> requests, Map<UUID, String> unitNames, @Nullable RequestState state, boolean mayRequest,
                               List<TopicView> topics, RequestForm form, FormErrors errors) {

        public String unitName(UUID id) {
            return unitNames.getOrDefault(id, "");
        }

        public List<RequestState> states() {
            return List.of(RequestState.values());
        }
    }

    /** A request with, for the departments, the planned courses of its topic to accept it into. */
    public record RequestPage(TrainingRequestView request, String unitName, @Nullable CourseView course, boolean mayDecide, List<CourseView> planned,
                              FormErrors errors, String reason) {
    }

    /** Coverage: one unit's topics, or the visible units for one topic. */
    public record CoveragePage(PageResult<CoverageRow> rows, List<TopicView> topics, @Nullable String topic, @Nullable UUID unitId,
                               @Nullable UUID workingGroupId, List<UnitView> workingGroups) {
    }

    private final TrainingRequestManagement requests;
    private final CourseManagement courses;
    private final CoverageManagement coverage;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;

    TrainingRequestController(TrainingRequestManagement requests, CourseManagement courses, CoverageManagement coverage, DirectoryManagement directory,
                              DeploymentSettings deployment, MessageSource messages, Notices notices) {
        this.requests = requests;
        this.courses = courses;
        this.coverage = coverage;
        this.directory = directory;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/training/requests")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String page, Model model) {
        return list(QueryParameters.option("state", state, RequestState.class), QueryParameters.number("page", page, 0, 0, 100_000), RequestForm.empty(),
                FormErrors.NONE, model);
    }

    @PostMapping("/training/requests")
    String file(@ModelAttribute RequestForm form, RedirectAttributes redirect, Model model) {
        try {
            TrainingRequestView request = requests.file(form.command(CurrentActor.get().unitId()));
            notices.add(redirect, "training.message.request.filed");
            return "redirect:/training/requests/" + request.id();
        } catch (InvalidInputException e) {
            return list(null, 0, form, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/training/requests/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return detail(requests.request(id), FormErrors.NONE, "", model);
    }

    @PostMapping("/training/requests/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(required = false) String sessionId, @RequestParam(required = false) String version,
                  RedirectAttributes redirect, Model model) {
        try {
            TrainingRequestView accepted = requests.accept(id, QueryParameters.uuid("sessionId", sessionId), version(version));
            notices.add(redirect, "training.message.request.accepted", accepted.enrolled());
            return "redirect:/training/requests/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException e) {
            return detail(requests.request(id), FormErrors.of(e, messages), "", model);
        }
    }

    @PostMapping("/training/requests/{id}/decline")
    String decline(@PathVariable UUID id, @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                   RedirectAttributes redirect, Model model) {
        try {
            requests.decline(id, reason, version(version));
            notices.add(redirect, "training.message.request.declined");
            return "redirect:/training/requests/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException e) {
            return detail(requests.request(id), FormErrors.of(e, messages), reason, model);
        }
    }

    @GetMapping("/training/coverage")
    String coverage(@RequestParam(required = false) String unitId, @RequestParam(required = false) String topic,
                    @RequestParam(required = false) String workingGroupId, @RequestParam(required = false) String page, Model model) {
        UUID unit = QueryParameters.uuid("unitId", unitId);
        UUID group = QueryParameters.uuid("workingGroupId", workingGroupId);
        String chosen = topic == null || topic.isBlank() ? null : topic.strip();
        PageResult<CoverageRow> rows;
        if (unit != null) {
            List<CoverageRow> ofUnit = coverage.ofUnit(unit, chosen);
            rows = new PageResult<>(ofUnit, 0, Math.max(1, ofUnit.size()), ofUnit.size());
        } else {
            String shown = chosen == null ? "BASIC_IT" : chosen;
            rows = coverage.units(shown, group, new PageRequest(QueryParameters.number("page", page, 0, 0, 100_000), PageRequest.DEFAULT_SIZE));
            chosen = shown;
        }
        model.addAttribute("view", new CoveragePage(rows, courses.topics(), chosen, unit, group, directory.workingGroups(deployment.provinceCode())));
        return "training/coverage";
    }

    private String list(@Nullable RequestState state, int page, RequestForm form, FormErrors errors, Model model) {
        Actor actor = CurrentActor.get();
        PageResult<TrainingRequestView> result = requests.requests(state, null, new PageRequest(page, PageRequest.DEFAULT_SIZE));
        Set<UUID> units = new HashSet<>();
        result.items().forEach(r -> units.add(r.unitId()));
        model.addAttribute("view", new RequestsPage(result, names(units), state,
                actor.unitId() != null && courses.may(TrainingAction.REQUEST, actor.unitId()), courses.topics(), form, errors));
        return "training/requests";
    }

    private String detail(TrainingRequestView request, FormErrors errors, @Nullable String reason, Model model) {
        boolean decide = request.state() == RequestState.REQUESTED && courses.may(TrainingAction.MANAGE, null);
        CourseView course = request.courseId() == null ? null : courses.course(request.courseId());
        model.addAttribute("view", new RequestPage(request, names(Set.of(request.unitId())).getOrDefault(request.unitId(), ""), course, decide,
                decide ? courses.plannedCourses(request.topic()) : List.of(), errors, reason == null ? "" : reason));
        return "training/request";
    }

    /** The version the form was rendered with; a missing or broken one is a conflict, never a silent overwrite. */
    private static long version(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UnitView unit : directory.units(ids)) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }
}
