package org.wardops.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.internal.AffiliationCache;
import org.wardops.directory.internal.DirectoryPolicy;
import org.wardops.directory.internal.PersonStore;
import org.wardops.directory.internal.UnitStore;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * People and their positions. Everyone logged in may read the directory of people; a person's record is
 * managed by system administrators and by the leaders and officers of that person's own unit ({@code DirectoryPolicy}).
 */
@Service
@Transactional(readOnly = true)
public class PeopleManagement {

    static final int NAME_LIMIT = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .-]{6,40}$");

    private final PersonStore people;
    private final UnitStore units;
    private final AuditTrail audit;
    private final Clock clock;
    private final AffiliationCache affiliations;
    private final DirectoryPolicy policy;

    PeopleManagement(PersonStore people, UnitStore units, AuditTrail audit, Clock clock, AffiliationCache affiliations,
                     DirectoryPolicy policy) {
        this.affiliations = affiliations;
        this.policy = policy;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<PersonView> find(@Nullable UUID unitId, @Nullable String text, PageRequest page) {
        CurrentActor.get();
        TextRules.require("q", text, DirectoryManagement.SEARCH_LIMIT, TextRules.Lines.SINGLE);
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
        if (unitId != null) {
            policy.require(actor, DirectoryAction.ADD_PERSON, unitId);
        }
        validate(command, unitId);
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
        policy.require(actor, DirectoryAction.CHANGE_PERSON, current.unitId());
        UUID unitId = command.unitId() != null ? command.unitId() : current.unitId();
        policy.require(actor, DirectoryAction.CHANGE_PERSON, unitId);
        validate(command, unitId);
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        PersonView changed = new PersonView(id, command.fullName().strip(), command.title().strip(), unitId,
                blankToNull(command.email()), blankToNull(command.phone()), version);
        if (!people.update(changed, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        PersonView stored = people.find(id).orElseThrow();
        affiliations.invalidateAfterCommit();
        audit.record("directory.person.changed", "Person", id, unitId, current, stored);
        return stored;
    }

    /** The directory actions the current actor may take on the people of the unit (pages offer forms by it). */
    public Set<DirectoryAction> actions(UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowedOn(actor, unitId)).orElse(Set.of());
    }

    /** Whether the current actor may add people to the unit. */
    public boolean mayAdd(UUID unitId) {
        return actions(unitId).contains(DirectoryAction.ADD_PERSON);
    }

    /** Whether the current actor may change the people of the unit. */
    public boolean mayChange(UUID unitId) {
        return actions(unitId).contains(DirectoryAction.CHANGE_PERSON);
    }

    private void validate(SavePerson command, @Nullable UUID unitId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.fullName() == null || command.fullName().isBlank()) {
            problems.add(FieldProblem.of("fullName", "directory.error.person.nameRequired"));
        } else {
            TextRules.check(problems, "fullName", command.fullName().strip(), NAME_LIMIT, TextRules.Lines.SINGLE);
        }
        if (command.title() == null || command.title().isBlank()) {
            problems.add(FieldProblem.of("title", "directory.error.person.titleRequired"));
        } else {
            TextRules.check(problems, "title", command.title().strip(), NAME_LIMIT, TextRules.Lines.SINGLE);
        }
        if (unitId == null) {
            problems.add(FieldProblem.of("unitId", "directory.error.person.unitRequired"));
        } else if (units.find(unitId).isEmpty()) {
            problems.add(FieldProblem.of("unitId", "directory.error.unit.notFound", unitId));
        }
        String email = blankToNull(command.email());
        TextRules.check(problems, "email", email, NAME_LIMIT, TextRules.Lines.SINGLE);
        if (email != null && problems.stream().noneMatch(problem -> problem.field().equals("email"))
                && !EMAIL.matcher(email).matches()) {
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

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
