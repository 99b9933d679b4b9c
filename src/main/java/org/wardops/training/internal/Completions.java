package org.wardops.training.internal;

import org.springframework.stereotype.Component;
import org.wardops.audit.AuditTrail;
import org.wardops.training.CourseView;
import org.wardops.training.EnrolmentView;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Settles completion in the transaction of the attendance or score that changes it: an enrolment that meets its
 * course's rule is completed with a certificate (a fresh verification code, the expiry from the topic); one that no
 * longer meets it loses completion and certificate. The units whose completions changed get their figures published.
 */
@Component
public class Completions {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EnrolmentStore store;
    private final CoverageFigures coverage;
    private final AuditTrail audit;

    Completions(EnrolmentStore store, CoverageFigures coverage, AuditTrail audit) {
        this.store = store;
        this.coverage = coverage;
        this.audit = audit;
    }

    public void settle(CourseView course, Topic topic, Collection<UUID> enrolmentIds, LocalDate today) {
        Completion rule = new Completion(course.ruleCode(), course.minAttendancePercent(), course.minPostScore());
        Set<UUID> changedUnits = new HashSet<>();
        for (EnrolmentView enrolment : store.all(enrolmentIds)) {
            boolean met = rule.met(enrolment.attended(), enrolment.countingSessions(), enrolment.postScore());
            if (met && !enrolment.completed()) {
                store.complete(enrolment.id(), today, code(), topic.validMonths() == null ? null : today.plusMonths(topic.validMonths()));
                audit.record("training.enrolment.completed", "TrainingEnrolment", enrolment.id(), enrolment.unitId(), enrolment,
                        store.find(enrolment.id()).orElseThrow());
                changedUnits.add(enrolment.unitId());
            } else if (!met && enrolment.completed()) {
                store.withdrawCompletion(enrolment.id());
                audit.record("training.enrolment.completionWithdrawn", "TrainingEnrolment", enrolment.id(), enrolment.unitId(), enrolment,
                        store.find(enrolment.id()).orElseThrow());
                changedUnits.add(enrolment.unitId());
            }
        }
        coverage.publishAll(changedUnits, today);
    }

    /** A verification code such as {@code K7QM-2XPA-9HDR}: 60 random bits, no letters easily confused. */
    static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
