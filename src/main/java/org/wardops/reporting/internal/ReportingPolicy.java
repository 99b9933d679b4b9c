package org.wardops.reporting.internal;

import org.springframework.stereotype.Component;
import org.wardops.reporting.ReportAction;
import org.wardops.reporting.ReportState;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;
import org.wardops.shared.sql.SqlPredicate;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with a unit's report. Each action names what it needs:
 * <ul>
 *   <li>{@code READ}: the unit itself (drafts included), an administrator, and — once the report was submitted — the
 *       requesting body and those whose scope covers the unit;</li>
 *   <li>{@code EDIT}: the unit itself, its officers or its leader, while the report is a draft or returned;</li>
 *   <li>{@code MARK_READY}: the unit's officers, in the same states, once until the leader signs or the report is returned;</li>
 *   <li>{@code SUBMIT}: the unit's leader only, who signs it, in the same states;</li>
 *   <li>{@code RETURN}, {@code ACCEPT}: the requesting working group's leader or members, or a city leader (city-wide
 *       oversight), never the unit itself, while submitted;</li>
 *   <li>{@code REGISTER_PAPER}: administrators, before the first submission.</li>
 * </ul>
 * The same rules answer the SQL predicate of report lists ({@link #visible(Actor)}).
 */
@Component
public class ReportingPolicy {

    private static final Set<Role> PREPARERS = EnumSet.of(Role.UNIT_OFFICER, Role.UNIT_LEADER);
    private static final Set<Role> GROUP_REVIEWERS = EnumSet.of(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER);

    public void require(Actor actor, ReportAction action, Report report) {
        boolean decision = action == ReportAction.RETURN || action == ReportAction.ACCEPT;
        if (action != ReportAction.READ && !(decision && decides(actor, report)) && !mayRead(actor, report)) {
            require(actor, ReportAction.READ, report);
        }
        if (allowedIgnoringState(actor, report).contains(action)) {
            return;
        }
        throw switch (action) {
            case READ -> ownUnitOrCovered(actor, report)
                    ? new AccessRefusedException("reporting.error.report.draftOfAnotherUnit") : AccessRefusedException.outsideScope();
            case EDIT, MARK_READY -> ownUnit(actor, report) ? AccessRefusedException.missingRole() : AccessRefusedException.outsideScope();
            case SUBMIT -> ownUnit(actor, report)
                    ? new AccessRefusedException("reporting.error.report.onlyLeaderSubmits") : AccessRefusedException.outsideScope();
            case RETURN, ACCEPT -> new AccessRefusedException("reporting.error.report.onlyReviewersDecide");
            case REGISTER_PAPER -> AccessRefusedException.missingRole();
        };
    }

    /** Publishing every unit-month's figures again, and the daily refresh, are for administrators (and the system). */
    public void requireFiguresRebuild(Actor actor) {
        if (!actor.hasRole(Role.SYSTEM_ADMIN)) {
            throw AccessRefusedException.missingRole();
        }
    }

    /** The actions the actor may take on the report now (role, relation and the report's state). */
    public Set<ReportAction> allowed(Actor actor, Report report) {
        Set<ReportAction> allowed = allowedIgnoringState(actor, report);
        boolean editable = ReportState.EDITABLE.contains(report.state());
        if (!editable) {
            allowed.remove(ReportAction.EDIT);
            allowed.remove(ReportAction.SUBMIT);
        }
        if (!editable || report.view().readyAt() != null) {
            allowed.remove(ReportAction.MARK_READY);
        }
        if (!ReportState.AWAITING_DECISION.contains(report.state())) {
            allowed.remove(ReportAction.RETURN);
            allowed.remove(ReportAction.ACCEPT);
        }
        if (report.everSubmitted()) {
            allowed.remove(ReportAction.REGISTER_PAPER);
        }
        return allowed;
    }

    /** The relation and role part: the verbs of {@link Report} check the state and name it when it is wrong. */
    private Set<ReportAction> allowedIgnoringState(Actor actor, Report report) {
        Set<ReportAction> allowed = EnumSet.noneOf(ReportAction.class);
        if (decides(actor, report)) {
            // The requesting body decides by its relation to the request; a verb in the wrong state then names the state (409).
            allowed.add(ReportAction.RETURN);
            allowed.add(ReportAction.ACCEPT);
        }
        if (!mayRead(actor, report)) {
            return allowed;
        }
        allowed.add(ReportAction.READ);
        if (ownUnit(actor, report) && PREPARERS.stream().anyMatch(actor::hasRole)) {
            allowed.add(ReportAction.EDIT);
        }
        if (ownUnit(actor, report) && actor.hasRole(Role.UNIT_OFFICER)) {
            allowed.add(ReportAction.MARK_READY);
        }
        if (ownUnit(actor, report) && actor.hasRole(Role.UNIT_LEADER)) {
            allowed.add(ReportAction.SUBMIT);
        }
        if (actor.hasRole(Role.SYSTEM_ADMIN)) {
            allowed.add(ReportAction.REGISTER_PAPER);
        }
        return allowed;
    }

    /**
     * The reports the actor may read, for {@code reporting_report r JOIN reporting_request q ON q.id = r.request_id}:
     * the same rule as {@code READ}.
     */
    public SqlPredicate visible(Actor actor) {
        if (actor.hasRole(Role.SYSTEM_ADMIN)) {
            return SqlPredicate.all();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("(");
        if (actor.unitId() != null) {
            sql.append("r.unit_id = :visibleOwnUnit OR ");
            params.put("visibleOwnUnit", actor.unitId());
        }
        sql.append("(r.first_submitted_at IS NOT NULL AND (");
        if (actor.scope().cityWide()) {
            sql.append("1 = 1");
        } else {
            sql.append("1 = 0");
            if (!actor.scope().unitIds().isEmpty()) {
                sql.append(" OR r.unit_id IN (:visibleScope)");
                params.put("visibleScope", actor.scope().unitIds());
            }
            UUID body = requestingBodyOf(actor);
            if (body != null) {
                sql.append(" OR q.requested_by_id = :visibleBody");
                params.put("visibleBody", body);
            }
        }
        sql.append(")))");
        return new SqlPredicate(sql.toString(), params);
    }

    /** Whether the actor prepares their own unit's reports (fills drafts, corrects returned ones): its officers. */
    public boolean preparesReports(Actor actor) {
        return actor.unitId() != null && actor.hasRole(Role.UNIT_OFFICER);
    }

    /** Whether the actor signs their own unit's reports: its leader ({@code SUBMIT}). */
    public boolean signsReports(Actor actor) {
        return actor.unitId() != null && actor.hasRole(Role.UNIT_LEADER);
    }

    /** The working group whose requested reports the actor returns or accepts, if they are one of its leaders or members. */
    public @org.jspecify.annotations.Nullable UUID reviewingGroup(Actor actor) {
        return GROUP_REVIEWERS.stream().anyMatch(actor::hasRole) ? actor.workingGroupId() : null;
    }

    boolean mayRead(Actor actor, Report report) {
        if (ownUnit(actor, report) || actor.hasRole(Role.SYSTEM_ADMIN)) {
            return true;
        }
        return report.everSubmitted() && (actor.covers(report.unitId()) || report.requestedById().equals(requestingBodyOf(actor)));
    }

    private static boolean decides(Actor actor, Report report) {
        if (ownUnit(actor, report)) {
            return false;
        }
        boolean ofRequestingGroup = GROUP_REVIEWERS.stream().anyMatch(actor::hasRole)
                && report.requestedById().equals(actor.workingGroupId());
        return ofRequestingGroup || actor.hasRole(Role.CITY_LEADER);
    }

    private static UUID requestingBodyOf(Actor actor) {
        return GROUP_REVIEWERS.stream().anyMatch(actor::hasRole) && actor.workingGroupId() != null ? actor.workingGroupId() : actor.unitId();
    }

    private static boolean ownUnit(Actor actor, Report report) {
        return report.unitId().equals(actor.unitId());
    }

    private static boolean ownUnitOrCovered(Actor actor, Report report) {
        return ownUnit(actor, report) || actor.covers(report.unitId());
    }
}
