package org.wardops.reporting;

import java.util.EnumSet;
import java.util.Set;

/** Where a unit's report stands: the unit prepares it, its leader submits it, the working group returns or accepts it. */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The states in which the unit may change the answers and submit: before the first submission and after a return. */
    public static final Set<ReportState> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    /** The states in which the requesting body decides: return or accept. */
    public static final Set<ReportState> AWAITING_DECISION = EnumSet.of(SUBMITTED);

    public boolean editableByUnit() {
        return EDITABLE.contains(this);
    }
}
