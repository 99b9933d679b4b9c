package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.difficulties.ProposalAction;
import org.wardops.difficulties.ProposalState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A proposal to the city leadership: drafted and submitted by its working group (or the city office when
 * {@code workingGroupId} is null), decided by the city leadership, then implemented and done. Each verb checks the
 * current state and throws {@link ProposalStateException} naming the current and the required state.
 */
public record Proposal(UUID id, String title, String problem, String mechanism, String decidingBody, String requestedDecision,
                       @Nullable LocalDate requestedBy, ProposalState state, @Nullable String decisionText, @Nullable LocalDate decisionDate,
                       @Nullable UUID workingGroupId, Instant createdAt, long version) {

    public Proposal submit() {
        require(ProposalState.DRAFT);
        return with(ProposalState.SUBMITTED, decisionText, decisionDate);
    }

    public Proposal decide(String text, LocalDate date) {
        require(ProposalState.SUBMITTED);
        return with(ProposalState.DECIDED, text, date);
    }

    public Proposal startImplementation() {
        require(ProposalState.DECIDED);
        return with(ProposalState.BEING_IMPLEMENTED, decisionText, decisionDate);
    }

    public Proposal complete() {
        require(ProposalState.BEING_IMPLEMENTED);
        return with(ProposalState.DONE, decisionText, decisionDate);
    }

    /** The actions the current state allows, whoever acts: the policy narrows them to the actor. */
    public Set<ProposalAction> actionsOfState() {
        return state.next().map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(ProposalAction.class));
    }

    private void require(ProposalState required) {
        if (state != required) {
            throw new ProposalStateException(state, required);
        }
    }

    private Proposal with(ProposalState newState, @Nullable String newDecisionText, @Nullable LocalDate newDecisionDate) {
        return new Proposal(id, title, problem, mechanism, decidingBody, requestedDecision, requestedBy, newState, newDecisionText,
                newDecisionDate, workingGroupId, createdAt, version);
    }
}
