package org.wardops.training.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.capacity.ItSkill;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffSkill;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.web.Downloads;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;
import org.wardops.shared.web.QueryParameters;
import org.wardops.training.AttendanceEntry;
import org.wardops.training.CourseManagement;
import org.wardops.training.CourseView;
import org.wardops.training.Enrol;
import org.wardops.training.EnrolmentResult;
import org.wardops.training.EnrolmentView;
import org.wardops.training.ScoreEntry;
import org.wardops.training.SessionSheet;
import org.wardops.training.SessionView;
import org.wardops.training.TopicView;
import org.wardops.training.TrainingAction;
import org.wardops.training.TrainingMode;
import org.wardops.training.web.TrainingForms.CourseForm;
import org.wardops.training.web.TrainingForms.SessionForm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The training catalogue, a course with its sessions and enrolments, and a session's enrolment form and attendance sheet. */
@Controller
public class TrainingController {

    /** The catalogue: topics with targets, courses, and the new-course form for those who manage. */
    public record CataloguePage(List<TopicView> topics, PageResult<CourseView> courses, @Nullable String topic, boolean mayManage, CourseForm form,
                                FormErrors errors) {

        public List<TrainingMode> modes() {
            return List.of(TrainingMode.values());
        }
    }

    /** A course with its sessions, the enrolments the reader may see and the new-session form. */
    public record CoursePage(CourseView course, List<EnrolmentView> enrolments, Map<UUID, String> unitNames, boolean mayManage, SessionForm form,
                             FormErrors errors) {

        public String unitName(UUID id) {
            return unitNames.getOrDefault(id, "");
        }
    }

    /** A session's sheet, with the enrolment form: a chosen unit's register to pick people from, and the rule. */
    public record SessionPage(SessionSheet sheet, Map<UUID, String> unitNames, boolean mayManage, List<UnitView> units, List<UnitView> workingGroups,
                              @Nullable UUID enrolUnit, List<StaffSkill> register, FormErrors errors) {

        public String unitName(UUID id) {
            return unitNames.getOrDefault(id, "");
        }

        public List<ItSkill> skills() {
            return List.of(ItSkill.values());
        }

        public String score(@Nullable Integer value) {
            return value == null ? "" : value.toString();
        }
    }

    private final CourseManagement management;
    private final StaffManagement staff;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;

    TrainingController(CourseManagement management, StaffManagement staff, DirectoryManagement directory, DeploymentSettings deployment,
                       MessageSource messages, Notices notices) {
        this.management = management;
        this.staff = staff;
        this.directory = directory;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/training")
    String catalogue(@RequestParam(required = false) String topic, @RequestParam(required = false) String page, Model model) {
        return catalogue(topic, page, CourseForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/training/courses")
    String createCourse(@ModelAttribute CourseForm form, RedirectAttributes redirect, Model model) {
        try {
            CourseView course = management.createCourse(form.command());
            notices.add(redirect, "training.message.course.created");
            return "redirect:/training/courses/" + course.id();
        } catch (InvalidInputException e) {
            return catalogue(null, null, form, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/training/courses/{id}")
    String course(@PathVariable UUID id, Model model) {
        return course(management.course(id), SessionForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/training/courses/{id}/sessions")
    String planSession(@PathVariable UUID id, @ModelAttribute SessionForm form, RedirectAttributes redirect, Model model) {
        CourseView course = management.course(id);
        try {
            SessionView session = management.planSession(id, form.command());
            notices.add(redirect, "training.message.session.planned");
            return "redirect:/training/sessions/" + session.id();
        } catch (InvalidInputException e) {
            return course(course, form, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable UUID id, @RequestParam(required = false) String enrolUnit, Model model) {
        return session(management.sheet(id), QueryParameters.uuid("enrolUnit", enrolUnit), FormErrors.NONE, model);
    }

    @PostMapping("/training/sessions/{id}/enrolments")
    String enrol(@PathVariable UUID id, @RequestParam(required = false) String unitId, @RequestParam(required = false) List<String> personId,
                 @RequestParam(required = false) String workingGroupId, @RequestParam(required = false) String skill, RedirectAttributes redirect,
                 Model model) {
        UUID unit = QueryParameters.uuid("unitId", unitId);
        try {
            List<UUID> people = personId == null ? List.of() : personId.stream().map(p -> QueryParameters.uuid("personId", p)).toList();
            EnrolmentResult result = management.enrol(id, new Enrol(unit, people, QueryParameters.uuid("workingGroupId", workingGroupId),
                    QueryParameters.option("skill", skill, ItSkill.class), null));
            notices.add(redirect, "training.message.enrolment.created", result.enrolled().size(), result.alreadyEnrolled());
            return "redirect:/training/sessions/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException e) {
            return session(management.sheet(id), unit, FormErrors.of(e, messages), model);
        }
    }

    /**
     * The attendance sheet as one form: a line per enrolment ({@code line}), a ticked {@code present} box per
     * enrolment present, and the scores ({@code pre_<id>}, {@code post_<id>}, {@code version_<id>}).
     */
    @PostMapping("/training/sessions/{id}/sheet")
    String recordSheet(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        SessionSheet before = management.sheet(id);
        try {
            String[] lines = request.getParameterValues("line");
            Set<String> present = new HashSet<>(List.of(request.getParameterValues("present") == null ? new String[0] : request.getParameterValues("present")));
            List<AttendanceEntry> attendance = new ArrayList<>();
            List<ScoreEntry> scores = new ArrayList<>();
            List<FieldProblem> problems = new ArrayList<>();
            String[] given = lines == null ? new String[0] : lines;
            for (int i = 0; i < given.length; i++) {
                String line = given[i];
                UUID enrolmentId = QueryParameters.uuid("line", line);
                if (before.held()) {
                    attendance.add(new AttendanceEntry(enrolmentId, present.contains(line)));
                }
                scores.add(new ScoreEntry(enrolmentId, score(problems, "scores[" + i + "].preScore", request.getParameter("pre_" + line)),
                        score(problems, "scores[" + i + "].postScore", request.getParameter("post_" + line)), version(request.getParameter("version_" + line))));
            }
            management.recordSheet(id, attendance, scores, problems);
            notices.add(redirect, "training.message.sheet.recorded");
            return "redirect:/training/sessions/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException e) {
            return session(before, null, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/training/enrolments/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        RenderedDocument document = management.certificatePdf(id);
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    private String catalogue(@Nullable String topic, @Nullable String page, CourseForm form, FormErrors errors, Model model) {
        String chosen = topic == null || topic.isBlank() ? null : topic.strip();
        int number = QueryParameters.number("page", page, 0, 0, 100_000);
        model.addAttribute("view", new CataloguePage(management.topics(), management.courses(chosen, new PageRequest(number, 20)), chosen,
                management.may(TrainingAction.MANAGE, null), form, errors));
        return "training/catalogue";
    }

    private String course(CourseView course, SessionForm form, FormErrors errors, Model model) {
        List<EnrolmentView> enrolments = management.enrolments(course.id());
        Set<UUID> units = new HashSet<>();
        enrolments.forEach(e -> units.add(e.unitId()));
        model.addAttribute("view", new CoursePage(course, enrolments, names(units), management.may(TrainingAction.MANAGE, null), form, errors));
        return "training/course";
    }

    private String session(SessionSheet sheet, @Nullable UUID enrolUnit, FormErrors errors, Model model) {
        boolean manage = management.may(TrainingAction.MANAGE, null);
        Set<UUID> units = new HashSet<>();
        sheet.enrolments().forEach(e -> units.add(e.unitId()));
        List<UnitView> wards = List.of();
        List<UnitView> groups = List.of();
        List<StaffSkill> register = List.of();
        if (manage) {
            wards = directory.findUnits(new UnitSearch(deployment.provinceCode(), null, null, false), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items().stream().filter(u -> u.type().isCommuneLevel()).toList();
            groups = directory.workingGroups(deployment.provinceCode());
            if (enrolUnit != null) {
                register = staff.currentStaff(enrolUnit);
            }
        }
        model.addAttribute("view", new SessionPage(sheet, names(units), manage, wards, groups, enrolUnit, register, errors));
        return "training/session";
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UnitView unit : directory.units(ids)) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }

    private static @Nullable Integer score(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "training.error.scores.range"));
            return null;
        }
    }

    private static @Nullable Long version(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
