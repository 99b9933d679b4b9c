package org.wardops.difficulties;

/** A proposal to the city leadership from drafting to the decided measure being done. */
public enum ProposalState {
    DRAFT,
    SUBMITTED,
    DECIDED,
    BEING_IMPLEMENTED,
    DONE
}
