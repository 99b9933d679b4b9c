package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.Severity;
import org.wardops.shared.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A difficulty as stored. State changes are verbs that check the current state and answer the changed difficulty;
 * a verb called in the wrong state is refused with a message naming that state.
 */
public record Difficulty(
        UUID id,
        UUID unitId,
        String unitName,
        String title,
        String description,
        String recommendation,
        String category,
        Severity severity,
        Addressee addressee,
        String addresseeName,
        DifficultySource source,
        @Nullable String sourceRef,
        @Nullable UUID sourceId,
        boolean confidential,
        DifficultyState state,
        @Nullable String assignee,
        @Nullable LocalDate submittedOn,
        @Nullable LocalDate dueDate,
        @Nullable LocalDate answeredOn,
        UUID createdBy,
        Instant createdAt,
        long version) {

    private static final Set<DifficultyState> AWAITING = Set.of(DifficultyState.SUBMITTED, DifficultyState.IN_PROGRESS,
            DifficultyState.FORWARDED, DifficultyState.ESCALATED);

    public Difficulty edit(String newTitle, String newDescription, String newRecommendation, String newCategory, Severity newSeverity,
                           Addressee newAddressee, String newAddresseeName, DifficultySource newSource, @Nullable String newSourceRef,
                           @Nullable UUID newSourceId, boolean newConfidential) {
        require(Set.of(DifficultyState.DRAFT));
        return new Difficulty(id, unitId, unitName, newTitle, newDescription, newRecommendation, newCategory, newSeverity, newAddressee,
                newAddresseeName, newSource, newSourceRef, newSourceId, newConfidential, state, assignee, submittedOn, dueDate, answeredOn, createdBy,
                createdAt, version);
    }

    public Difficulty submit(LocalDate today, LocalDate due) {
        require(Set.of(DifficultyState.DRAFT));
        return with(DifficultyState.SUBMITTED, addressee, addresseeName, assignee, today, due, answeredOn);
    }

    public Difficulty accept(String newAssignee) {
        require(Set.of(DifficultyState.SUBMITTED, DifficultyState.FORWARDED, DifficultyState.ESCALATED));
        return with(DifficultyState.IN_PROGRESS, addressee, addresseeName, newAssignee, submittedOn, dueDate, answeredOn);
    }

    /** An answer given straight from the inbox also accepts the difficulty; the first answer's day counts for timeliness. */
    public Difficulty answer(LocalDate today, String answeredBy) {
        require(AWAITING);
        return with(DifficultyState.ANSWERED, addressee, addresseeName, assignee == null ? answeredBy : assignee, submittedOn, dueDate,
                answeredOn == null ? today : answeredOn);
    }

    public Difficulty resolve() {
        require(Set.of(DifficultyState.ANSWERED));
        return with(DifficultyState.RESOLVED, addressee, addresseeName, assignee, submittedOn, dueDate, answeredOn);
    }

    public Difficulty reopen() {
        require(Set.of(DifficultyState.ANSWERED));
        return with(DifficultyState.IN_PROGRESS, addressee, addresseeName, assignee, submittedOn, dueDate, answeredOn);
    }

    public Difficulty forward(Addressee to, String toName, LocalDate due) {
        require(Set.of(DifficultyState.IN_PROGRESS));
        if (to.equals(addressee)) {
            throw new RuleViolationException("difficulties.error.difficulty.forwardToSelf");
        }
        return with(DifficultyState.FORWARDED, to, toName, null, submittedOn, due, answeredOn);
    }

    public Difficulty escalate(String cityLeadershipName, LocalDate due) {
        require(Set.of(DifficultyState.IN_PROGRESS));
        if (addressee.type() == AddresseeType.CITY_LEADERSHIP) {
            throw new RuleViolationException("difficulties.error.difficulty.alreadyAtCityLeadership");
        }
        return with(DifficultyState.ESCALATED, new Addressee(AddresseeType.CITY_LEADERSHIP, null), cityLeadershipName, null, submittedOn,
                due, answeredOn);
    }

    public Difficulty decline() {
        require(AWAITING);
        return with(DifficultyState.DECLINED, addressee, addresseeName, assignee, submittedOn, dueDate, answeredOn);
    }

    public boolean isOverdue(LocalDate today) {
        return state.awaitsAnswer() && dueDate != null && dueDate.isBefore(today);
    }

    private void require(Set<DifficultyState> allowed) {
        if (!allowed.contains(state)) {
            throw new RuleViolationException("difficulties.error.difficulty.wrongState", state.name());
        }
    }

    private Difficulty with(DifficultyState newState, Addressee newAddressee, String newAddresseeName, @Nullable String newAssignee,
                            @Nullable LocalDate newSubmittedOn, @Nullable LocalDate newDueDate, @Nullable LocalDate newAnsweredOn) {
        return new Difficulty(id, unitId, unitName, title, description, recommendation, category, severity, newAddressee, newAddresseeName,
                source, sourceRef, sourceId, confidential, newState, newAssignee, newSubmittedOn, newDueDate, newAnsweredOn, createdBy, createdAt, version);
    }
}
