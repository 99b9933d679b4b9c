package org.wardops.capacity;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.capacity.internal.CapacityPolicy;
import org.wardops.capacity.internal.CapacityPolicy.Action;
import org.wardops.capacity.internal.Checks;
import org.wardops.capacity.internal.ReadinessRecorder;
import org.wardops.capacity.internal.StaffFigures;
import org.wardops.capacity.internal.StaffStore;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonNotFoundException;
import org.wardops.directory.PersonView;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The staff register of each unit: who holds which posts (main and concurrent, established or contract), their IT
 * skill (declared and tested) and certificates. People come from the directory; a person who leaves gets a leaving
 * date and keeps their entry. Every change is audited and rescores the unit in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class StaffManagement {

    public static final int MAX_POSTS = 10;
    public static final int MAX_CERTIFICATES = 20;
    public static final int MAX_ESTABLISHED_POSTS = 500;

    private final StaffStore store;
    private final CapacityPolicy policy;
    private final PeopleManagement people;
    private final ReadinessRecorder readiness;
    private final AuditTrail audit;
    private final Clock clock;

    StaffManagement(StaffStore store, CapacityPolicy policy, PeopleManagement people, ReadinessRecorder readiness, AuditTrail audit, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.people = people;
        this.readiness = readiness;
        this.audit = audit;
        this.clock = clock;
    }

    public List<PositionView> positions() {
        CurrentActor.get();
        String language = LocaleContextHolder.getLocale().getLanguage();
        return store.positions().stream().map(p -> new PositionView(p.code(),
                switch (language) {
                    case "en" -> p.labelEn();
                    case "de" -> p.labelDe();
                    default -> p.labelVi();
                }, p.digitalOfficer())).toList();
    }

    public UnitStaff unitStaff(UUID unitId) {
        policy.require(CurrentActor.get(), Action.READ, unitId);
        List<StaffView> staff = store.ofUnit(unitId);
        return new UnitStaff(StaffFigures.summary(unitId, store.establishedPosts(unitId), staff, readiness.digitalOfficerCodes()), staff);
    }

    /** The people currently in a unit's register with their skill levels: what training enrols and counts. */
    public List<StaffSkill> currentStaff(UUID unitId) {
        policy.require(CurrentActor.get(), Action.READ, unitId);
        Set<String> dt = readiness.digitalOfficerCodes();
        return store.ofUnit(unitId).stream().filter(StaffView::current)
                .map(s -> new StaffSkill(s.personId(), s.fullName(), s.unitId(), s.selfAssessedSkill(), s.testedSkill(), s.testedOn(),
                        StaffFigures.holdsDt(s, dt)))
                .toList();
    }

    /** The unit's directory people not in its register yet: whom a new entry may be for (those who may edit the unit). */
    public List<PersonView> unregisteredPeople(UUID unitId) {
        policy.require(CurrentActor.get(), Action.EDIT, unitId);
        Set<UUID> registered = new HashSet<>();
        store.ofUnit(unitId).forEach(s -> registered.add(s.personId()));
        return people.find(unitId, null, org.wardops.shared.PageRequest.of(0, 200)).items().stream()
                .filter(p -> !registered.contains(p.id())).toList();
    }

    public StaffView staff(UUID id) {
        StaffView staff = store.find(id).orElseThrow(() -> new CapacityRecordNotFoundException("staff", id));
        if (!policy.allowed(CurrentActor.get(), Action.READ, staff.unitId())) {
            throw new CapacityRecordNotFoundException("staff", id);
        }
        return staff;
    }

    public boolean mayEdit(UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowed(actor, Action.EDIT, unitId)).orElse(false);
    }

    @Transactional
    public StaffView register(UUID unitId, SaveStaff command) {
        return registerAll(unitId, List.of(command)).getFirst();
    }

    /** Registers several people of a unit at once (one rescoring); all or none. */
    @Transactional
    public List<StaffView> registerAll(UUID unitId, List<SaveStaff> commands) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.EDIT, unitId);
        List<StaffView> created = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Set<String> known = positionCodes();
        for (SaveStaff command : commands) {
            List<FieldProblem> problems = new ArrayList<>();
            PersonView person = null;
            if (command.personId() == null) {
                problems.add(FieldProblem.of("personId", "capacity.error.input.required"));
            } else {
                try {
                    person = people.person(command.personId());
                    if (!person.unitId().equals(unitId)) {
                        problems.add(FieldProblem.of("personId", "capacity.error.staff.personOfOtherUnit"));
                    }
                } catch (PersonNotFoundException e) {
                    problems.add(FieldProblem.of("personId", "capacity.error.staff.personUnknown"));
                }
            }
            StaffView checked = check(command, problems, known, Ids.next(), unitId, person == null ? new UUID(0, 0) : person.id(),
                    person == null ? "" : person.fullName(), 0);
            if (!seen.add(checked.personId()) || store.registered(unitId, checked.personId())) {
                throw new RuleViolationException("capacity.error.staff.alreadyRegistered", checked.fullName());
            }
            store.insert(checked, clock.instant());
            audit.record("capacity.staff.registered", "Staff", checked.id(), unitId, null, checked);
            created.add(checked);
        }
        readiness.recompute(unitId);
        return created;
    }

    @Transactional
    public StaffView change(UUID id, long version, SaveStaff command) {
        Actor actor = CurrentActor.get();
        StaffView current = staff(id);
        policy.require(actor, Action.EDIT, current.unitId());
        if (command.personId() != null && !command.personId().equals(current.personId())) {
            throw InvalidInputException.of("personId", "capacity.error.staff.personFixed");
        }
        StaffView checked = check(command, new ArrayList<>(), positionCodes(), id, current.unitId(), current.personId(), current.fullName(), version);
        if (current.version() != version || !store.update(checked, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        StaffView stored = store.find(id).orElseThrow();
        audit.record(current.current() && !stored.current() ? "capacity.staff.left" : "capacity.staff.changed", "Staff", id, current.unitId(), current, stored);
        readiness.recompute(current.unitId());
        return stored;
    }

    @Transactional
    public StaffSummary setEstablishedPosts(UUID unitId, @Nullable Integer posts) {
        policy.require(CurrentActor.get(), Action.EDIT, unitId);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.number(problems, "establishedPosts", posts, 0, MAX_ESTABLISHED_POSTS, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int before = store.establishedPosts(unitId);
        store.setEstablishedPosts(unitId, posts);
        audit.record("capacity.establishment.set", "Establishment", unitId, unitId, before, posts);
        readiness.recompute(unitId);
        return unitStaff(unitId).summary();
    }

    private Set<String> positionCodes() {
        Set<String> known = new HashSet<>();
        store.positions().forEach(p -> known.add(p.code()));
        return known;
    }

    private StaffView check(SaveStaff command, List<FieldProblem> problems, Set<String> known, UUID id, UUID unitId, UUID personId, String fullName, long version) {
        LocalDate today = readiness.today();
        List<PostView> posts = command.posts() == null ? List.of() : command.posts();
        if (posts.isEmpty()) {
            problems.add(FieldProblem.of("posts", "capacity.error.staff.postRequired"));
        }
        Checks.limit(problems, "posts", posts, MAX_POSTS);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < posts.size(); i++) {
            PostView post = posts.get(i);
            if (post == null || post.positionCode() == null || !known.contains(post.positionCode())) {
                problems.add(FieldProblem.of("posts[" + i + "].positionCode", "capacity.error.staff.positionUnknown"));
            } else if (!seen.add(post.positionCode())) {
                problems.add(FieldProblem.of("posts[" + i + "].positionCode", "capacity.error.staff.positionTwice"));
            }
            if (post != null && post.employment() == null) {
                problems.add(FieldProblem.of("posts[" + i + "].employment", "capacity.error.input.required"));
            }
        }
        if (!posts.isEmpty() && posts.stream().filter(p -> p != null && p.main()).count() != 1) {
            problems.add(FieldProblem.of("posts", "capacity.error.staff.oneMainPost"));
        }
        ItSkill self = command.selfAssessedSkill() == null ? ItSkill.NONE : command.selfAssessedSkill();
        ItSkill tested = command.testedSkill() == null ? ItSkill.NONE : command.testedSkill();
        if (tested != ItSkill.NONE && command.testedOn() == null) {
            problems.add(FieldProblem.of("testedOn", "capacity.error.staff.testDateRequired"));
        }
        Checks.notAfter(problems, "testedOn", command.testedOn(), today);
        Checks.notAfter(problems, "leftOn", command.leftOn(), today);
        List<CertificateView> certificates = new ArrayList<>();
        List<CertificateView> given = command.certificates() == null ? List.of() : command.certificates();
        Checks.limit(problems, "certificates", given, MAX_CERTIFICATES);
        for (int i = 0; i < given.size(); i++) {
            CertificateView c = given.get(i);
            String field = "certificates[" + i + "]";
            if (c == null) {
                problems.add(FieldProblem.of(field, "capacity.error.input.required"));
                continue;
            }
            String name = Checks.text(problems, field + ".name", c.name(), TextRules.NAME, true);
            String issuer = Checks.text(problems, field + ".issuer", c.issuer(), TextRules.NAME, true);
            if (c.issuedOn() == null) {
                problems.add(FieldProblem.of(field + ".issuedOn", "capacity.error.input.required"));
            }
            Checks.notAfter(problems, field + ".issuedOn", c.issuedOn(), today);
            if (c.issuedOn() != null && c.expiresOn() != null && c.expiresOn().isBefore(c.issuedOn())) {
                problems.add(FieldProblem.of(field + ".expiresOn", "capacity.error.staff.expiryBeforeIssue"));
            }
            certificates.add(new CertificateView(name, issuer, c.issuedOn(), c.expiresOn()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new StaffView(id, unitId, personId, fullName, posts, self, tested, command.testedOn(), certificates, command.leftOn(), version);
    }
}
