package org.wardops.citizensupport.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.citizensupport.AgeBand;
import org.wardops.citizensupport.AssistanceLogged;
import org.wardops.citizensupport.AssistanceService;
import org.wardops.citizensupport.AssistanceView;
import org.wardops.citizensupport.Channel;
import org.wardops.citizensupport.CitizenSupportAction;
import org.wardops.citizensupport.CitizenSupportManagement;
import org.wardops.citizensupport.Gender;
import org.wardops.citizensupport.HelpSummary;
import org.wardops.citizensupport.LogAssistance;
import org.wardops.citizensupport.Organisation;
import org.wardops.citizensupport.Outcome;
import org.wardops.shared.web.QueryParameters;
import org.wardops.citizensupport.TeamView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The unit's citizen-support page (help by service and month, its teams, recent entries), the team page and the
 * volunteer's phone page, an installable offline app: its service worker and manifest are served from
 * {@code /assistance/} so that they control the page, and its queue posts to {@code /assistance/log/sync}.
 */
@Controller
public class CitizenSupportController {

    private static final int MONTHS_SHOWN = 6;

    /** The unit page. */
    public record UnitPage(UnitView unit, List<UnitView> units, HelpSummary summary, List<TeamView> teams, PageResult<AssistanceView> entries,
                           Map<UUID, String> teamNames, boolean mayManage, List<PersonView> people, TeamForm form, FormErrors errors) {

        public String teamName(UUID id) {
            return teamNames.getOrDefault(id, "");
        }
    }

    /** The team page. */
    public record TeamPage(TeamView team, UnitView unit, boolean mayManage, List<PersonView> people, TeamForm form, FormErrors errors) {
    }

    /** The phone page. */
    public record LogPage(UnitView unit, List<TeamView> teams, List<AssistanceView> today, Map<UUID, String> teamNames, AssistanceForm form,
                          FormErrors errors) {

        public String teamName(UUID id) {
            return teamNames.getOrDefault(id, "");
        }
    }

    /** What the app's queue gets back for one entry. */
    public record SyncAnswer(String status, UUID clientId, @Nullable UUID id, @Nullable String message, List<String> errors) {
    }

    private final CitizenSupportManagement management;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;

    CitizenSupportController(CitizenSupportManagement management, DirectoryManagement directory, PeopleManagement people,
                             DeploymentSettings deployment, MessageSource messages, Notices notices) {
        this.management = management;
        this.directory = directory;
        this.people = people;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    public static List<AssistanceService> services() {
        return List.of(AssistanceService.values());
    }

    public static List<Channel> channels() {
        return List.of(Channel.values());
    }

    public static List<Outcome> outcomes() {
        return List.of(Outcome.values());
    }

    public static List<AgeBand> ageBands() {
        return List.of(AgeBand.values());
    }

    public static List<Gender> genders() {
        return List.of(Gender.values());
    }

    public static List<Organisation> organisations() {
        return List.of(Organisation.values());
    }

    // ---- unit page and teams

    @GetMapping("/citizen-support")
    String unitPage(@RequestParam(required = false) String unitId, @RequestParam(required = false) String page, Model model) {
        UUID chosen = QueryParameters.uuid("unitId", unitId);
        int pageNumber = QueryParameters.number("page", page, 0, 0, 100_000);
        return unitPage(chosen, pageNumber, TeamForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/citizen-support/teams")
    String createTeam(@RequestParam(required = false) String unitId, @ModelAttribute TeamForm form, RedirectAttributes redirect, Model model) {
        UUID unit = QueryParameters.uuid("unitId", unitId);
        try {
            TeamView team = management.createTeam(form.command(unit));
            notices.add(redirect, "citizensupport.message.team.created");
            return "redirect:/citizen-support/teams/" + team.id();
        } catch (InvalidInputException e) {
            return unitPage(unit, 0, form, FormErrors.of(e, messages), model);
        }
    }

    private String unitPage(@Nullable UUID requested, int page, TeamForm form, FormErrors errors, Model model) {
        Actor actor = CurrentActor.get();
        List<UnitView> units = readableUnits(actor);
        UUID unitId = requested != null ? requested
                : actor.unitId() != null && units.stream().anyMatch(unit -> unit.id().equals(actor.unitId())) ? actor.unitId()
                : units.isEmpty() ? actor.unitId() : units.getFirst().id();
        if (unitId == null) {
            throw AccessRefusedException.outsideScope();
        }
        HelpSummary summary = management.summary(unitId, MONTHS_SHOWN);
        UnitView unit = directory.unit(unitId);
        List<TeamView> teams = management.teamsOfUnit(unitId);
        PageResult<AssistanceView> entries = management.entries(unitId, null, new PageRequest(page, PageRequest.DEFAULT_SIZE));
        boolean mayManage = management.may(CitizenSupportAction.MANAGE_TEAMS, unitId);
        model.addAttribute("view", new UnitPage(unit, units, summary, teams, entries, names(teams), mayManage,
                mayManage ? peopleOf(unitId) : List.of(), form, errors));
        return "citizensupport/unit";
    }

    /** The commune-level units the actor may read, for the unit picker. */
    private List<UnitView> readableUnits(Actor actor) {
        List<UnitView> candidates = actor.scope().cityWide()
                ? directory.findUnits(UnitSearch.inProvince(deployment.provinceCode()), new PageRequest(0, PageRequest.MAX_SIZE)).items()
                : directory.units(actor.scope().unitIds().isEmpty() && actor.unitId() != null ? List.of(actor.unitId()) : actor.scope().unitIds());
        return candidates.stream().filter(unit -> unit.type().isCommuneLevel())
                .filter(unit -> management.may(CitizenSupportAction.READ, unit.id()))
                .sorted(Comparator.comparing(UnitView::name)).toList();
    }

    @GetMapping("/citizen-support/teams/{id}")
    String team(@PathVariable UUID id, Model model) {
        TeamView team = management.team(id);
        return teamPage(team, TeamForm.of(team), FormErrors.NONE, model);
    }

    @PostMapping("/citizen-support/teams/{id}")
    String changeTeam(@PathVariable UUID id, @ModelAttribute TeamForm form, RedirectAttributes redirect, Model model) {
        TeamView team = management.team(id);
        try {
            if (form.version() == null) {
                throw InvalidInputException.of("version", "shared.error.version.required");
            }
            management.changeTeam(id, form.version(), form.command(null));
            notices.add(redirect, "citizensupport.message.team.changed");
            return "redirect:/citizen-support/teams/" + id;
        } catch (InvalidInputException | org.wardops.shared.ConflictException e) {
            return teamPage(team, form, FormErrors.of(e, messages), model);
        }
    }

    private String teamPage(TeamView team, TeamForm form, FormErrors errors, Model model) {
        boolean mayManage = management.may(CitizenSupportAction.MANAGE_TEAMS, team.unitId());
        model.addAttribute("view", new TeamPage(team, directory.unit(team.unitId()), mayManage, mayManage ? peopleOf(team.unitId()) : List.of(),
                form, errors));
        return "citizensupport/team";
    }

    private List<PersonView> peopleOf(UUID unitId) {
        return people.find(unitId, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    // ---- the phone page

    @GetMapping("/assistance/log")
    String logPage(Model model) {
        UUID unitId = ownLoggingUnit();
        List<TeamView> teams = management.teamsOfUnit(unitId);
        return logPage(unitId, teams, AssistanceForm.fresh(management.today(), teams.isEmpty() ? null : teams.getFirst().id()),
                FormErrors.NONE, model);
    }

    @PostMapping("/assistance/log")
    String log(@ModelAttribute AssistanceForm form, RedirectAttributes redirect, Model model) {
        UUID unitId = ownLoggingUnit();
        try {
            AssistanceLogged logged = management.log(form.command());
            notices.add(redirect, logged.created() ? "citizensupport.message.assistance.logged" : "citizensupport.message.assistance.alreadyLogged");
            return "redirect:/assistance/log";
        } catch (InvalidInputException | org.wardops.shared.ConflictException e) {
            return logPage(unitId, management.teamsOfUnit(unitId), form, FormErrors.of(e, messages), model);
        }
    }

    /** One queued entry from the app (JSON, session and CSRF header as for htmx): 201 created, 200 received before, else refused. */
    @PostMapping(path = "/assistance/log/sync", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<SyncAnswer> sync(@RequestBody LogAssistance entry) {
        try {
            AssistanceLogged logged = management.log(entry);
            return ResponseEntity.status(logged.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(new SyncAnswer(logged.created() ? "created" : "existing", logged.entry().clientId(), logged.entry().id(), null, List.of()));
        } catch (WardOpsException e) {
            HttpStatus status = switch (e.kind()) {
                case FORBIDDEN, UNAUTHENTICATED -> HttpStatus.FORBIDDEN;
                case CONFLICT -> HttpStatus.CONFLICT;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                default -> HttpStatus.BAD_REQUEST;
            };
            List<String> problems = new ArrayList<>();
            FormErrors errors = FormErrors.of(e, messages);
            errors.general().forEach(problems::add);
            errors.byField().values().forEach(problems::addAll);
            String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
            return ResponseEntity.status(status).body(new SyncAnswer("refused", entry.clientId() == null ? new UUID(0, 0) : entry.clientId(), null,
                    message, problems));
        }
    }

    private String logPage(UUID unitId, List<TeamView> teams, AssistanceForm form, FormErrors errors, Model model) {
        model.addAttribute("view", new LogPage(directory.unit(unitId), teams, management.recordedToday(), names(teams), form, errors));
        return "citizensupport/log";
    }

    /** The phone page is for those who log help: the actor's own unit, where the policy lets them log. */
    private UUID ownLoggingUnit() {
        Actor actor = CurrentActor.get();
        if (actor.unitId() == null || !management.may(CitizenSupportAction.LOG_ASSISTANCE, actor.unitId())) {
            throw AccessRefusedException.outsideScope();
        }
        return actor.unitId();
    }

    /** The service worker, from {@code /assistance/} so that its scope covers the phone page; never cached by HTTP. */
    @GetMapping(path = "/assistance/sw.js", produces = "text/javascript")
    ResponseEntity<Resource> serviceWorker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).header("Service-Worker-Allowed", "/assistance/")
                .contentType(MediaType.parseMediaType("text/javascript"))
                .body(new ClassPathResource("static/citizensupport/sw.js"));
    }

    @GetMapping(path = "/assistance/manifest.webmanifest")
    ResponseEntity<Resource> manifest() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.parseMediaType("application/manifest+json"))
                .body(new ClassPathResource("static/citizensupport/manifest.webmanifest"));
    }

    @GetMapping(path = "/assistance/icon.svg")
    ResponseEntity<Resource> icon() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)))
                .contentType(MediaType.parseMediaType("image/svg+xml"))
                .body(new ClassPathResource("static/citizensupport/icon.svg"));
    }

    private static Map<UUID, String> names(List<TeamView> teams) {
        Map<UUID, String> names = new LinkedHashMap<>();
        teams.forEach(team -> names.put(team.id(), team.name()));
        return names;
    }
}
