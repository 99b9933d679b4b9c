package org.wardops.difficulties;

/** Where a difficulty stands, from the unit's draft to the answer the unit accepts (or a decline). */
public enum DifficultyState {
    DRAFT,
    SUBMITTED,
    IN_PROGRESS,
    ANSWERED,
    RESOLVED,
    FORWARDED,
    ESCALATED,
    DECLINED;

    /** The addressee owes an answer: the deadline runs and the item can be overdue. */
    public boolean awaitsAnswer() {
        return this == SUBMITTED || this == IN_PROGRESS || this == FORWARDED || this == ESCALATED;
    }
}
