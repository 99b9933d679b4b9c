package org.wardops.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.reporting.internal.ReportingFigures;
import org.wardops.reporting.internal.ReportingPolicy;
import org.wardops.shared.Ids;
import org.wardops.shared.security.CurrentActor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The reports' figures published to {@code indicators} ({@code reports.due}, {@code reports.submittedOnTime},
 * {@code reports.submittedLate}, {@code reports.missing} per unit and month of the deadline): the rebuild that
 * publishes every unit-month again (administrators, the demo) and the daily refresh of the deadline that ended.
 */
@Service
public class ReportingFiguresManagement {

    private final ReportingFigures figures;
    private final ReportingPolicy policy;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    ReportingFiguresManagement(ReportingFigures figures, ReportingPolicy policy, AuditTrail audit, java.time.Clock clock) {
        this.figures = figures;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes every unit-month with reports asked again; answers the number of unit-months. */
    @Transactional
    public int republishAll() {
        policy.requireFiguresRebuild(CurrentActor.get());
        int published = figures.republishAll();
        audit.record("reporting.figures.republished", "ReportingFigures", Ids.next(), null, null, Map.of("unitMonths", published));
        return published;
    }

    /** Recomputes the unit-months of yesterday's deadline, whose unsubmitted reports are missing from today on. */
    @Transactional
    public int refreshMissing() {
        policy.requireFiguresRebuild(CurrentActor.get());
        return figures.refreshDeadline(LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).minusDays(1));
    }
}
