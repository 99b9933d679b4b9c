package org.wardops.supervision.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;
import org.wardops.shared.sql.SqlPredicate;
import org.wardops.supervision.SupervisionAction;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in supervision. Each action names what it needs:
 * <ul>
 *   <li>{@code READ_SESSION}: those whose scope covers the owning working group or one of the session's units;</li>
 *   <li>{@code HOLD_SESSION}, {@code CHANGE_FEEDBACK}: the owning working group's leader or members; an administrator
 *       only on behalf of the group, which the audit trail records as such ({@link #onBehalf});</li>
 *   <li>{@code VIEW_BOARD}: the group's leader and members, and city-wide readers (city leaders, auditors read-only,
 *       administrators);</li>
 *   <li>{@code CREATE_PROGRAMME}: city leaders and administrators.</li>
 * </ul>
 */
@Component
public class SupervisionPolicy {

    private static final Set<Role> GROUP_ROLES = EnumSet.of(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER);

    /** What a decision needs of a session (or of a session about to be recorded): the owning group and its units. */
    public record Target(UUID workingGroupId, Collection<UUID> unitIds) {

        public static Target group(UUID workingGroupId) {
            return new Target(workingGroupId, Set.of());
        }
    }

    public void require(Actor actor, SupervisionAction action, Target target) {
        if (allowed(actor, target).contains(action)) {
            return;
        }
        throw switch (action) {
            case READ_SESSION, VIEW_BOARD -> AccessRefusedException.outsideScope();
            case HOLD_SESSION, CHANGE_FEEDBACK -> ownsOrActsFor(actor) ? new AccessRefusedException("supervision.error.session.notYourGroup")
                    : AccessRefusedException.missingRole();
            case CREATE_PROGRAMME -> AccessRefusedException.missingRole();
        };
    }

    public Set<SupervisionAction> allowed(Actor actor, Target target) {
        Set<SupervisionAction> allowed = EnumSet.noneOf(SupervisionAction.class);
        if (actor.covers(target.workingGroupId()) || target.unitIds().stream().anyMatch(actor::covers)) {
            allowed.add(SupervisionAction.READ_SESSION);
        }
        if (ownGroup(actor, target.workingGroupId()) || actor.hasRole(Role.SYSTEM_ADMIN)) {
            allowed.add(SupervisionAction.HOLD_SESSION);
            allowed.add(SupervisionAction.CHANGE_FEEDBACK);
        }
        if (ownGroup(actor, target.workingGroupId()) || actor.hasAnyRole(Role.CITY_LEADER, Role.AUDITOR, Role.SYSTEM_ADMIN)) {
            allowed.add(SupervisionAction.VIEW_BOARD);
        }
        if (actor.hasAnyRole(Role.CITY_LEADER, Role.SYSTEM_ADMIN)) {
            allowed.add(SupervisionAction.CREATE_PROGRAMME);
        }
        return allowed;
    }

    /** Whether the actor records for a group that is not their own: an administrator acting for it, audited as such. */
    public boolean onBehalf(Actor actor, UUID workingGroupId) {
        return !ownGroup(actor, workingGroupId);
    }

    /** The working group the actor records sessions for by default; null for administrators, who choose one. */
    public @Nullable UUID ownGroupOf(Actor actor) {
        return GROUP_ROLES.stream().anyMatch(actor::hasRole) ? actor.workingGroupId() : null;
    }

    /** Whether the actor may record sessions at all (for some group): the new-session link and page. */
    public boolean recordsSessions(Actor actor) {
        return ownGroupOf(actor) != null || actor.hasRole(Role.SYSTEM_ADMIN);
    }

    /** The sessions the actor may read, for {@code supervision_session s}: the rule of {@code READ_SESSION}. */
    public SqlPredicate visible(Actor actor) {
        if (actor.scope().cityWide()) {
            return SqlPredicate.all();
        }
        Set<UUID> units = new HashSet<>(actor.scope().unitIds());
        if (actor.unitId() != null) {
            units.add(actor.unitId());
        }
        if (units.isEmpty()) {
            return SqlPredicate.none();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("visibleUnits", units);
        return new SqlPredicate("(s.working_group_id IN (:visibleUnits) OR EXISTS (SELECT 1 FROM supervision_session_unit vu "
                + "WHERE vu.session_id = s.id AND vu.unit_id IN (:visibleUnits)))", params);
    }

    private static boolean ownGroup(Actor actor, UUID workingGroupId) {
        return GROUP_ROLES.stream().anyMatch(actor::hasRole) && workingGroupId.equals(actor.workingGroupId());
    }

    private static boolean ownsOrActsFor(Actor actor) {
        return GROUP_ROLES.stream().anyMatch(actor::hasRole) || actor.hasRole(Role.SYSTEM_ADMIN);
    }
}
