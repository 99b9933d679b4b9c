package org.wardops.dashboard;

/**
 * What a to-do item asks of the person. The order is the tie-break after urgency (overdue first, then the earliest
 * due date): signing before filling, answering before reading.
 */
public enum TodoKind {
    REPORT_TO_SIGN,
    DIFFICULTY_TO_SIGN,
    REPORT_RETURNED,
    REPORT_TO_FILL,
    TASK_DUE,
    DIFFICULTY_TO_CONFIRM,
    CAPACITY_OUTDATED,
    YEAR_END_REVIEW,
    DIFFICULTY_TO_ANSWER,
    DIFFICULTY_ESCALATED,
    PROPOSAL_TO_DECIDE,
    REPORT_TO_REVIEW,
    UNIT_COMPLETENESS,
    SESSION_UPCOMING,
    GROUPING_SUGGESTION,
    TASK_OWNED,
    CITY_OVERVIEW,
    ASSISTANCE_LOG,
    AUDIT_CHAIN_BROKEN,
    AUDIT_CHAIN_INTACT,
    AUDIT_RECENT_CHANGE,
    MAIL_FAILED,
    ACCOUNT_DISABLED;

    /** A standing link (the city overview, the phone page, the audit chain that is intact, recent changes): shown, never counted as work. */
    public boolean standing() {
        return this == CITY_OVERVIEW || this == ASSISTANCE_LOG || this == AUDIT_CHAIN_INTACT || this == AUDIT_RECENT_CHANGE;
    }
}
