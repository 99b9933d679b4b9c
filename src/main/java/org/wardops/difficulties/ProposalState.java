package org.wardops.difficulties;

import java.util.Optional;

/** A proposal to the city leadership from drafting to the decided measure being done. */
public enum ProposalState {
    DRAFT,
    SUBMITTED,
    DECIDED,
    BEING_IMPLEMENTED,
    DONE;

    /** The action that moves a proposal on from this state, if any. */
    public Optional<ProposalAction> next() {
        return Optional.ofNullable(switch (this) {
            case DRAFT -> ProposalAction.SUBMIT;
            case SUBMITTED -> ProposalAction.DECIDE;
            case DECIDED -> ProposalAction.IMPLEMENT;
            case BEING_IMPLEMENTED -> ProposalAction.COMPLETE;
            case DONE -> null;
        });
    }
}
