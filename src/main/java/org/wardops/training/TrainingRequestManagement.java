package org.wardops.training;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffSkill;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.time.LocalTime;
import org.wardops.training.internal.Catalogue;
import org.wardops.training.internal.CourseStore;
import org.wardops.training.internal.EnrolmentStore;
import org.wardops.training.internal.TrainingRequestStore;
import org.wardops.training.internal.Enroller;
import org.wardops.training.internal.Topic;
import org.wardops.training.internal.TrainingPolicy;
import org.wardops.training.internal.TrainingRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training requests: a unit asks (topic, number of people, preferred period, reason); the department accepts it into
 * a planned session — enrolling up to that many of the unit's current officers, those not yet covered for the topic
 * first — or declines it with a reason. The unit is notified through {@link TrainingRequestAccepted} and
 * {@link TrainingRequestDeclined}. Every change is audited in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRequestManagement {

    public static final int MAX_PEOPLE = 500;
    public static final int PERIOD_YEARS = 3;
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(?:(\\d{2})|Q([1-4]))");

    private final TrainingRequestStore requests;
    private final CourseStore courses;
    private final Catalogue catalogue;
    private final EnrolmentStore enrolments;
    private final Enroller enroller;
    private final TrainingPolicy policy;
    private final StaffManagement staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingRequestManagement(TrainingRequestStore requests, CourseStore courses, Catalogue catalogue, EnrolmentStore enrolments, Enroller enroller,
                              TrainingPolicy policy, StaffManagement staff, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.courses = courses;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.enroller = enroller;
        this.policy = policy;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    public PageResult<TrainingRequestView> requests(@Nullable RequestState state, @Nullable UUID unitId, PageRequest page) {
        TrainingPolicy.Visible visible = policy.visible(CurrentActor.get());
        Function<String, String> labels = catalogue.labels();
        return new PageResult<>(requests.search(visible, state, unitId, (int) page.offset(), page.size(), labels), page.page(), page.size(),
                requests.count(visible, state, unitId));
    }

    public TrainingRequestView request(UUID id) {
        TrainingRequestView request = requests.find(id, catalogue.labels()).orElseThrow(() -> new TrainingRecordNotFoundException("request", id));
        if (!policy.allowed(CurrentActor.get(), TrainingAction.READ_UNIT, request.unitId())) {
            throw new TrainingRecordNotFoundException("request", id);
        }
        return request;
    }

    @Transactional
    public TrainingRequestView file(FileTrainingRequest command) {
        Actor actor = CurrentActor.get();
        UUID unitId = command.unitId() != null ? command.unitId() : actor.unitId();
        if (unitId == null) {
            throw AccessRefusedException.outsideScope();
        }
        policy.require(actor, TrainingAction.REQUEST, unitId);
        List<FieldProblem> problems = new ArrayList<>();
        Topic topic = null;
        if (command.topic() == null || command.topic().isBlank()) {
            problems.add(FieldProblem.of("topic", "training.error.input.required"));
        } else {
            topic = catalogue.find(command.topic()).orElse(null);
            if (topic == null) {
                problems.add(FieldProblem.of("topic", "training.error.topic.unknown"));
            }
        }
        if (command.people() == null) {
            problems.add(FieldProblem.of("people", "training.error.input.required"));
        } else if (command.people() < 1 || command.people() > MAX_PEOPLE) {
            problems.add(FieldProblem.of("people", "training.error.request.people", MAX_PEOPLE));
        }
        String period = period(problems, command.preferredPeriod());
        if (command.reason() == null || command.reason().isBlank()) {
            problems.add(FieldProblem.of("reason", "training.error.input.required"));
        } else {
            TextRules.check(problems, "reason", command.reason().strip(), TextRules.SHORT, TextRules.Lines.MULTI);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TrainingRequestView request = new TrainingRequestView(Ids.next(), unitId, topic.code(), topic.label(Catalogue.language()), command.people(), period,
                command.reason().strip(), RequestState.REQUESTED, null, null, null, 0, null, actor.username(), clock.instant(), null, 0);
        requests.insert(request);
        audit.record("training.request.filed", "TrainingRequest", request.id(), unitId, null, request);
        return request;
    }

    @Transactional
    public TrainingRequestView accept(UUID id, @Nullable UUID sessionId, long version) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        TrainingRequestView request = request(id);
        if (sessionId == null) {
            throw InvalidInputException.of("sessionId", "training.error.input.required");
        }
        SessionView session = courses.session(sessionId).orElseThrow(() -> InvalidInputException.of("sessionId", "training.error.request.sessionUnknown"));
        CourseView course = courses.course(session.courseId(), catalogue.labels()).orElseThrow();
        if (!course.topic().equals(request.topic())) {
            throw new RuleViolationException("training.error.request.topicMismatch", course.topicLabel(), request.topicLabel());
        }
        LocalDate today = today();
        if (session.heldOn().isBefore(today)) {
            throw new RuleViolationException("training.error.request.sessionHeld");
        }
        if (request.version() != version) {
            throw ConflictException.staleVersion();
        }
        TrainingRequest.requireWaiting(request);
        List<StaffSkill> chosen = candidates(request, course);
        int enrolled = 0;
        if (!chosen.isEmpty() && session.freePlaces() > 0) {
            enrolled = enroller.enrol(course, session, chosen.subList(0, Math.min(chosen.size(), session.freePlaces())), today, false).enrolled().size();
        }
        TrainingRequestView accepted = TrainingRequest.accept(request, sessionId, course.id(), session.heldOn(), enrolled, clock.instant());
        if (!requests.decide(accepted)) {
            throw ConflictException.staleVersion();
        }
        TrainingRequestView stored = request(id);
        audit.record("training.request.accepted", "TrainingRequest", id, request.unitId(), request, stored);
        events.publishEvent(new TrainingRequestAccepted(id, request.unitId(), viLabel(request.topic()), course.title(), session.heldOn(), enrolled));
        return stored;
    }

    @Transactional
    public TrainingRequestView decline(UUID id, @Nullable String reason, long version) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        TrainingRequestView request = request(id);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "training.error.request.reasonRequired");
        }
        TextRules.require("reason", reason.strip(), TextRules.SHORT, TextRules.Lines.MULTI);
        if (request.version() != version) {
            throw ConflictException.staleVersion();
        }
        TrainingRequestView declined = TrainingRequest.decline(request, reason.strip(), clock.instant());
        if (!requests.decide(declined)) {
            throw ConflictException.staleVersion();
        }
        TrainingRequestView stored = request(id);
        audit.record("training.request.declined", "TrainingRequest", id, request.unitId(), request, stored);
        events.publishEvent(new TrainingRequestDeclined(id, request.unitId(), viLabel(request.topic()), reason.strip()));
        return stored;
    }

    /** Up to the requested number of the unit's current officers not yet in the course, those without the topic first. */
    private List<StaffSkill> candidates(TrainingRequestView request, CourseView course) {
        List<StaffSkill> register = CurrentActor.runAs(Actor.system(), () -> staff.currentStaff(request.unitId()));
        Set<UUID> inCourse = enrolments.enrolled(course.id(), register.stream().map(StaffSkill::personId).toList());
        Set<UUID> covered = new HashSet<>();
        Map<String, String> countsFor = new HashMap<>();
        catalogue.topics().forEach(t -> countsFor.put(t.code(), t.countsFor() == null ? t.code() : t.countsFor()));
        LocalDate today = today();
        enrolments.completions(List.of(request.unitId())).stream()
                .filter(c -> (c.topic().equals(request.topic()) || request.topic().equals(countsFor.get(c.topic())))
                        && (c.expiresOn() == null || !c.expiresOn().isBefore(today)))
                .forEach(c -> covered.add(c.personId()));
        return register.stream().filter(s -> !inCourse.contains(s.personId()))
                .sorted(Comparator.comparing((StaffSkill s) -> covered.contains(s.personId())).thenComparing(s -> s.testedSkill().atLeastBasic())
                        .thenComparing(StaffSkill::fullName))
                .limit(request.people()).toList();
    }

    private String period(List<FieldProblem> problems, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of("preferredPeriod", "training.error.input.required"));
            return "";
        }
        String period = value.strip().toUpperCase(Locale.ROOT);
        Matcher matcher = PERIOD.matcher(period);
        if (!matcher.matches()) {
            problems.add(FieldProblem.of("preferredPeriod", "training.error.request.period"));
            return "";
        }
        int year = Integer.parseInt(matcher.group(1));
        YearMonth last;
        if (matcher.group(2) != null) {
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                problems.add(FieldProblem.of("preferredPeriod", "training.error.request.period"));
                return "";
            }
            last = YearMonth.of(year, month);
        } else {
            last = YearMonth.of(year, Integer.parseInt(matcher.group(3)) * 3);
        }
        YearMonth now = YearMonth.from(today());
        if (last.isBefore(now) || last.isAfter(now.plusYears(PERIOD_YEARS))) {
            problems.add(FieldProblem.of("preferredPeriod", "training.error.request.periodRange", PERIOD_YEARS));
        }
        return period;
    }

    private String viLabel(String topic) {
        return catalogue.find(topic).map(Topic::labelVi).orElse(topic);
    }


}
