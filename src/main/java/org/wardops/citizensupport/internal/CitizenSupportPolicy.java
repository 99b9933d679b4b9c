package org.wardops.citizensupport.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.citizensupport.CitizenSupportAction;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with a unit's teams and assistance log. Each action names the unit it needs: the actor's OWN unit
 * (their account's unit, not every unit their scope covers) for changes, the scope for reading.
 * <ul>
 *   <li>{@link CitizenSupportAction#LOG_ASSISTANCE}: volunteers, officers and the leader of the team's own unit;</li>
 *   <li>{@link CitizenSupportAction#MANAGE_TEAMS}: officers and the leader of the own unit, and administrators;</li>
 *   <li>{@link CitizenSupportAction#READ}: those who may log or manage, the supervising working group (its scope), the city
 *       leader, auditors and administrators;</li>
 *   <li>the system account (demo data, jobs) may do everything.</li>
 * </ul>
 */
@Component
public class CitizenSupportPolicy {

    private static final Set<Role> UNIT_STAFF = EnumSet.of(Role.UNIT_LEADER, Role.UNIT_OFFICER);

    public boolean allowed(Actor actor, CitizenSupportAction action, UUID unitId) {
        if (actor.isSystem()) {
            return true;
        }
        boolean ownUnit = unitId.equals(actor.unitId());
        boolean staff = ownUnit && UNIT_STAFF.stream().anyMatch(actor::hasRole);
        boolean volunteer = ownUnit && actor.hasRole(Role.VOLUNTEER);
        return switch (action) {
            case LOG_ASSISTANCE -> staff || volunteer;
            case MANAGE_TEAMS -> staff || actor.hasRole(Role.SYSTEM_ADMIN);
            case READ -> staff || volunteer || readsAcrossUnits(actor, unitId);
        };
    }

    public void require(Actor actor, CitizenSupportAction action, UUID unitId) {
        if (!allowed(actor, action, unitId)) {
            throw AccessRefusedException.outsideScope();
        }
    }

    /** Whether the actor reads more than their own unit: the city-wide readers and the supervising working group. */
    private static boolean readsAcrossUnits(Actor actor, UUID unitId) {
        if (actor.hasAnyRole(Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.AUDITOR)) {
            return true;
        }
        return actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER) && actor.covers(unitId);
    }

    /**
     * The units whose teams and entries the actor may list: {@link Visibility#all()} or the listed units (empty: none).
     * It is the SQL predicate of every list ({@link Visibility#predicate(String)}).
     */
    public Visibility visible(Actor actor) {
        if (actor.isSystem() || actor.hasAnyRole(Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.AUDITOR)) {
            return new Visibility(true, Set.of());
        }
        java.util.HashSet<UUID> units = new java.util.HashSet<>();
        if (actor.unitId() != null && (actor.hasRole(Role.VOLUNTEER) || UNIT_STAFF.stream().anyMatch(actor::hasRole))) {
            units.add(actor.unitId());
        }
        if (actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER)) {
            units.addAll(actor.scope().unitIds());
        }
        return new Visibility(false, units);
    }

    public record Visibility(boolean all, Set<UUID> unitIds) {

        public Visibility {
            unitIds = Set.copyOf(unitIds);
        }

        public boolean none() {
            return !all && unitIds.isEmpty();
        }

        /** The SQL condition on the named unit column; binds {@code :visibleUnits} unless everything is visible. */
        public String predicate(String column) {
            if (all) {
                return "1 = 1";
            }
            return unitIds.isEmpty() ? "1 = 0" : column + " IN (:visibleUnits)";
        }

        public boolean covers(@Nullable UUID unitId) {
            return all || (unitId != null && unitIds.contains(unitId));
        }
    }
}
