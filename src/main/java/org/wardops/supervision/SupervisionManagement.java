package org.wardops.supervision;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.reporting.Completeness;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.Ids;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;
import org.wardops.supervision.internal.ProgrammeStore;
import org.wardops.supervision.internal.SessionDocuments;
import org.wardops.supervision.internal.SessionStore;
import org.wardops.supervision.internal.SessionIntake;
import org.wardops.supervision.internal.SessionPapers;
import org.wardops.supervision.internal.SupervisionPolicy;
import org.wardops.supervision.internal.SupervisionSession;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Supervision programmes and sessions. Everyone logged in reads programmes; who may do what else is
 * {@link SupervisionPolicy}'s answer (docs/supervision.md): a session is recorded by its working group's leader or
 * members for units the group supervises (an administrator only on behalf of the group, audited as such), and read by
 * those covering the group or one of its units.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionManagement {

    private final SupervisionPolicy policy;
    private final SessionIntake intake;
    private final SessionPapers papers;
    private final org.wardops.reporting.ReportManagement reports;

    private final ProgrammeStore programmes;
    private final SessionStore sessions;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final ReportRequestManagement requests;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionManagement(ProgrammeStore programmes, SessionStore sessions, DirectoryManagement directory, PeopleManagement people,
                          ReportRequestManagement requests, DocumentManagement documents, AuditTrail audit,
                          ApplicationEventPublisher events, Clock clock, SupervisionPolicy policy, SessionIntake intake,
                          SessionPapers papers, org.wardops.reporting.ReportManagement reports) {
        this.papers = papers;
        this.reports = reports;
        this.policy = policy;
        this.intake = intake;
        this.programmes = programmes;
        this.sessions = sessions;
        this.directory = directory;
        this.people = people;
        this.requests = requests;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<ProgrammeView> programmes() {
        CurrentActor.get();
        return programmes.all();
    }

    public ProgrammeView programme(UUID id) {
        CurrentActor.get();
        return programmes.find(id).orElseThrow(() -> new SupervisionNotFoundException("programme", id));
    }

    public java.util.Optional<ProgrammeView> programmeByCode(String code) {
        CurrentActor.get();
        return programmes.findByCode(code);
    }

    @Transactional
    public ProgrammeView createProgramme(SaveProgramme command) {
        Actor actor = CurrentActor.get();
        if (!policy.allowed(actor, SupervisionPolicy.Target.group(Actor.SYSTEM_ACCOUNT_ID)).contains(SupervisionAction.CREATE_PROGRAMME)) {
            throw org.wardops.shared.AccessRefusedException.missingRole();
        }
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "code", command.code(), 60);
        required(problems, "title", command.title(), 500);
        required(problems, "issuingBody", command.issuingBody(), 300);
        required(problems, "documentReference", command.documentReference(), 100);
        required(problems, "period", command.period(), 100);
        if (command.documentDate() == null) {
            problems.add(FieldProblem.of("documentDate", "supervision.error.programme.dateRequired"));
        }
        List<UUID> groups = command.workingGroupIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.workingGroupIds()));
        for (UUID group : groups) {
            if (directory.unit(group).type() != UnitType.WORKING_GROUP) {
                problems.add(FieldProblem.of("workingGroupIds", "supervision.error.programme.notAGroup"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (programmes.findByCode(command.code().strip()).isPresent()) {
            throw new org.wardops.shared.ConflictException("supervision.error.programme.codeTaken", command.code().strip());
        }
        ProgrammeView created = new ProgrammeView(Ids.next(), command.code().strip(), command.title().strip(), command.issuingBody().strip(),
                command.documentReference().strip(), command.documentDate(), command.period().strip(),
                command.topics() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.topics())), groups, 0);
        programmes.insert(created, clock.instant());
        audit.record("supervision.programme.created", "Programme", created.id(), null, null, created);
        return created;
    }

    /** One page of the sessions the actor may read, latest first, without minutes; filtered and counted in SQL. */
    public PageResult<SessionSummary> sessions(@org.jspecify.annotations.Nullable UUID workingGroupId, PageRequest page) {
        PageResult<SessionStore.Row> rows = sessions.page(policy.visible(CurrentActor.get()), workingGroupId, page);
        List<UUID> ids = rows.items().stream().map(SessionStore.Row::id).toList();
        Map<UUID, List<UUID>> units = sessions.unitsOf(ids);
        Map<UUID, Integer> conclusions = sessions.conclusionCounts(ids);
        Map<UUID, String> groups = directory.units(rows.items().stream().map(SessionStore.Row::workingGroupId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
        return rows.map(row -> new SessionSummary(row.id(), row.programmeId(), row.workingGroupId(), groups.getOrDefault(row.workingGroupId(), ""),
                row.heldOn(), row.place(), units.getOrDefault(row.id(), List.of()), conclusions.getOrDefault(row.id(), 0), row.noticeNumber()));
    }

    /** The first {@value PageRequest#MAX_SIZE} sessions the actor may read (for pickers; lists use the paged form). */
    public List<SessionSummary> sessions() {
        return sessions(null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public List<SessionSummary> sessionsOfProgramme(UUID programmeId) {
        return sessions().stream().filter(session -> session.programmeId().equals(programmeId)).toList();
    }

    public SessionView session(UUID id) {
        SupervisionSession session = load(id);
        policy.require(CurrentActor.get(), SupervisionAction.READ_SESSION, session.target());
        return session.view();
    }

    /** What the actor may do with the session now: what its page offers. */
    public Set<SupervisionAction> actions(SessionView session) {
        return policy.allowed(CurrentActor.get(), new SupervisionPolicy.Target(session.workingGroupId(), session.unitIds()));
    }

    /** Refuses (403, named) unless the actor may record sessions for the group. */
    public void requireHold(UUID workingGroupId) {
        policy.require(CurrentActor.get(), SupervisionAction.HOLD_SESSION, SupervisionPolicy.Target.group(workingGroupId));
    }

    /** Whether the actor records sessions (for their own group, or as an administrator for a chosen one). */
    public boolean recordsSessions() {
        return policy.recordsSessions(CurrentActor.get());
    }

    /** The group the actor records for by default; null for an administrator, who chooses one. */
    public @org.jspecify.annotations.Nullable UUID ownGroup() {
        return policy.ownGroupOf(CurrentActor.get());
    }

    /**
     * Records a session: the owning working group's leader or members, or an administrator on behalf of the group (the
     * audit trail says so: {@code supervision.session.heldOnBehalf}).
     */
    @Transactional
    public SessionView hold(HoldSession command) {
        Actor actor = CurrentActor.get();
        UUID groupId = intake.groupOf(command, policy.ownGroupOf(actor));
        if (groupId == null) {
            if (!policy.recordsSessions(actor)) {
                throw org.wardops.shared.AccessRefusedException.missingRole();
            }
            throw InvalidInputException.of("workingGroupId", "supervision.error.session.groupRequired");
        }
        UnitView group = directory.unit(groupId);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw InvalidInputException.of("workingGroupId", "supervision.error.session.groupRequired");
        }
        policy.require(actor, SupervisionAction.HOLD_SESSION, SupervisionPolicy.Target.group(groupId));
        SessionIntake.Checked checked = intake.check(command, groupId);
        Integer notice = checked.conclusions().isEmpty() ? null
                : documents.nextNumber(groupId, SessionDocuments.NOTICE_TYPE_CODE, checked.heldOn().getYear());
        SessionStore.Row row = new SessionStore.Row(Ids.next(), checked.programmeId(), groupId, checked.heldOn(), checked.place(),
                checked.agenda(), checked.minutes(), notice, 0);
        sessions.insert(row, checked.unitIds(), checked.participants(), checked.reportIds(), checked.feedback(), checked.conclusions(),
                clock.instant());
        SessionView created = view(row);
        audit.record(policy.onBehalf(actor, groupId) ? "supervision.session.heldOnBehalf" : "supervision.session.held",
                "SupervisionSession", created.id(), group.id(), null, created);
        events.publishEvent(new SessionHeld(created.id(), groupId, checked.unitIds(), created.heldOn(),
                checked.conclusions().stream().map(SessionView.Conclusion::id).toList()));
        return created;
    }

    /** Whether the actor may change the session's recommendations and feedback. */
    public boolean mayChangeFeedback(SessionView session) {
        return actions(session).contains(SupervisionAction.CHANGE_FEEDBACK);
    }

    /**
     * Replaces the recommendations and feedback of a session: its working group (leader, members) or an administrator
     * on behalf of the group, at the version read. Entirely empty rows are left out, so clearing a row removes it.
     */
    @Transactional
    public SessionView changeFeedback(UUID sessionId, long version, List<SaveFeedback> items) {
        Actor actor = CurrentActor.get();
        SupervisionSession session = load(sessionId);
        policy.require(actor, SupervisionAction.READ_SESSION, session.target());
        policy.require(actor, SupervisionAction.CHANGE_FEEDBACK, session.target());
        SessionView before = session.view();
        List<SessionView.Feedback> feedback = session.changeFeedback(items);
        if (before.version() != version || !sessions.replaceFeedback(sessionId, version, feedback)) {
            throw ConflictException.staleVersion();
        }
        SessionView after = load(sessionId).view();
        audit.record(policy.onBehalf(actor, before.workingGroupId()) ? "supervision.session.feedbackChangedOnBehalf"
                : "supervision.session.feedbackChanged", "SupervisionSession", sessionId, before.workingGroupId(), before, after);
        return after;
    }

    public RenderedDocument conclusionNotice(UUID sessionId, DocumentFormat format, DocumentStyle style) {
        SessionView session = session(sessionId);
        return papers.conclusionNotice(session, programme(session.programmeId()), format, style);
    }

    public RenderedDocument minutesDocument(UUID sessionId, DocumentFormat format, DocumentStyle style) {
        return papers.minutes(session(sessionId), format, style);
    }

    public Map<UUID, String> unitNames(SessionView session) {
        return papers.unitNames(session);
    }

    /**
     * The name of the unit of each of the session's reports that the reader may read, by report id, in the order of
     * the session; a report the reader may not read is left out.
     */
    public Map<UUID, String> reportUnits(SessionView session) {
        // The session lists them all; a reader sees the units of the reports they may read (a refusal inside the
        // transaction would mark it for rollback, so the reporting facade leaves the others out instead).
        Map<UUID, UUID> unitOfReport = reports.unitsOfReadable(session.reportIds());
        Map<UUID, String> names = directory.units(Set.copyOf(unitOfReport.values())).stream()
                .collect(java.util.stream.Collectors.toMap(UnitView::id, UnitView::name));
        Map<UUID, String> shown = new java.util.LinkedHashMap<>();
        unitOfReport.forEach((reportId, unitId) -> shown.put(reportId, names.getOrDefault(unitId, "")));
        return shown;
    }

    /** The dashboard of a working group, for its leader and members and for city-wide roles. */
    public WorkingGroupDashboard dashboard(UUID workingGroupId) {
        Actor actor = CurrentActor.get();
        UnitView group = directory.unit(workingGroupId);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw new SupervisionNotFoundException("workingGroup", workingGroupId);
        }
        policy.require(actor, SupervisionAction.VIEW_BOARD, SupervisionPolicy.Target.group(workingGroupId));
        List<UnitView> units = directory.units(directory.unitsSupervisedBy(workingGroupId)).stream()
                .sorted(java.util.Comparator.comparing(UnitView::name, org.wardops.shared.text.VietnameseCollation.comparator())).toList();
        List<WorkingGroupDashboard.RequestProgress> progress = requests.requests().stream()
                .filter(request -> request.requestedById().equals(workingGroupId))
                .map(request -> new WorkingGroupDashboard.RequestProgress(request, requests.completeness(request.id(), Completeness.Sort.STATUS)))
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(LocalTime.VIETNAM));
        List<SessionSummary> ofGroup = sessions(workingGroupId, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        return new WorkingGroupDashboard(group, units, progress,
                ofGroup.stream().filter(session -> !session.heldOn().isBefore(today)).toList(),
                ofGroup.stream().filter(session -> session.heldOn().isBefore(today)).toList());
    }

    private SessionView view(SessionStore.Row row) {
        List<SessionStore.ParticipantRow> participantRows = sessions.participants(row.id());
        Map<UUID, PersonView> persons = people.people(participantRows.stream().map(SessionStore.ParticipantRow::personId).toList()).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<SessionView.Participant> participants = participantRows.stream()
                .filter(participant -> persons.containsKey(participant.personId()))
                .map(participant -> {
                    PersonView person = persons.get(participant.personId());
                    return new SessionView.Participant(person.id(), person.fullName(), person.title(), participant.role());
                }).toList();
        return new SessionView(row.id(), row.programmeId(), row.workingGroupId(), directory.unit(row.workingGroupId()).name(), row.heldOn(),
                row.place(), sessions.units(row.id()), participants, row.agenda(), sessions.reports(row.id()), row.minutes(),
                sessions.feedback(row.id()), sessions.conclusions(row.id()), row.noticeNumber(), row.version());
    }

    private SupervisionSession load(UUID id) {
        return new SupervisionSession(view(sessions.find(id).orElseThrow(() -> new SupervisionNotFoundException("session", id))));
    }

    private static void required(List<FieldProblem> problems, String field, @org.jspecify.annotations.Nullable String value, int limit) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "supervision.error.input.required"));
        } else if (value.strip().length() > limit) {
            problems.add(FieldProblem.of(field, "shared.error.input.tooLong", limit));
        }
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank();
    }
}
