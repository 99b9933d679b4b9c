package org.wardops.practices.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.practices.PracticeState;
import org.wardops.practices.PracticeStateException;
import org.wardops.practices.PracticeView;
import org.wardops.shared.ConflictException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The lifecycle of a practice and of an adoption: verbs that check the current state. */
public final class Practice {

    private Practice() {
    }

    /** The practice endorsed: only a published one, not yet decided. */
    public static PracticeView endorse(PracticeView practice, String reason, UUID decidedBy) {
        requireState(practice, PracticeState.PUBLISHED);
        return decided(practice, PracticeState.ENDORSED, reason, decidedBy);
    }

    /** The practice returned to its unit with a reason: only a published one. */
    public static PracticeView giveBack(PracticeView practice, String reason, UUID decidedBy) {
        requireState(practice, PracticeState.PUBLISHED);
        return decided(practice, PracticeState.RETURNED, reason, decidedBy);
    }

    /** Others adopt only an endorsed practice, and never their own. */
    public static void requireAdoptable(PracticeView practice, UUID adoptingUnit) {
        if (practice.unitId().equals(adoptingUnit)) {
            throw new ConflictException("practices.error.adoption.ownPractice");
        }
        requireState(practice, PracticeState.ENDORSED);
        if (practice.adoptions().stream().anyMatch(adoption -> adoption.unitId().equals(adoptingUnit))) {
            throw new ConflictException("practices.error.adoption.alreadyAdopted");
        }
    }

    /** A result is reported once, and not before the planned start of the adoption. */
    public static PracticeView.AdoptionView reportResult(PracticeView.AdoptionView adoption, BigDecimal value, String text, LocalDate today) {
        if (adoption.reported()) {
            throw new ConflictException("practices.error.adoption.alreadyReported");
        }
        if (today.isBefore(adoption.plannedStart())) {
            throw new PracticeStateException("practices.error.adoption.notStarted", today, adoption.plannedStart());
        }
        return new PracticeView.AdoptionView(adoption.id(), adoption.practiceId(), adoption.unitId(), adoption.plannedStart(), value, text, today);
    }

    private static void requireState(PracticeView practice, PracticeState required) {
        if (practice.state() != required) {
            throw new PracticeStateException("practices.error.practice.wrongState", practice.state(), required);
        }
    }

    private static PracticeView decided(PracticeView practice, PracticeState state, String reason, @Nullable UUID decidedBy) {
        return new PracticeView(practice.id(), practice.unitId(), practice.title(), practice.topic(), practice.problem(), practice.actions(),
                practice.results(), practice.indicatorCode(), practice.baseline(), practice.replication(), practice.cost(), practice.contact(),
                state, reason, decidedBy, practice.publishedAt(), practice.adoptions(), practice.version());
    }
}
