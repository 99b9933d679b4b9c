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
import org.wardops.documents.FormalDocument;
import org.wardops.documents.RenderedDocument;
import org.wardops.reporting.Completeness;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.Ids;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.time.LocalTime;
import org.wardops.supervision.internal.Minutes;
import org.wardops.supervision.internal.ProgrammeStore;
import org.wardops.supervision.internal.SessionDocuments;
import org.wardops.supervision.internal.SessionStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Supervision programmes and sessions. Everyone logged in reads programmes; city leaders and administrators set them
 * up. A session is recorded by its working group's leader or members (or an administrator) for units the group
 * supervises, and read by those covering the group or one of its units.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionManagement {

    private static final int TEXT_LIMIT = 4000;
    private static final int LIST_LIMIT = 200;

    private final ProgrammeStore programmes;
    private final SessionStore sessions;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final ReportManagement reports;
    private final ReportRequestManagement requests;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionManagement(ProgrammeStore programmes, SessionStore sessions, DirectoryManagement directory, PeopleManagement people,
                          ReportManagement reports, ReportRequestManagement requests, DocumentManagement documents, AuditTrail audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.directory = directory;
        this.people = people;
        this.reports = reports;
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
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN, Role.CITY_LEADER);
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

    /** Sessions the actor may read, latest first. */
    public List<SessionView> sessions() {
        Actor actor = CurrentActor.get();
        List<SessionStore.Row> rows = actor.scope().cityWide() ? sessions.latest(LIST_LIMIT) : sessions.involving(scopeOf(actor), LIST_LIMIT);
        return rows.stream().map(this::view).toList();
    }

    public List<SessionView> sessionsOfProgramme(UUID programmeId) {
        Actor actor = CurrentActor.get();
        return sessions.ofProgramme(programmeId).stream().map(this::view).filter(session -> reads(actor, session)).toList();
    }

    public SessionView session(UUID id) {
        Actor actor = CurrentActor.get();
        SessionView session = view(sessions.find(id).orElseThrow(() -> new SupervisionNotFoundException("session", id)));
        if (!reads(actor, session)) {
            throw AccessRefusedException.outsideScope();
        }
        return session;
    }

    @Transactional
    public SessionView hold(HoldSession command) {
        Actor actor = CurrentActor.requireAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.SYSTEM_ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.programmeId() == null || programmes.find(command.programmeId()).isEmpty()) {
            problems.add(FieldProblem.of("programmeId", "supervision.error.session.programmeRequired"));
        }
        if (command.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "supervision.error.session.dateRequired"));
        }
        required(problems, "place", command.place(), 300);
        UUID groupId = command.workingGroupId() != null ? command.workingGroupId() : actor.workingGroupId();
        if (groupId == null) {
            problems.add(FieldProblem.of("workingGroupId", "supervision.error.session.groupRequired"));
        }
        List<UUID> unitIds = command.unitIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.unitIds()));
        if (unitIds.isEmpty()) {
            problems.add(FieldProblem.of("unitIds", "supervision.error.session.unitsRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!actor.hasRole(Role.SYSTEM_ADMIN) && !groupId.equals(actor.workingGroupId())) {
            throw new AccessRefusedException("supervision.error.session.notYourGroup");
        }
        UnitView group = directory.unit(groupId);
        Set<UUID> supervised = directory.unitsSupervisedBy(groupId);
        for (UUID unitId : unitIds) {
            if (!supervised.contains(unitId)) {
                problems.add(FieldProblem.of("unitIds", "supervision.error.session.unitNotSupervised", directory.unit(unitId).name()));
            }
        }
        List<SessionStore.ParticipantRow> participants = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (HoldSession.NewParticipant participant : command.participants() == null ? List.<HoldSession.NewParticipant>of() : command.participants()) {
            if (participant.personId() == null || participant.role() == null) {
                problems.add(FieldProblem.of("participants", "supervision.error.session.participantIncomplete"));
            } else if (seen.add(participant.personId())) {
                people.person(participant.personId());
                participants.add(new SessionStore.ParticipantRow(participant.personId(), participant.role()));
            }
        }
        List<UUID> reportIds = command.reportIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.reportIds()));
        for (UUID reportId : reportIds) {
            ReportView report = reports.report(reportId);
            if (!unitIds.contains(report.unitId())) {
                problems.add(FieldProblem.of("reportIds", "supervision.error.session.reportOfOtherUnit"));
            }
        }
        List<SessionView.Feedback> feedback = new ArrayList<>();
        for (HoldSession.NewFeedback item : command.feedback() == null ? List.<HoldSession.NewFeedback>of() : command.feedback()) {
            if (item.unitId() == null || !unitIds.contains(item.unitId()) || blank(item.recommendation()) || blank(item.response())
                    || item.recommendation().length() > TEXT_LIMIT || item.response().length() > TEXT_LIMIT) {
                problems.add(FieldProblem.of("feedback", "supervision.error.session.feedbackIncomplete"));
            } else {
                feedback.add(new SessionView.Feedback(Ids.next(), item.unitId(), item.recommendation().strip(), item.response().strip()));
            }
        }
        List<SessionView.Conclusion> conclusions = new ArrayList<>();
        for (String text : command.conclusions() == null ? List.<String>of() : command.conclusions()) {
            if (blank(text) || text.length() > TEXT_LIMIT) {
                problems.add(FieldProblem.of("conclusions", "supervision.error.session.conclusionInvalid", TEXT_LIMIT));
            } else {
                conclusions.add(new SessionView.Conclusion(Ids.next(), conclusions.size() + 1, text.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> agenda = command.agenda() == null ? List.of()
                : command.agenda().stream().filter(item -> !blank(item)).map(item -> item.strip().replace('\n', ' ')).toList();
        Integer notice = conclusions.isEmpty() ? null : documents.nextNumber(groupId, SessionDocuments.NOTICE_TYPE_CODE, command.heldOn().getYear());
        SessionStore.Row row = new SessionStore.Row(Ids.next(), command.programmeId(), groupId, command.heldOn(), command.place().strip(),
                agenda, Minutes.sanitise(command.minutes() == null ? "" : command.minutes()), notice, 0);
        sessions.insert(row, unitIds, participants, reportIds, feedback, conclusions, clock.instant());
        SessionView created = view(row);
        audit.record("supervision.session.held", "SupervisionSession", created.id(), group.id(), null, created);
        events.publishEvent(new SessionHeld(created.id(), groupId, unitIds, created.heldOn(),
                conclusions.stream().map(SessionView.Conclusion::id).toList()));
        return created;
    }

    /** Whether the actor may change the session's recommendations and feedback. */
    public boolean mayChangeFeedback(SessionView session) {
        Actor actor = CurrentActor.get();
        return actor.hasRole(Role.SYSTEM_ADMIN) || (actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER)
                && session.workingGroupId().equals(actor.workingGroupId()));
    }

    /**
     * Replaces the recommendations and feedback of a session: its working group (leader, members) or an administrator,
     * at the version read. Entirely empty rows are left out, so clearing a row removes it; items keep their ids.
     */
    @Transactional
    public SessionView changeFeedback(UUID sessionId, long version, List<SaveFeedback> items) {
        Actor actor = CurrentActor.requireAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.SYSTEM_ADMIN);
        SessionView before = session(sessionId);
        if (!actor.hasRole(Role.SYSTEM_ADMIN) && !before.workingGroupId().equals(actor.workingGroupId())) {
            throw new AccessRefusedException("supervision.error.session.notYourGroup");
        }
        Set<UUID> known = new HashSet<>();
        before.feedback().forEach(item -> known.add(item.id()));
        Set<UUID> used = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<SessionView.Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < (items == null ? 0 : items.size()); i++) {
            SaveFeedback item = items.get(i);
            if (item == null || item.empty()) {
                continue;
            }
            String name = "feedback[" + i + "]";
            if (item.unitId() == null || !before.unitIds().contains(item.unitId())) {
                problems.add(FieldProblem.of(name + ".unitId", "supervision.error.feedback.unitRequired"));
            }
            text(problems, name + ".recommendation", item.recommendation(), "supervision.error.feedback.recommendationRequired");
            text(problems, name + ".response", item.response(), "supervision.error.feedback.responseRequired");
            UUID id = item.id() != null && known.contains(item.id()) && used.add(item.id()) ? item.id() : Ids.next();
            if (problems.isEmpty()) {
                feedback.add(new SessionView.Feedback(id, item.unitId(), item.recommendation().strip(), item.response().strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (before.version() != version || !sessions.replaceFeedback(sessionId, version, feedback)) {
            throw ConflictException.staleVersion();
        }
        SessionView after = session(sessionId);
        audit.record("supervision.session.feedbackChanged", "SupervisionSession", sessionId, before.workingGroupId(), before, after);
        return after;
    }

    private static void text(List<FieldProblem> problems, String field, @org.jspecify.annotations.Nullable String value, String requiredKey) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, requiredKey));
        } else if (value.length() > TEXT_LIMIT) {
            problems.add(FieldProblem.of(field, "shared.error.input.tooLong", TEXT_LIMIT));
        }
    }

    public RenderedDocument conclusionNotice(UUID sessionId, DocumentFormat format, DocumentStyle style) {
        SessionView session = session(sessionId);
        ProgrammeView programme = programme(session.programmeId());
        FormalDocument document = SessionDocuments.conclusionNotice(session, superiorOf(session), programme.documentReference(),
                unitNames(session), placeOf(session), style);
        return documents.render(document, format, "thong-bao-ket-luan-" + session.heldOn());
    }

    public RenderedDocument minutesDocument(UUID sessionId, DocumentFormat format, DocumentStyle style) {
        SessionView session = session(sessionId);
        FormalDocument document = SessionDocuments.minutes(session, superiorOf(session), unitNames(session), placeOf(session),
                Minutes.paragraphs(session.minutes()), style);
        return documents.render(document, format, "bien-ban-" + session.heldOn());
    }

    public Map<UUID, String> unitNames(SessionView session) {
        Set<UUID> ids = new HashSet<>(session.unitIds());
        session.feedback().forEach(item -> ids.add(item.unitId()));
        return directory.units(ids).stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    }

    /** The dashboard of a working group, for its leader and members and for city-wide roles. */
    public WorkingGroupDashboard dashboard(UUID workingGroupId) {
        Actor actor = CurrentActor.get();
        UnitView group = directory.unit(workingGroupId);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw new SupervisionNotFoundException("workingGroup", workingGroupId);
        }
        if (!actor.covers(workingGroupId)) {
            throw AccessRefusedException.outsideScope();
        }
        List<UnitView> units = directory.units(directory.unitsSupervisedBy(workingGroupId)).stream()
                .sorted(java.util.Comparator.comparing(UnitView::name, org.wardops.shared.text.VietnameseCollation.comparator())).toList();
        List<WorkingGroupDashboard.RequestProgress> progress = requests.requests().stream()
                .filter(request -> request.requestedById().equals(workingGroupId))
                .map(request -> new WorkingGroupDashboard.RequestProgress(request, requests.completeness(request.id(), Completeness.Sort.STATUS)))
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(LocalTime.VIETNAM));
        List<SessionView> ofGroup = sessions.involving(List.of(workingGroupId), LIST_LIMIT).stream()
                .filter(row -> row.workingGroupId().equals(workingGroupId)).map(this::view).toList();
        return new WorkingGroupDashboard(group, units, progress,
                ofGroup.stream().filter(session -> !session.heldOn().isBefore(today)).toList(),
                ofGroup.stream().filter(session -> session.heldOn().isBefore(today)).toList());
    }

    private String superiorOf(SessionView session) {
        UnitView group = directory.unit(session.workingGroupId());
        return group.parentId() == null ? "" : directory.unit(group.parentId()).name();
    }

    private String placeOf(SessionView session) {
        UnitView group = directory.unit(session.workingGroupId());
        UnitView city = group.provinceCode() == null ? null
                : directory.unitByCode(group.provinceCode()).orElse(null);
        return city == null ? session.place() : city.name();
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

    private static boolean reads(Actor actor, SessionView session) {
        return actor.covers(session.workingGroupId()) || session.unitIds().stream().anyMatch(actor::covers);
    }

    private static Set<UUID> scopeOf(Actor actor) {
        Set<UUID> units = new HashSet<>(actor.scope().unitIds());
        if (actor.unitId() != null) {
            units.add(actor.unitId());
        }
        return units;
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
