package org.wardops.reporting;

/** What someone may do with a unit's report; pages and the API's {@code actions} field offer the allowed ones. */
public enum ReportAction {
    /** Read the report, its attachments and its formal document. */
    READ,
    /** Save answers of a draft or a returned report, attach files. */
    EDIT,
    /** Mark a complete draft ready for the leader's signature (the unit's officers). */
    MARK_READY,
    /** Sign and send the report to the requesting body. */
    SUBMIT,
    /** Send a submitted report back to the unit with a reason. */
    RETURN,
    /** Accept a submitted report. */
    ACCEPT,
    /** Record a report the unit sent on paper (administrators). */
    REGISTER_PAPER
}
