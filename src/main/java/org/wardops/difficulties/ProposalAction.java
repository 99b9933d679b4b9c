package org.wardops.difficulties;

/** What a person can do with a proposal; the difficulties policy decides which ones the actor may do now. */
public enum ProposalAction {
    SUBMIT,
    DECIDE,
    IMPLEMENT,
    COMPLETE
}
