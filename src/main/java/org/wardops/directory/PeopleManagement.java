package org.wardops.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.internal.PersonStore;
import org.wardops.directory.internal.UnitStore;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * People and their positions. Everyone logged in may read the directory of people; a person's record is
 * managed by system administrators and by the leaders and officers of that person's own unit.
 */
@Service
@Transactional(readOnly = true)
public class PeopleManagement {

    static final int NAME_LIMIT = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .-]{6,40}$");
    private static final Role[] MANAGERS_OF_OWN_UNIT = {Role.UNIT_LEADER, Role.UNIT_OFFICER, Role.WORKING_GROUP_LEADER, Role.DEPARTMENT_OFFICER};

    private final PersonStore people;
    private final UnitStore units;
    private final AuditTrail audit;
    private final Clock clock;

    PeopleManagement(PersonStore people, UnitStore units, AuditTrail audit, Clock clock) {
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<PersonView> find(@Nullable UUID unitId, @Nullable String text, PageRequest page) {
        CurrentActor.get();
        return people.search(unitId, text, page);
    }

    public PersonView person(UUID id) {
        CurrentActor.get();
        return people.find(id).orElseThrow(() -> new PersonNotFoundException(id));
    }

    public List<PersonView> people(List<UUID> ids) {
        CurrentActor.get();
        return people.findAll(ids);
    }

    @Transactional
    public PersonView create(SavePerson command) {
        Actor actor = CurrentActor.get();
        UUID unitId = command.unitId() != null ? command.unitId() : actor.unitId();
        validate(command, unitId);
        requireManages(actor, unitId);
        PersonView person = new PersonView(Ids.next(), command.fullName().strip(), command.title().strip(), unitId,
                blankToNull(command.email()), blankToNull(command.phone()), 0);
        people.insert(person, clock.instant());
        audit.record("directory.person.created", "Person", person.id(), unitId, null, person);
        return person;
    }

    @Transactional
    public PersonView change(UUID id, long version, SavePerson command) {
        Actor actor = CurrentActor.get();
        PersonView current = people.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        requireManages(actor, current.unitId());
        UUID unitId = command.unitId() != null ? command.unitId() : current.unitId();
        validate(command, unitId);
        requireManages(actor, unitId);
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        PersonView changed = new PersonView(id, command.fullName().strip(), command.title().strip(), unitId,
                blankToNull(command.email()), blankToNull(command.phone()), version);
        if (!people.update(changed, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        PersonView stored = people.find(id).orElseThrow();
        audit.record("directory.person.changed", "Person", id, unitId, current, stored);
        return stored;
    }

    /** Whether the current actor may create or change people of the unit (pages use it to offer the form). */
    public boolean mayManage(UUID unitId) {
        return CurrentActor.find().map(actor -> manages(actor, unitId)).orElse(false);
    }

    private void validate(SavePerson command, @Nullable UUID unitId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.fullName() == null || command.fullName().isBlank()) {
            problems.add(FieldProblem.of("fullName", "directory.error.person.nameRequired"));
        } else if (command.fullName().strip().length() > NAME_LIMIT) {
            problems.add(FieldProblem.of("fullName", "shared.error.input.tooLong", NAME_LIMIT));
        }
        if (command.title() == null || command.title().isBlank()) {
            problems.add(FieldProblem.of("title", "directory.error.person.titleRequired"));
        } else if (command.title().strip().length() > NAME_LIMIT) {
            problems.add(FieldProblem.of("title", "shared.error.input.tooLong", NAME_LIMIT));
        }
        if (unitId == null) {
            problems.add(FieldProblem.of("unitId", "directory.error.person.unitRequired"));
        } else if (units.find(unitId).isEmpty()) {
            problems.add(FieldProblem.of("unitId", "directory.error.unit.notFound", unitId));
        }
        String email = blankToNull(command.email());
        if (email != null && (email.length() > NAME_LIMIT || !EMAIL.matcher(email).matches())) {
            problems.add(FieldProblem.of("email", "directory.error.person.emailInvalid"));
        }
        String phone = blankToNull(command.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(FieldProblem.of("phone", "directory.error.person.phoneInvalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireManages(Actor actor, UUID unitId) {
        if (!manages(actor, unitId)) {
            throw new AccessRefusedException("directory.error.person.outsideScope");
        }
    }

    private static boolean manages(Actor actor, UUID unitId) {
        return actor.hasRole(Role.SYSTEM_ADMIN) || (actor.hasAnyRole(MANAGERS_OF_OWN_UNIT) && unitId.equals(actor.unitId()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
