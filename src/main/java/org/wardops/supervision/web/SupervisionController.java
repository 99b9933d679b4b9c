package org.wardops.supervision.web;

import org.wardops.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.DeploymentSettings;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.WorkingGroupView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.supervision.SessionSummary;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;
import org.wardops.supervision.ProgrammeView;
import org.wardops.supervision.SessionView;
import org.wardops.supervision.SupervisionManagement;
import org.wardops.supervision.WorkingGroupDashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Programme pages, the working-group dashboard and session pages. */
@Controller
public class SupervisionController {

    private static final int FEEDBACK_ROWS = 200;

    /** The programmes list. */
    public record ProgrammesView(List<ProgrammeView> programmes) {
    }

    /** A programme with its working groups and sessions. */
    public record ProgrammePage(ProgrammeView programme, List<UnitView> groups, List<SessionSummary> sessions) {
    }

    /** The working groups to choose a dashboard from, for people outside any group. */
    public record GroupsView(List<UnitView> groups) {
    }

    /** A session with the names it shows. */
    public record SessionPage(SessionView session, ProgrammeView programme, Map<UUID, String> unitNames, boolean mayChangeFeedback,
                              List<FeedbackRow> rows, long formVersion, FormErrors errors, Map<UUID, String> reportUnits) {

        public String unitName(UUID id) {
            return unitNames.getOrDefault(id, "");
        }

        public static String row(int index) {
            return "feedback[" + index + "]";
        }
    }

    /** One row of the feedback form as typed; the last row of the page is a spare empty one for a new item. */
    public record FeedbackRow(String id, String unitId, String recommendation, String response) {

        static final FeedbackRow EMPTY = new FeedbackRow("", "", "", "");
    }

    /** The sessions list. */
    public record SessionsView(PageResult<SessionSummary> page, boolean recordsSessions) {
    }

    /** The form to record a session of the actor's working group. */
    public record NewSessionView(WorkingGroupView group, boolean onBehalf, List<ProgrammeView> programmes, SessionForm form, FormErrors errors) {
    }

    private final SupervisionManagement supervision;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;

    SupervisionController(SupervisionManagement supervision, DirectoryManagement directory, DeploymentSettings deployment,
                          MessageSource messages, Notices notices) {
        this.supervision = supervision;
        this.directory = directory;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/sessions/new")
    String newSession(@RequestParam(required = false) @Nullable UUID workingGroupId, Model model) {
        return sessionForm(SessionForm.empty(workingGroupId), FormErrors.NONE, model);
    }

    @PostMapping("/sessions")
    String holdSession(@ModelAttribute SessionForm form, RedirectAttributes redirect, Model model) {
        try {
            WorkingGroupView group = groupFor(form.workingGroupId());
            if (group == null) {
                return sessionForm(form, FormErrors.NONE, model);
            }
            SessionView held = supervision.hold(form.command(group));
            notices.add(redirect, "supervision.message.session.recorded");
            return "redirect:/sessions/" + held.id();
        } catch (InvalidInputException e) {
            return sessionForm(form, FormErrors.of(e, messages), model);
        }
    }

    private String sessionForm(SessionForm form, FormErrors errors, Model model) {
        WorkingGroupView group = groupFor(form.workingGroupId());
        if (group == null) {
            model.addAttribute("view", new GroupsView(directory.workingGroups(deployment.provinceCode())));
            return "supervision/chooseGroup";
        }
        model.addAttribute("view", new NewSessionView(group, supervision.ownGroup() == null, supervision.programmes(), form, errors));
        return "supervision/newSession";
    }

    /**
     * The group the session is recorded for: the actor's own group for its leader and members; for an administrator
     * the group chosen first (null until then), on whose behalf they record.
     */
    private @Nullable WorkingGroupView groupFor(@Nullable UUID chosen) {
        if (!supervision.recordsSessions()) {
            throw new AccessRefusedException("supervision.error.session.notYourGroup");
        }
        UUID id = chosen != null ? chosen : supervision.ownGroup();
        if (id == null) {
            return null;
        }
        supervision.requireHold(id);
        return directory.workingGroup(id);
    }

    @GetMapping("/supervision")
    String start(Model model) {
        UUID group = CurrentActor.get().workingGroupId();
        if (group != null) {
            return "redirect:/supervision/working-groups/" + group;
        }
        model.addAttribute("view", new GroupsView(directory.workingGroups(deployment.provinceCode())));
        return "supervision/groups";
    }

    @GetMapping("/supervision/working-groups/{id}")
    String dashboard(@PathVariable UUID id, Model model) {
        WorkingGroupDashboard dashboard = supervision.dashboard(id);
        model.addAttribute("view", dashboard);
        return "supervision/dashboard";
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        model.addAttribute("view", new ProgrammesView(supervision.programmes()));
        return "supervision/programmes";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable UUID id, Model model) {
        ProgrammeView programme = supervision.programme(id);
        model.addAttribute("view", new ProgrammePage(programme, directory.units(programme.workingGroupIds()),
                supervision.sessionsOfProgramme(id)));
        return "supervision/programme";
    }

    @GetMapping("/sessions")
    String sessions(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("view", new SessionsView(supervision.sessions(null, PageRequest.of(page, PageRequest.DEFAULT_SIZE)), supervision.recordsSessions()));
        return "supervision/sessions";
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        SessionView session = supervision.session(id);
        List<FeedbackRow> rows = new java.util.ArrayList<>(session.feedback().stream()
                .map(item -> new FeedbackRow(item.id().toString(), item.unitId().toString(), item.recommendation(), item.response())).toList());
        return sessionPage(session, rows, session.version(), FormErrors.NONE, model);
    }

    /** Saves the recommendations and feedback of the session; a refusal shows the page again with every row as typed. */
    @PostMapping("/sessions/{id}/feedback")
    String changeFeedback(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest http, RedirectAttributes redirect, Model model) {
        List<FeedbackRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < FEEDBACK_ROWS && http.getParameter(SessionPage.row(i) + ".recommendation") != null; i++) {
            String prefix = SessionPage.row(i);
            rows.add(new FeedbackRow(value(http, prefix + ".id"), value(http, prefix + ".unitId"), value(http, prefix + ".recommendation"),
                    value(http, prefix + ".response")));
        }
        long version;
        try {
            version = Long.parseLong(value(http, "version").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        List<org.wardops.supervision.SaveFeedback> items = rows.stream()
                .map(row -> new org.wardops.supervision.SaveFeedback(uuid(row.id()), uuid(row.unitId()), row.recommendation(), row.response()))
                .toList();
        try {
            supervision.changeFeedback(id, version, items);
            notices.add(redirect, "supervision.message.feedback.saved");
            return "redirect:/sessions/" + id + "#feedback";
        } catch (InvalidInputException | org.wardops.shared.ConflictException e) {
            SessionView session = supervision.session(id);
            return sessionPage(session, rows, e instanceof org.wardops.shared.ConflictException ? session.version() : version,
                    FormErrors.of(e, messages), model);
        }
    }

    private String sessionPage(SessionView session, List<FeedbackRow> rows, long formVersion, FormErrors errors, Model model) {
        boolean may = supervision.mayChangeFeedback(session);
        List<FeedbackRow> shown = new java.util.ArrayList<>(rows);
        if (may && (shown.isEmpty() || !shown.getLast().equals(FeedbackRow.EMPTY))) {
            shown.add(FeedbackRow.EMPTY);
        }
        model.addAttribute("view", new SessionPage(session, supervision.programme(session.programmeId()), supervision.unitNames(session),
                may, shown, formVersion, errors, supervision.reportUnits(session)));
        return "supervision/session";
    }

    private static String value(jakarta.servlet.http.HttpServletRequest http, String name) {
        String value = http.getParameter(name);
        return value == null ? "" : value;
    }

    private static @org.jspecify.annotations.Nullable UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/sessions/{id}/conclusions/document")
    ResponseEntity<byte[]> conclusions(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                       @RequestParam(defaultValue = "party") String style) {
        return file(supervision.conclusionNotice(id, DocumentFormat.parse(format), DocumentStyle.parse(style)));
    }

    @GetMapping("/sessions/{id}/minutes/document")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                   @RequestParam(defaultValue = "party") String style) {
        return file(supervision.minutesDocument(id, DocumentFormat.parse(format), DocumentStyle.parse(style)));
    }

    private static ResponseEntity<byte[]> file(RenderedDocument document) {
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }
}
