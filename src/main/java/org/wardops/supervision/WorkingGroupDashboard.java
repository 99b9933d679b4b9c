package org.wardops.supervision;

import org.wardops.directory.UnitView;
import org.wardops.reporting.Completeness;
import org.wardops.reporting.ReportRequestView;

import java.util.List;

/** A working group's overview: its units, its open requests with completeness, its sessions. */
public record WorkingGroupDashboard(UnitView group, List<UnitView> units, List<RequestProgress> requests, List<SessionSummary> upcoming,
                                    List<SessionSummary> held) {

    /** A request of the group with its completeness counts. */
    public record RequestProgress(ReportRequestView request, Completeness completeness) {
    }
}
