package org.wardops.citizensupport;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.citizensupport.internal.AssistanceStore;
import org.wardops.citizensupport.internal.CitizenSupportPolicy;
import org.wardops.citizensupport.internal.PersonalDataCheck;
import org.wardops.citizensupport.internal.TeamStore;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.time.LocalTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Community digital technology teams and the assistance log. Who may do what is {@link CitizenSupportPolicy}'s:
 * volunteers and staff of a unit log help for their own unit's teams, its staff manage the teams, the supervising
 * working group and the city read. Every change is audited in its transaction, and every change of entries
 * publishes the unit's monthly counts as indicator values ({@link IndicatorValuesPublished}).
 */
@Service
@Transactional(readOnly = true)
public class CitizenSupportManagement {

    public static final String SOURCE = "citizensupport";
    public static final int MAX_MEMBERS = 50;
    public static final int MAX_MINUTES = 480;
    public static final int PROCEDURE_CODE_LIMIT = 40;
    private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,39}");

    /** The public-service statistics (indicator data elements of the 766 preset) shown as online uptake. */
    static final String RECEIVED = "dossiers.received";
    static final String ONLINE = "dossiers.online";
    static final String FULLY_ONLINE = "dossiers.fullyOnline";

    private final TeamStore teams;
    private final AssistanceStore entries;
    private final CitizenSupportPolicy policy;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CitizenSupportSettings settings;
    private final Clock clock;
    private final IndicatorManagement indicators;

    CitizenSupportManagement(TeamStore teams, AssistanceStore entries, CitizenSupportPolicy policy, DirectoryManagement directory,
                             PeopleManagement people, AuditTrail audit, ApplicationEventPublisher events, CitizenSupportSettings settings,
                             Clock clock, IndicatorManagement indicators) {
        this.indicators = indicators;
        this.teams = teams;
        this.entries = entries;
        this.policy = policy;
        this.directory = directory;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    /** The catalogue of services, in its order. */
    public List<AssistanceService> services() {
        CurrentActor.get();
        return List.of(AssistanceService.values());
    }

    /** Whether the current actor may do the action for the unit (pages and the API's {@code may} ask this). */
    public boolean may(CitizenSupportAction action, UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowed(actor, action, unitId)).orElse(false);
    }

    // ---- teams

    public PageResult<TeamView> teams(@Nullable UUID unitId, PageRequest page) {
        Actor actor = CurrentActor.get();
        if (unitId != null) {
            policy.require(actor, CitizenSupportAction.READ, unitId);
            List<TeamView> all = teams.ofUnit(unitId);
            int from = (int) Math.min(all.size(), page.offset());
            return new PageResult<>(all.subList(from, Math.min(all.size(), from + page.size())), page.page(), page.size(), all.size());
        }
        CitizenSupportPolicy.Visibility visible = policy.visible(actor);
        return new PageResult<>(teams.visible(visible, (int) page.offset(), page.size()), page.page(), page.size(), teams.countVisible(visible));
    }

    public List<TeamView> teamsOfUnit(UUID unitId) {
        policy.require(CurrentActor.get(), CitizenSupportAction.READ, unitId);
        return teams.ofUnit(unitId);
    }

    public TeamView team(UUID id) {
        Actor actor = CurrentActor.get();
        TeamView team = teams.find(id).orElseThrow(() -> new CitizenSupportNotFoundException("team", id));
        policy.require(actor, CitizenSupportAction.READ, team.unitId());
        return team;
    }

    @Transactional
    public TeamView createTeam(SaveTeam command) {
        Actor actor = CurrentActor.get();
        UUID unitId = command.unitId() != null ? command.unitId() : actor.unitId();
        if (unitId == null) {
            throw InvalidInputException.of("unitId", "citizensupport.error.team.unitRequired");
        }
        policy.require(actor, CitizenSupportAction.MANAGE_TEAMS, unitId);
        requireUnit(unitId);
        TeamView team = validated(Ids.next(), unitId, command, 0);
        teams.insert(team, clock.instant());
        audit.record("citizensupport.team.created", "CommunityTeam", team.id(), unitId, null, team);
        return team;
    }

    @Transactional
    public TeamView changeTeam(UUID id, long version, SaveTeam command) {
        Actor actor = CurrentActor.get();
        TeamView current = teams.find(id).orElseThrow(() -> new CitizenSupportNotFoundException("team", id));
        policy.require(actor, CitizenSupportAction.MANAGE_TEAMS, current.unitId());
        if (command.unitId() != null && !command.unitId().equals(current.unitId())) {
            throw InvalidInputException.of("unitId", "citizensupport.error.team.unitFixed");
        }
        TeamView changed = validated(id, current.unitId(), command, version);
        if (current.version() != version || !teams.change(changed, version)) {
            throw ConflictException.staleVersion();
        }
        TeamView stored = teams.find(id).orElseThrow();
        audit.record("citizensupport.team.changed", "CommunityTeam", id, current.unitId(), current, stored);
        return stored;
    }

    private void requireUnit(UUID unitId) {
        try {
            directory.unit(unitId);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("unitId", "citizensupport.error.team.unitUnknown");
        }
    }

    private TeamView validated(UUID id, UUID unitId, SaveTeam command, long version) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", command.name(), "citizensupport.error.team.nameRequired");
        required(problems, "residentialGroup", command.residentialGroup(), "citizensupport.error.team.groupRequired");
        List<SaveTeam.NewMember> given = command.members() == null ? List.of() : command.members();
        if (given.size() > MAX_MEMBERS) {
            problems.add(FieldProblem.of("members", "citizensupport.error.team.tooManyMembers", MAX_MEMBERS));
            given = List.of();
        }
        List<UUID> personIds = given.stream().map(SaveTeam.NewMember::personId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, PersonView> persons = new LinkedHashMap<>();
        people.people(personIds).forEach(person -> persons.put(person.id(), person));
        List<TeamView.Member> members = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            SaveTeam.NewMember member = given.get(i);
            String field = "members[" + i + "]";
            if (member == null || member.organisation() == null) {
                problems.add(FieldProblem.of(field + ".organisation", "citizensupport.error.member.organisationRequired"));
                continue;
            }
            String name = member.fullName() == null ? "" : member.fullName().strip();
            if (member.personId() != null) {
                PersonView person = persons.get(member.personId());
                if (person == null) {
                    problems.add(FieldProblem.of(field + ".personId", "citizensupport.error.member.personUnknown"));
                    continue;
                }
                if (!person.unitId().equals(unitId)) {
                    problems.add(FieldProblem.of(field + ".personId", "citizensupport.error.member.personOfOtherUnit"));
                    continue;
                }
                if (name.isEmpty()) {
                    name = person.fullName();
                }
            }
            if (name.isEmpty()) {
                problems.add(FieldProblem.of(field + ".fullName", "citizensupport.error.member.nameRequired"));
                continue;
            }
            int before = problems.size();
            TextRules.check(problems, field + ".fullName", name, TextRules.NAME, TextRules.Lines.SINGLE);
            if (problems.size() == before) {
                members.add(new TeamView.Member(name, member.organisation(), member.personId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TeamView(id, unitId, command.name().strip(), command.residentialGroup().strip(), members, version);
    }

    private static void required(List<FieldProblem> problems, String field, @Nullable String value, String key) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, key));
        } else {
            TextRules.check(problems, field, value.strip(), TextRules.NAME, TextRules.Lines.SINGLE);
        }
    }

    // ---- assistance log

    /**
     * Logs one citizen helped. A {@code clientId} received before answers the stored record ({@code created} false)
     * and changes nothing; the UNIQUE constraint on it decides between concurrent resends.
     */
    @Transactional
    public AssistanceLogged log(LogAssistance command) {
        Actor actor = CurrentActor.get();
        if (command.clientId() == null) {
            throw InvalidInputException.of("clientId", "citizensupport.error.assistance.clientIdRequired");
        }
        Optional<AssistanceView> received = entries.byClientId(command.clientId());
        if (received.isPresent()) {
            return new AssistanceLogged(resent(actor, received.get()), false);
        }
        List<FieldProblem> problems = new ArrayList<>();
        TeamView team = null;
        if (command.teamId() == null) {
            problems.add(FieldProblem.of("teamId", "citizensupport.error.assistance.teamRequired"));
        } else {
            team = teams.find(command.teamId()).orElse(null);
            if (team == null) {
                problems.add(FieldProblem.of("teamId", "citizensupport.error.assistance.teamUnknown"));
            } else {
                policy.require(actor, CitizenSupportAction.LOG_ASSISTANCE, team.unitId());
            }
        }
        if (team == null && !actorMayLogAnywhere(actor)) {
            throw AccessRefusedException.outsideScope();
        }
        AssistanceView entry = validated(actor, command, team, problems);
        if (!entries.insertIfAbsent(entry)) {
            AssistanceView winner = entries.byClientId(command.clientId()).orElseThrow();
            return new AssistanceLogged(resent(actor, winner), false);
        }
        audit.record("citizensupport.assistance.logged", "AssistanceEntry", entry.id(), entry.unitId(), null, entry);
        publish(entry.unitId(), YearMonth.from(entry.date()));
        return new AssistanceLogged(entry, true);
    }

    /** A volunteer or staff member of some unit: their input problems are worth telling them; anyone else is refused. */
    private boolean actorMayLogAnywhere(Actor actor) {
        return actor.unitId() != null && policy.allowed(actor, CitizenSupportAction.LOG_ASSISTANCE, actor.unitId());
    }

    private AssistanceView resent(Actor actor, AssistanceView received) {
        if (!policy.allowed(actor, CitizenSupportAction.LOG_ASSISTANCE, received.unitId())) {
            throw new ConflictException("citizensupport.error.assistance.clientIdTaken");
        }
        return received;
    }

    private AssistanceView validated(Actor actor, LogAssistance command, @Nullable TeamView team, List<FieldProblem> problems) {
        LocalDate today = today();
        LocalDate earliest = retentionCutoff(today);
        if (command.date() == null) {
            problems.add(FieldProblem.of("date", "citizensupport.error.assistance.dateRequired"));
        } else if (command.date().isAfter(today)) {
            problems.add(FieldProblem.of("date", "citizensupport.error.assistance.dateInFuture"));
        } else if (command.date().isBefore(earliest)) {
            problems.add(FieldProblem.of("date", "citizensupport.error.assistance.dateTooOld", LocalTime.format(earliest)));
        }
        String group = command.residentialGroup() == null || command.residentialGroup().isBlank()
                ? (team == null ? "" : team.residentialGroup()) : command.residentialGroup().strip();
        if (group.isEmpty()) {
            problems.add(FieldProblem.of("residentialGroup", "citizensupport.error.assistance.groupRequired"));
        } else {
            int before = problems.size();
            TextRules.check(problems, "residentialGroup", group, TextRules.NAME, TextRules.Lines.SINGLE);
            if (problems.size() == before) {
                personalData(problems, "residentialGroup", group, false);
            }
        }
        String procedure = command.procedureCode() == null || command.procedureCode().isBlank() ? null : command.procedureCode().strip();
        if (command.service() == null) {
            problems.add(FieldProblem.of("service", "citizensupport.error.assistance.serviceRequired"));
        } else if (command.service().needsProcedureCode() && procedure == null) {
            problems.add(FieldProblem.of("procedureCode", "citizensupport.error.assistance.procedureRequired"));
        } else if (!command.service().needsProcedureCode()) {
            procedure = null;
        }
        if (procedure != null && !PROCEDURE_CODE.matcher(procedure).matches()) {
            problems.add(FieldProblem.of("procedureCode", "citizensupport.error.assistance.procedureInvalid", PROCEDURE_CODE_LIMIT));
        }
        if (command.channel() == null) {
            problems.add(FieldProblem.of("channel", "citizensupport.error.assistance.channelRequired"));
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (command.outcome() == null) {
            problems.add(FieldProblem.of("outcome", "citizensupport.error.assistance.outcomeRequired"));
        } else if (command.outcome() == Outcome.NOT_POSSIBLE && reason == null) {
            problems.add(FieldProblem.of("reason", "citizensupport.error.assistance.reasonRequired"));
        }
        if (reason != null) {
            int before = problems.size();
            TextRules.check(problems, "reason", reason, TextRules.SHORT, TextRules.Lines.MULTI);
            if (problems.size() == before) {
                personalData(problems, "reason", reason, true);
            }
        }
        if (command.minutes() == null) {
            problems.add(FieldProblem.of("minutes", "citizensupport.error.assistance.minutesRequired"));
        } else if (command.minutes() < 1 || command.minutes() > MAX_MINUTES) {
            problems.add(FieldProblem.of("minutes", "citizensupport.error.assistance.minutesRange", 1, MAX_MINUTES));
        }
        if (!problems.isEmpty() || team == null) {
            throw new InvalidInputException(problems);
        }
        return new AssistanceView(Ids.next(), command.clientId(), team.unitId(), team.id(), command.date(), group, command.service(), procedure,
                command.channel(), command.outcome(), reason, command.minutes(), command.ageBand(), command.gender(), actor.accountId(),
                clock.instant());
    }

    private static void personalData(List<FieldProblem> problems, String field, String text, boolean names) {
        PersonalDataCheck.Finding finding = PersonalDataCheck.find(text);
        if (finding != null && (names || finding != PersonalDataCheck.Finding.PERSONAL_NAME)) {
            problems.add(FieldProblem.of(field, "citizensupport.error.assistance.personalData." + finding.name()));
        }
    }

    /** The first day whose entries are still kept one by one: the first of the month, retention before today's. */
    public LocalDate retentionCutoff(LocalDate today) {
        return today.minus(settings.retention()).withDayOfMonth(1);
    }

    /** Entries the actor may read, latest first; optionally of one unit and month. */
    public PageResult<AssistanceView> entries(@Nullable UUID unitId, @Nullable YearMonth month, PageRequest page) {
        Actor actor = CurrentActor.get();
        if (unitId != null) {
            policy.require(actor, CitizenSupportAction.READ, unitId);
        }
        CitizenSupportPolicy.Visibility visible = policy.visible(actor);
        return new PageResult<>(entries.page(visible, unitId, month, (int) page.offset(), page.size()), page.page(), page.size(),
                entries.count(visible, unitId, month));
    }

    /** What the actor recorded today (the phone page's list). */
    public List<AssistanceView> recordedToday() {
        Actor actor = CurrentActor.get();
        return entries.recordedBy(actor.accountId(), today(), 200);
    }

    /**
     * Help given by the unit in the last {@code months} months, per service and month, with the unit's online-service
     * uptake (indicator values dossiers.received / dossiers.online / dossiers.fullyOnline) in the same months.
     */
    public HelpSummary summary(UUID unitId, int months) {
        policy.require(CurrentActor.get(), CitizenSupportAction.READ, unitId);
        YearMonth to = YearMonth.from(today());
        YearMonth from = to.minusMonths(Math.max(1, Math.min(months, 24)) - 1L);
        List<String> shown = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            shown.add(month.toString());
        }
        Map<AssistanceService, Map<String, Integer>> counts = new EnumMap<>(AssistanceService.class);
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, Integer> done = new LinkedHashMap<>();
        for (AssistanceStore.Count count : entries.counts(unitId, from, to)) {
            counts.computeIfAbsent(count.service(), service -> new LinkedHashMap<>()).merge(count.month(), count.entries(), Integer::sum);
            totals.merge(count.month(), count.entries(), Integer::sum);
            if (count.outcome() == Outcome.DONE) {
                done.merge(count.month(), count.entries(), Integer::sum);
            }
        }
        List<YearMonth> shownMonths = shown.stream().map(YearMonth::parse).toList();
        Map<String, HelpSummary.Uptake> uptake = new LinkedHashMap<>();
        indicators.monthlyValues(unitId, shownMonths, List.of(RECEIVED, ONLINE, FULLY_ONLINE)).forEach((month, values) ->
                uptake.put(month.toString(), HelpSummary.Uptake.of(values.get(RECEIVED), values.get(ONLINE), values.get(FULLY_ONLINE))));
        return new HelpSummary(unitId, shown, counts, totals, done, uptake);
    }

    /**
     * Reduces entries older than the retention period to monthly counts and deletes them; the monthly figures stay
     * the same. Run by the retention job as the system.
     *
     * @return the number of entries reduced
     */
    @Transactional
    public int reduceExpiredEntries() {
        Actor actor = CurrentActor.get();
        if (!actor.isSystem()) {
            throw AccessRefusedException.missingRole();
        }
        LocalDate cutoff = retentionCutoff(today());
        List<AssistanceStore.Count> counts = entries.countsBefore(cutoff);
        if (counts.isEmpty()) {
            return 0;
        }
        counts.forEach(entries::addReduced);
        int deleted = entries.deleteBefore(cutoff);
        audit.record("citizensupport.assistance.reduced", "AssistanceRetention", Ids.next(), null, null,
                Map.of("before", cutoff.toString(), "entries", deleted, "counts", counts.size()));
        return deleted;
    }

    /** Publishes the unit's counts of the month as data-element values (replacing what was published before). */
    private void publish(UUID unitId, YearMonth month) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int total = 0;
        long minutes = 0;
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        Map<AssistanceService, Integer> byService = new EnumMap<>(AssistanceService.class);
        for (AssistanceStore.Count count : entries.counts(unitId, month, month)) {
            total += count.entries();
            minutes += count.minutes();
            byOutcome.merge(count.outcome(), count.entries(), Integer::sum);
            byService.merge(count.service(), count.entries(), Integer::sum);
        }
        values.put("assistance.total", BigDecimal.valueOf(total));
        values.put("assistance.done", BigDecimal.valueOf(byOutcome.getOrDefault(Outcome.DONE, 0)));
        values.put("assistance.partly", BigDecimal.valueOf(byOutcome.getOrDefault(Outcome.PARTLY, 0)));
        values.put("assistance.notPossible", BigDecimal.valueOf(byOutcome.getOrDefault(Outcome.NOT_POSSIBLE, 0)));
        values.put("assistance.minutes", BigDecimal.valueOf(minutes));
        for (AssistanceService service : AssistanceService.values()) {
            values.put("assistance.byService." + service.name(), BigDecimal.valueOf(byService.getOrDefault(service, 0)));
        }
        events.publishEvent(new IndicatorValuesPublished(SOURCE, unitId, month.toString(), values));
    }
}
