package org.wardops.training;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffSkill;
import org.wardops.directory.DirectoryManagement;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.time.LocalTime;
import org.wardops.training.internal.CertificateDocument;
import org.wardops.training.internal.Completions;
import org.wardops.training.internal.Catalogue;
import org.wardops.training.internal.CourseStore;
import org.wardops.training.internal.EnrolmentStore;
import org.wardops.training.internal.Enroller;
import org.wardops.training.internal.Topic;
import org.wardops.training.internal.TrainingPolicy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Courses, sessions, enrolments, attendance, scores and certificates. Managing is for the departments and
 * administrators ({@link TrainingPolicy}); completion is settled in the transaction of the attendance or score that
 * changes it. Every change is audited in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class CourseManagement {

    public static final int MAX_HOURS = 1000;
    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_SHEET = 500;
    public static final int SESSION_YEARS = 5;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

    private final CourseStore courses;
    private final Catalogue catalogue;
    private final EnrolmentStore enrolments;
    private final Enroller enroller;
    private final Completions completions;
    private final TrainingPolicy policy;
    private final StaffManagement staff;
    private final DirectoryManagement directory;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final Clock clock;

    CourseManagement(CourseStore courses, Catalogue catalogue, EnrolmentStore enrolments, Enroller enroller, Completions completions, TrainingPolicy policy,
                     StaffManagement staff, DirectoryManagement directory, DocumentManagement documents, AuditTrail audit, Clock clock) {
        this.courses = courses;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.enroller = enroller;
        this.completions = completions;
        this.policy = policy;
        this.staff = staff;
        this.directory = directory;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    public boolean may(TrainingAction action, @Nullable UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowed(actor, action, unitId)).orElse(false);
    }

    public List<TopicView> topics() {
        CurrentActor.get();
        String language = Catalogue.language();
        return catalogue.topics().stream().map(t -> t.view(language)).toList();
    }

    public PageResult<CourseView> courses(@Nullable String topic, PageRequest page) {
        CurrentActor.get();
        String chosen = topic == null ? null : topic(topic).code();
        return new PageResult<>(courses.courses(chosen, (int) page.offset(), page.size(), catalogue.labels()), page.page(), page.size(), courses.count(chosen));
    }

    public CourseView course(UUID id) {
        CurrentActor.get();
        return courses.course(id, catalogue.labels()).orElseThrow(() -> new TrainingRecordNotFoundException("course", id));
    }

    /** Courses with a session from today on, of the topic or all: what a request can be accepted into. */
    public List<CourseView> plannedCourses(@Nullable String topic) {
        CurrentActor.get();
        return courses.coursesWithSessionsFrom(today(), topic, catalogue.labels());
    }

    @Transactional
    public CourseView createCourse(CreateCourse command) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        List<FieldProblem> problems = new ArrayList<>();
        Topic topic = topicOf(problems, command.topic());
        String title = text(problems, "title", command.title(), TextRules.NAME, true);
        String organiser = text(problems, "organiser", command.organiser(), TextRules.NAME, true);
        BigDecimal hours = command.hours();
        if (hours == null) {
            problems.add(FieldProblem.of("hours", "training.error.input.required"));
        } else if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0 || hours.stripTrailingZeros().scale() > 1) {
            problems.add(FieldProblem.of("hours", "training.error.course.hours", MAX_HOURS));
        }
        if (command.mode() == null) {
            problems.add(FieldProblem.of("mode", "training.error.input.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.next();
        courses.insertCourse(id, topic.code(), title, hours, command.mode(), "STANDARD", organiser, clock.instant());
        CourseView course = courses.course(id, catalogue.labels()).orElseThrow();
        audit.record("training.course.created", "TrainingCourse", id, null, null, course);
        return course;
    }

    @Transactional
    public SessionView planSession(UUID courseId, PlanSession command) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        CourseView course = course(courseId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = today();
        if (command.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "training.error.input.required"));
        } else if (command.heldOn().isBefore(today.minusYears(SESSION_YEARS)) || command.heldOn().isAfter(today.plusYears(SESSION_YEARS))) {
            problems.add(FieldProblem.of("heldOn", "training.error.session.dayRange", SESSION_YEARS));
        }
        String place = text(problems, "place", command.place(), TextRules.NAME, false);
        String link = text(problems, "link", command.link(), TextRules.NAME, false);
        if (link != null && !LINK.matcher(link).matches()) {
            problems.add(FieldProblem.of("link", "training.error.session.link"));
        }
        if (place == null && link == null && !problems.stream().anyMatch(p -> p.field().equals("link") || p.field().equals("place"))) {
            problems.add(FieldProblem.of("place", "training.error.session.placeOrLink"));
        }
        String trainer = text(problems, "trainer", command.trainer(), TextRules.NAME, true);
        if (command.capacity() == null) {
            problems.add(FieldProblem.of("capacity", "training.error.input.required"));
        } else if (command.capacity() < 1 || command.capacity() > MAX_CAPACITY) {
            problems.add(FieldProblem.of("capacity", "training.error.session.capacity", MAX_CAPACITY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SessionView session = new SessionView(Ids.next(), course.id(), command.heldOn(), place, link, trainer, command.capacity(), 0);
        courses.insertSession(session);
        audit.record("training.session.planned", "TrainingSession", session.id(), null, null, session);
        return session;
    }

    public SessionView session(UUID id) {
        CurrentActor.get();
        return courses.session(id).orElseThrow(() -> new TrainingRecordNotFoundException("session", id));
    }

    /** The attendance sheet: the enrolments the actor may see for whom the session counts, and who was present. */
    public SessionSheet sheet(UUID sessionId) {
        Actor actor = CurrentActor.get();
        SessionView session = session(sessionId);
        CourseView course = course(session.courseId());
        List<EnrolmentView> counting = enrolments.ofCourse(course.id(), policy.visible(actor)).stream().filter(e -> e.counts(session.heldOn())).toList();
        return new SessionSheet(course, session, counting, enrolments.present(sessionId), !session.heldOn().isAfter(today()));
    }

    /** A course's enrolments the actor may see. */
    public List<EnrolmentView> enrolments(UUID courseId) {
        Actor actor = CurrentActor.get();
        return enrolments.ofCourse(course(courseId).id(), policy.visible(actor));
    }

    public EnrolmentView enrolment(UUID id) {
        EnrolmentView enrolment = enrolments.find(id).orElseThrow(() -> new TrainingRecordNotFoundException("enrolment", id));
        if (!policy.allowed(CurrentActor.get(), TrainingAction.READ_UNIT, enrolment.unitId())) {
            throw new TrainingRecordNotFoundException("enrolment", id);
        }
        return enrolment;
    }

    @Transactional
    public EnrolmentResult enrol(UUID sessionId, Enrol command) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        SessionView session = session(sessionId);
        CourseView course = course(session.courseId());
        LocalDate enrolledOn = command.enrolledOn() == null ? today() : command.enrolledOn();
        if (enrolledOn.isAfter(today())) {
            throw InvalidInputException.of("enrolledOn", "training.error.enrolment.future");
        }
        boolean named = command.personIds() != null && !command.personIds().isEmpty();
        return enroller.enrol(course, session, whom(command, named), enrolledOn, named);
    }

    private List<StaffSkill> whom(Enrol command, boolean named) {
        if (command.unitId() != null) {
            List<StaffSkill> register = CurrentActor.runAs(Actor.system(), () -> staff.currentStaff(command.unitId()));
            if (!named) {
                return register;
            }
            Map<UUID, StaffSkill> byPerson = new HashMap<>();
            register.forEach(s -> byPerson.put(s.personId(), s));
            List<FieldProblem> problems = new ArrayList<>();
            List<StaffSkill> chosen = new ArrayList<>();
            for (int i = 0; i < command.personIds().size(); i++) {
                StaffSkill person = command.personIds().get(i) == null ? null : byPerson.get(command.personIds().get(i));
                if (person == null) {
                    problems.add(FieldProblem.of("personIds[" + i + "]", "training.error.enrolment.notInRegister"));
                } else {
                    chosen.add(person);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return chosen;
        }
        if (command.workingGroupId() != null && !named) {
            Set<UUID> units = CurrentActor.runAs(Actor.system(), () -> directory.unitsSupervisedBy(command.workingGroupId()));
            List<StaffSkill> people = new ArrayList<>();
            CurrentActor.runAs(Actor.system(), () -> units.stream().sorted()
                    .forEach(unit -> staff.currentStaff(unit).stream()
                            .filter(s -> command.skill() == null || s.testedSkill() == command.skill()).forEach(people::add)));
            return people;
        }
        throw InvalidInputException.of("unitId", "training.error.enrolment.whom");
    }

    @Transactional
    public SessionSheet recordAttendance(UUID sessionId, @Nullable List<AttendanceEntry> entries) {
        return recordSheet(sessionId, entries, List.of(), List.of());
    }

    @Transactional
    public EnrolmentView recordScores(UUID enrolmentId, @Nullable Integer preScore, @Nullable Integer postScore, long version) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        EnrolmentView enrolment = enrolment(enrolmentId);
        CourseView course = course(enrolment.courseId());
        List<FieldProblem> problems = new ArrayList<>();
        score(problems, "preScore", preScore);
        score(problems, "postScore", postScore);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!Objects.equals(preScore, enrolment.preScore()) || !Objects.equals(postScore, enrolment.postScore()) || version != enrolment.version()) {
            if (!enrolments.score(enrolmentId, preScore, postScore, version)) {
                throw ConflictException.staleVersion();
            }
            audit.record("training.enrolment.scored", "TrainingEnrolment", enrolmentId, enrolment.unitId(), enrolment, enrolments.find(enrolmentId).orElseThrow());
        }
        completions.settle(course, topic(course.topic()), List.of(enrolmentId), today());
        return enrolments.find(enrolmentId).orElseThrow();
    }

    /**
     * The attendance sheet of a session with the scores typed on it, in one transaction: presence for each line, then
     * the scores, then completion of every enrolment touched. {@code typed}: problems the form found reading what was
     * typed (a score that is no number), refused with the others once the actor may record.
     */
    @Transactional
    public SessionSheet recordSheet(UUID sessionId, @Nullable List<AttendanceEntry> entries, @Nullable List<ScoreEntry> scores, List<FieldProblem> typed) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        SessionView session = session(sessionId);
        CourseView course = course(session.courseId());
        List<AttendanceEntry> lines = entries == null ? List.of() : entries;
        List<ScoreEntry> scoreLines = scores == null ? List.of() : scores;
        List<FieldProblem> problems = new ArrayList<>(typed);
        if (lines.size() > MAX_SHEET || scoreLines.size() > MAX_SHEET) {
            throw InvalidInputException.of("attendance", "training.error.attendance.tooMany", MAX_SHEET);
        }
        Set<UUID> ids = new HashSet<>();
        lines.forEach(line -> {
            if (line != null && line.enrolmentId() != null) {
                ids.add(line.enrolmentId());
            }
        });
        scoreLines.forEach(line -> {
            if (line != null && line.enrolmentId() != null) {
                ids.add(line.enrolmentId());
            }
        });
        Map<UUID, EnrolmentView> known = new HashMap<>();
        enrolments.all(ids).stream().filter(e -> e.courseId().equals(course.id())).forEach(e -> known.put(e.id(), e));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            AttendanceEntry line = lines.get(i);
            if (line == null || line.enrolmentId() == null || !known.containsKey(line.enrolmentId())) {
                problems.add(FieldProblem.of("attendance[" + i + "].enrolmentId", "training.error.attendance.unknownEnrolment"));
            } else if (!seen.add(line.enrolmentId())) {
                problems.add(FieldProblem.of("attendance[" + i + "].enrolmentId", "training.error.attendance.twice"));
            }
        }
        for (int i = 0; i < scoreLines.size(); i++) {
            ScoreEntry line = scoreLines.get(i);
            if (line == null || line.enrolmentId() == null || !known.containsKey(line.enrolmentId())) {
                problems.add(FieldProblem.of("scores[" + i + "].enrolmentId", "training.error.attendance.unknownEnrolment"));
                continue;
            }
            score(problems, "scores[" + i + "].preScore", line.preScore());
            score(problems, "scores[" + i + "].postScore", line.postScore());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!lines.isEmpty() && session.heldOn().isAfter(today())) {
            throw new RuleViolationException("training.error.attendance.notHeld");
        }
        for (AttendanceEntry line : lines) {
            if (!known.get(line.enrolmentId()).counts(session.heldOn())) {
                throw new RuleViolationException("training.error.attendance.beforeEnrolment", known.get(line.enrolmentId()).fullName());
            }
        }
        Set<UUID> before = enrolments.present(sessionId);
        boolean changed = false;
        for (AttendanceEntry line : lines) {
            changed |= enrolments.attend(line.enrolmentId(), sessionId, line.present());
        }
        if (changed) {
            audit.record("training.attendance.recorded", "TrainingSession", sessionId, null, before, enrolments.present(sessionId));
        }
        for (ScoreEntry line : scoreLines) {
            EnrolmentView current = known.get(line.enrolmentId());
            if (Objects.equals(line.preScore(), current.preScore()) && Objects.equals(line.postScore(), current.postScore())) {
                continue;
            }
            long version = line.version() == null ? current.version() : line.version();
            if (!enrolments.score(current.id(), line.preScore(), line.postScore(), version)) {
                throw ConflictException.staleVersion();
            }
            audit.record("training.enrolment.scored", "TrainingEnrolment", current.id(), current.unitId(), current, enrolments.find(current.id()).orElseThrow());
        }
        completions.settle(course, topic(course.topic()), known.keySet(), today());
        return sheet(sessionId);
    }

    /** The certificate of a completed enrolment as PDF, for those who may see the enrolment. */
    public RenderedDocument certificatePdf(UUID enrolmentId) {
        EnrolmentView enrolment = enrolment(enrolmentId);
        if (!enrolment.completed()) {
            throw new NotFoundException("training.error.certificate.none");
        }
        CourseView course = course(enrolment.courseId());
        Topic topic = topic(course.topic());
        return documents.render(CertificateDocument.of(course, enrolment, topic.labelVi()), DocumentFormat.PDF, "chung-nhan-" + enrolment.certificateCode());
    }

    /**
     * The public check of a certificate, without log-in: name, course, issue date and expiry. A code that is unknown,
     * malformed or whose completion was withdrawn answers the same "not found".
     */
    public CertificateCheck verify(@Nullable String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new NotFoundException("training.error.certificate.unknown");
        }
        EnrolmentStore.Certificate certificate = enrolments.certificate(normalised)
                .orElseThrow(() -> new NotFoundException("training.error.certificate.unknown"));
        LocalDate today = today();
        return new CertificateCheck(certificate.code(), certificate.fullName(), certificate.courseTitle(), topic(certificate.topic()).label(Catalogue.language()),
                certificate.issuedOn(), certificate.expiresOn(), certificate.expiresOn() != null && certificate.expiresOn().isBefore(today));
    }

    private Topic topic(String code) {
        return catalogue.require("topic", code);
    }



    private @Nullable Topic topicOf(List<FieldProblem> problems, @Nullable String code) {
        if (code == null || code.isBlank()) {
            problems.add(FieldProblem.of("topic", "training.error.input.required"));
            return null;
        }
        Topic topic = catalogue.find(code).orElse(null);
        if (topic == null) {
            problems.add(FieldProblem.of("topic", "training.error.topic.unknown"));
        }
        return topic;
    }

    private static void score(List<FieldProblem> problems, String field, @Nullable Integer value) {
        if (value != null && (value < 0 || value > 100)) {
            problems.add(FieldProblem.of(field, "training.error.scores.range"));
        }
    }

    private static @Nullable String text(List<FieldProblem> problems, String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "training.error.input.required"));
            }
            return null;
        }
        TextRules.check(problems, field, value.strip(), max, TextRules.Lines.SINGLE);
        return value.strip();
    }
}
