package org.wardops.training.internal;

import org.springframework.stereotype.Component;
import org.wardops.audit.AuditTrail;
import org.wardops.capacity.StaffSkill;
import org.wardops.shared.Ids;
import org.wardops.shared.RuleViolationException;
import org.wardops.training.CourseView;
import org.wardops.training.EnrolmentResult;
import org.wardops.training.SessionView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Enrols people of the staff register into a session of a course, all or none: a person already enrolled in the
 * course is refused when named, left out when enrolled by unit or rule; the session's free places must suffice.
 * Runs in the caller's transaction, after the caller checked who may.
 */
@Component
public class Enroller {

    private final EnrolmentStore store;
    private final AuditTrail audit;

    Enroller(EnrolmentStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public EnrolmentResult enrol(CourseView course, SessionView session, List<StaffSkill> people, LocalDate enrolledOn, boolean named) {
        if (enrolledOn.isAfter(session.heldOn())) {
            throw new RuleViolationException("training.error.enrolment.sessionPast");
        }
        Map<UUID, StaffSkill> unique = new LinkedHashMap<>();
        people.forEach(person -> unique.putIfAbsent(person.personId(), person));
        Set<UUID> already = store.enrolled(course.id(), unique.keySet());
        if (named && !already.isEmpty()) {
            throw new RuleViolationException("training.error.enrolment.twice", unique.get(already.iterator().next()).fullName());
        }
        List<StaffSkill> enrolling = unique.values().stream().filter(person -> !already.contains(person.personId())).toList();
        if (enrolling.isEmpty()) {
            throw new RuleViolationException("training.error.enrolment.nobody");
        }
        if (enrolling.size() > session.freePlaces()) {
            throw new RuleViolationException("training.error.enrolment.full", session.freePlaces(), enrolling.size());
        }
        List<UUID> ids = new ArrayList<>();
        for (StaffSkill person : enrolling) {
            UUID id = Ids.next();
            store.insert(id, course.id(), session.id(), person.personId(), person.unitId(), person.fullName(), enrolledOn);
            ids.add(id);
        }
        var created = store.all(ids);
        created.forEach(enrolment -> audit.record("training.enrolment.created", "TrainingEnrolment", enrolment.id(), enrolment.unitId(), null, enrolment));
        return new EnrolmentResult(created, already.size());
    }
}
