package org.wardops.dashboard.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.UUID;

/**
 * Who may read the dashboard's composed views. The city overview and its briefing belong to the city leadership and
 * its auditors (the whole city, any working group's units) and to a working group's leader and members (their own
 * group's units only); everybody else is refused and sees their unit's page instead. A unit's 360° page is open to
 * whoever's scope covers the unit. The records behind a figure are listed by their own module's policy.
 */
@Component
public class DashboardPolicy {

    public enum Action { READ_OVERVIEW, READ_UNIT_SUMMARY }

    /** The units an overview reads: every commune-level unit of the city, or one working group's units. */
    public record OverviewScope(boolean cityWide, @Nullable UUID workingGroupId) {
    }

    public boolean mayReadOverview(Actor actor) {
        return actor.roles().stream().anyMatch(DashboardPolicy::readsOverview);
    }

    /**
     * The scope of an overview the actor asks for, filtered by {@code workingGroupId} when given: a working group's
     * people get their own group (asking for another one is refused), the city-wide roles any group or the city.
     */
    public OverviewScope requireOverview(Actor actor, @Nullable UUID workingGroupId) {
        if (actor.roles().stream().anyMatch(Role::isCityWide)) {
            return new OverviewScope(workingGroupId == null, workingGroupId);
        }
        if (actor.roles().stream().anyMatch(Role::isWorkingGroupRole) && actor.workingGroupId() != null) {
            if (workingGroupId != null && !workingGroupId.equals(actor.workingGroupId())) {
                throw new AccessRefusedException("dashboard.overview.error.groupOutsideScope");
            }
            return new OverviewScope(false, actor.workingGroupId());
        }
        throw new AccessRefusedException("dashboard.overview.error.refused");
    }

    public void requireUnitSummary(Actor actor, UUID unitId) {
        if (!actor.covers(unitId)) {
            throw new AccessRefusedException("dashboard.unit.error.refused");
        }
    }

    private static boolean readsOverview(Role role) {
        return role.isCityWide() || role.isWorkingGroupRole();
    }
}
