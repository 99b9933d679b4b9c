package org.wardops.supervision;

/** What someone may do in supervision; pages and the API's {@code actions} field offer the allowed ones. */
public enum SupervisionAction {
    /** Read a session, its minutes and its conclusion notice. */
    READ_SESSION,
    /** Record a session the working group held with its units. */
    HOLD_SESSION,
    /** Change the recommendations and feedback of a session. */
    CHANGE_FEEDBACK,
    /** Open a working group's board (read-only for those outside the group). */
    VIEW_BOARD,
    /** Set up a supervision programme. */
    CREATE_PROGRAMME
}
