package org.wardops.reporting;

/** Where a unit's report stands: the unit prepares it, its leader submits it, the working group returns or accepts it. */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The unit may change the answers: before the first submission and after a return. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }
}
